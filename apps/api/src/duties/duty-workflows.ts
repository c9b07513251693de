import { DubanConfig } from '@duban/config';
import { DutyEntity } from '@duban/persistence';
import { DubanWorkflowClient, temporalChaseStarter } from '@duban/temporal';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { DUBAN_CONFIG } from '../config/config.module';
import { waitWithin } from '../temporal/wait-within';

/** The API's side of each duty's chase: start it, and tell it what the database already says. */
@Injectable()
export class DutyWorkflows {
  private readonly logger = new Logger(DutyWorkflows.name);

  constructor(
    private readonly workflows: DubanWorkflowClient,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /**
   * Starts the durable chase of each duty, a few at a time; starting one twice is harmless (same
   * workflow id). Throws the first failure after trying them all. The same starter as the worker's.
   */
  start(duties: DutyEntity[], concurrency = 16): Promise<void> {
    return temporalChaseStarter(this.workflows, concurrency).start(duties);
  }

  /**
   * Signals a duty's chase after the database change is committed. The database stays the truth: every
   * step of the chase re-reads it, so a signal that cannot be delivered only makes the chase notice later.
   */
  async signal<Args extends unknown[]>(workflowId: string, signal: SignalDefinition<Args>, ...args: Args): Promise<void> {
    try {
      await this.workflows.signal(workflowId, signal, ...args);
    } catch (error) {
      this.logger.warn(`通知督办流程失败（${workflowId}，${signal.name}）：${(error as Error).message}；流程将在下一步自行发现`);
    }
  }

  /** A rectification's milestone changed (its period key says which): its follow-up may act at once. Best effort. */
  rectificationChanged(periodKey: string): Promise<void> {
    return this.workflows.rectificationChanged(periodKey);
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
    const update = await this.workflows.startUpdate(workflowId, definition, args);
    return waitWithin(this.workflows.untilStopped(() => update.result()), waitMs);
  }
}
