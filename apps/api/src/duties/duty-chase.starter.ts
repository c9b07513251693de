import { DubanConfig } from '@duban/config';
import { DutyEntity } from '@duban/persistence';
import { dutyChaseWorkflow } from '@duban/workflows';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DUBAN_CONFIG } from '../config/config.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

/** Starts the durable chase of each duty; starting one twice is harmless (same workflow id). */
@Injectable()
export class DutyChaseStarter {
  private readonly logger = new Logger(DutyChaseStarter.name);

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  async start(duties: DutyEntity[]): Promise<void> {
    for (const duty of duties) {
      try {
        await this.client.workflow.start(dutyChaseWorkflow, {
          workflowId: duty.workflowId,
          taskQueue: this.config.temporal.taskQueue,
          args: [{ dutyId: duty.id, dueAt: duty.dueAt.toISOString(), policy: duty.policy, timeZone: this.config.timeZone }],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          memo: { obligationId: duty.obligationId, organizationId: duty.organizationId },
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        this.logger.debug(`督办流程已存在：${duty.workflowId}`);
      }
    }
  }
}
