import { DubanConfig } from '@duban/config';
import type { EventDutiesInput } from '@duban/contracts';
import { DUTY_VIEW_RELATIONS, DutyEntity } from '@duban/persistence';
import { DubanWorkflowClient } from '@duban/temporal';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DUBAN_CONFIG } from '../config/config.module';
import { toDutyView } from '../duties/duty-view';
import { waitWithin } from '../temporal/wait-within';

/**
 * The API records an event (incident, division change) and hands its duties to the worker: the workflow
 * `event-<id>` issues them through the one issuer and starts their chases. The answer waits for it a while.
 */
@Injectable()
export class EventDuties {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: DubanWorkflowClient,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /** Starts `event-<id>` (once) and waits up to DECISION_WAIT: what was left out, or `pending` while the worker is at it. */
  async issue(event: EventDutiesInput['event']): Promise<{ skipped: { organizationId: string; reason: string }[]; pending: boolean }> {
    const handle = await this.workflows.startEventDuties({ event });
    const outcome = await waitWithin(this.workflows.untilStopped(() => handle.result()), this.config.api.decisionWaitMs).catch(() => ({ done: false as const }));
    return outcome.done ? { skipped: outcome.result.skipped, pending: false } : { skipped: [], pending: true };
  }

  /** The duties an event started, as the duty lists show them. */
  async viewsOf(eventId: string) {
    const duties = await this.dataSource.getRepository(DutyEntity).find({ where: { periodKey: `event:${eventId}` }, relations: DUTY_VIEW_RELATIONS, order: { dueAt: 'ASC', createdAt: 'ASC' } });
    return duties.map((d) => toDutyView(d));
  }
}
