import { DubanConfig } from '@duban/config';
import { DutyEntity } from '@duban/persistence';
import { dutyChaseWorkflow } from '@duban/workflows';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateStage } from '@temporalio/client';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { DUBAN_CONFIG } from '../config/config.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

/** The API's side of each duty's chase: start it, and tell it what the database already says. */
@Injectable()
export class DutyWorkflows {
  private readonly logger = new Logger(DutyWorkflows.name);

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /**
   * Starts the durable chase of each duty, a few at a time; starting one twice is harmless (same
   * workflow id). Throws the first failure after trying them all.
   */
  async start(duties: DutyEntity[], concurrency = 16): Promise<void> {
    const queue = [...duties];
    const failures: unknown[] = [];
    const lane = async () => {
      for (let duty = queue.shift(); duty; duty = queue.shift()) await this.startOne(duty).catch((error: unknown) => failures.push(error));
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, lane));
    if (failures.length > 0) throw failures[0];
  }

  private async startOne(duty: DutyEntity): Promise<void> {
    try {
      await this.client.workflow.start(dutyChaseWorkflow, {
        workflowId: duty.workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [
          {
            dutyId: duty.id,
            dueAt: duty.dueAt.toISOString(),
            policy: duty.policy,
            timeZone: this.config.timeZone,
            ...(duty.periodStart ? { periodStart: duty.periodStart.toISOString() } : {}),
          },
        ],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        memo: { obligationId: duty.obligationId, organizationId: duty.organizationId },
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      this.logger.debug(`督办流程已存在：${duty.workflowId}`);
    }
  }

  /**
   * Signals a duty's chase after the database change is committed. The database stays the truth: every
   * step of the chase re-reads it, so a signal that cannot be delivered only makes the chase notice later.
   */
  async signal<Args extends unknown[]>(workflowId: string, signal: SignalDefinition<Args>, ...args: Args): Promise<void> {
    try {
      await this.client.workflow.getHandle(workflowId).signal(signal, ...args);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return;
      this.logger.warn(`通知督办流程失败（${workflowId}，${signal.name}）：${(error as Error).message}；流程将在下一步自行发现`);
    }
  }

  /**
   * Asks a duty's chase to carry out a decision and waits for the answer, but not forever: a refusal
   * comes back at once (the validator), and a decision queued behind a step that is being retried (an
   * SMTP outage, say) answers `{ done: false }` after `waitMs` — accepted, carried out when it can be.
   */
  async update<Ret, Args extends [unknown, ...unknown[]]>(
    workflowId: string,
    definition: UpdateDefinition<Ret, Args>,
    args: Args,
    waitMs = this.config.api.decisionWaitMs,
  ): Promise<{ done: true; result: Ret } | { done: false }> {
    const update = await this.client.workflow.getHandle(workflowId).startUpdate(definition, { args, waitForStage: WorkflowUpdateStage.ACCEPTED });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<{ done: false }>((resolve) => (timer = setTimeout(() => resolve({ done: false }), waitMs)));
    const answered = update.result().then((result) => ({ done: true as const, result }));
    // Past the wait, the answer is nobody's: keep a late failure from becoming an unhandled rejection.
    answered.catch(() => undefined);
    try {
      return await Promise.race([answered, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
