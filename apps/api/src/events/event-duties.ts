import { DubanConfig } from '@duban/config';
import { FanOutResult, OrgEvent } from '@duban/domain';
import { DutyEntity, issueEventDuties } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DUBAN_CONFIG } from '../config/config.module';
import { DutyWorkflows } from '../duties/duty-workflows';
import { DUTY_RELATIONS, toDutyView } from '../duties/duty-view';

/** Issues the duties of an event recorded through the API and starts their chases. */
@Injectable()
export class EventDuties {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: DutyWorkflows,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /** Inside the caller's transaction: the duties are created with the event's record. */
  async issue(manager: EntityManager, event: OrgEvent): Promise<{ created: DutyEntity[]; skipped: FanOutResult['skipped'] }> {
    const { created, plan } = await issueEventDuties(manager, event, this.config.timeZone);
    return { created, skipped: plan.skipped };
  }

  /** After commit: the chases start. */
  start(duties: DutyEntity[]): Promise<void> {
    return this.workflows.start(duties);
  }

  /** The duties an event started, as the duty lists show them. */
  async viewsOf(eventId: string) {
    const duties = await this.dataSource.getRepository(DutyEntity).find({ where: { periodKey: `event:${eventId}` }, relations: DUTY_RELATIONS, order: { dueAt: 'ASC', createdAt: 'ASC' } });
    return duties.map((d) => toDutyView(d));
  }
}
