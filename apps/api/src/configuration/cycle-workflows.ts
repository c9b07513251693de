import { inLanes } from '@duban/activities';
import { DubanConfig } from '@duban/config';
import { cycleSettingsChangedSignal, CycleState, cycleStateQuery, obligationCycleWorkflow } from '@duban/workflows';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { DUBAN_CONFIG } from '../config/config.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

export const cycleWorkflowId = (organizationId: string) => `cycle-${organizationId}`;

/** The API's side of organizations' cycles: start them, wake them after a settings change, ask how they stand. */
@Injectable()
export class CycleWorkflows {
  private readonly logger = new Logger(CycleWorkflows.name);

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /** Starts `cycle-<id>` for each organization (one already running is woken instead). */
  start(organizationIds: string[], concurrency = 16): Promise<void> {
    return inLanes(organizationIds, concurrency, (id) => this.startOne(id));
  }

  private async startOne(organizationId: string): Promise<void> {
    try {
      await this.client.workflow.start(obligationCycleWorkflow, {
        workflowId: cycleWorkflowId(organizationId),
        taskQueue: this.config.temporal.taskQueue,
        args: [{ organizationId }],
        // A cycle stopped earlier may be started again.
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      await this.changed([organizationId]);
    }
  }

  /** Wakes the cycles of these organizations to re-read their configuration (a missing one is skipped). */
  async changed(organizationIds: string[]): Promise<void> {
    await Promise.all(
      organizationIds.map(async (id) => {
        try {
          await this.client.workflow.getHandle(cycleWorkflowId(id)).signal(cycleSettingsChangedSignal);
        } catch (error) {
          if (error instanceof WorkflowNotFoundError) return;
          this.logger.warn(`通知周期流程失败（${id}）：${(error as Error).message}；将在下一周期开启时读取新配置`);
        }
      }),
    );
  }

  /** How the organization's cycle stands, or null when none runs. */
  async state(organizationId: string): Promise<CycleState | null> {
    try {
      const handle = this.client.workflow.getHandle(cycleWorkflowId(organizationId));
      const { status } = await handle.describe();
      if (status.name !== 'RUNNING') return null;
      return await handle.query(cycleStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return null;
      throw error;
    }
  }
}
