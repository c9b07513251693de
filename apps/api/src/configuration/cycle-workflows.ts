import { CycleState } from '@duban/contracts';
import { DubanWorkflowClient, inLanes } from '@duban/temporal';
import { Injectable, Logger } from '@nestjs/common';

/** The API's side of organizations' cycles: start them, wake them after a settings change, ask how they stand. */
@Injectable()
export class CycleWorkflows {
  private readonly logger = new Logger(CycleWorkflows.name);

  constructor(private readonly workflows: DubanWorkflowClient) {}

  /** Starts `cycle-<id>` for each organization (one already running is woken instead). */
  start(organizationIds: string[], concurrency = 16): Promise<void> {
    return inLanes(organizationIds, concurrency, async (id) => {
      if (!(await this.workflows.startCycle(id))) await this.changed([id]);
    });
  }

  /** Wakes the cycles of these organizations to re-read their configuration (a missing one is skipped). */
  async changed(organizationIds: string[]): Promise<void> {
    await Promise.all(
      organizationIds.map(async (id) => {
        try {
          await this.workflows.wakeCycle(id);
        } catch (error) {
          this.logger.warn(`通知周期流程失败（${id}）：${(error as Error).message}；将在下一周期开启时读取新配置`);
        }
      }),
    );
  }

  /** How the organization's cycle stands, or null when none runs. */
  state(organizationId: string): Promise<CycleState | null> {
    return this.workflows.cycleState(organizationId);
  }
}
