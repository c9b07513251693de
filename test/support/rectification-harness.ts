import { dutyCompletedSignal, rectificationChangedSignal, rectificationWorkflowId } from '@duban/contracts';
import { calendarDate, DEFAULT_RECOMMENDATION_TIMINGS, DEFAULT_RECTIFICATION_TIMINGS, dueDateOf, rectificationKindOf, RectificationSource } from '@duban/domain';
import { dutyChaseWorkflow, rectificationWorkflow } from '@duban/workflows';
import {
  appendRectificationEvent,
  applyDutyCommandOrThrow,
  DutyEntity,
  nextDocumentNumber,
  RectificationEntity,
  RectificationEventEntity,
  RectificationNoticeEntity,
  RectificationSettingsEntity,
} from '@duban/persistence';
import { DataSource } from 'typeorm';
import { ChaseHarness, TASK_QUEUE } from './chase-harness';
import { eventually } from './eventually';

const ZONE = 'Asia/Shanghai';

export interface NewRectificationRow {
  organizationId: string;
  supervisingOrganizationId: string;
  source: RectificationSource;
  description: string;
  foundOn: string;
  deadline: string;
  recordedBy: string;
}

/** The row and first step RectificationsService.recordAll writes (with the default timings), without its follow-up. */
export async function insertRectification(db: DataSource, input: NewRectificationRow): Promise<RectificationEntity> {
  const kind = rectificationKindOf(input.source);
  const timings = kind === 'recommendation' ? DEFAULT_RECOMMENDATION_TIMINGS : DEFAULT_RECTIFICATION_TIMINGS;
  const r = await db.getRepository(RectificationEntity).save({
    organizationId: input.organizationId,
    source: input.source,
    kind,
    reference: null,
    description: input.description,
    category: '其他',
    severity: 'serious',
    foundOn: input.foundOn,
    recordedOn: input.foundOn,
    originalDeadline: input.deadline,
    deadline: input.deadline,
    supervisingOrganizationId: input.supervisingOrganizationId,
    supervisingBody: input.source === 'inspection' ? 'inspection' : 'discipline',
    timings: { ...timings },
    status: kind === 'finding' && timings.planWithin ? 'planning' : 'rectifying',
    round: 0,
    roundStartedOn: input.foundOn,
    returnsThisRound: 0,
    recordedByPersonId: input.recordedBy,
  });
  await appendRectificationEvent(db.manager, r.id, { type: 'recorded', dedupeKey: 'recorded', actorKind: 'person', actorPersonId: input.recordedBy });
  return r;
}

/** Settings list where notices go; the proposed notice is approved and numbered, as RectificationVerificationService.decideNotice does. */
export async function approveNotice(db: DataSource, r: RectificationEntity, recipientOrganizationIds: string[], actorPersonId: string, decidedAt: Date): Promise<string> {
  await db.getRepository(RectificationSettingsEntity).save({ organizationId: r.supervisingOrganizationId, timings: {}, noticeRecipientOrganizationIds: recipientOrganizationIds });
  return db.transaction(async (manager) => {
    const notice = await manager.getRepository(RectificationNoticeEntity).findOneByOrFail({ rectificationId: r.id, status: 'proposed' });
    const settings = await manager.getRepository(RectificationSettingsEntity).findOneByOrFail({ organizationId: r.supervisingOrganizationId });
    const { year, seq, number } = await nextDocumentNumber(manager, 'rectification-notice', Number(calendarDate(decidedAt, ZONE).slice(0, 4)));
    await manager.update(RectificationNoticeEntity, { id: notice.id }, { status: 'approved', decidedAt, decidedByPersonId: actorPersonId, decisionNote: '同意通报', year, seq, number, recipientOrganizationIds: settings.noticeRecipientOrganizationIds });
    await appendRectificationEvent(manager, r.id, { type: 'notice_approved', dedupeKey: `notice_approved:${notice.id}`, actorKind: 'person', actorPersonId, data: { noticeId: notice.id, number } });
    return number;
  });
}

/**
 * What the API does to a rectification, on the time-skipping harness: record it (the row, its first step, its
 * follow-up started), complete and review its milestone duties through the duty command service (which tells the
 * rectification in the duty's transaction) and signal the chase and the follow-up, decide its notice.
 */
export class RectificationSteps {
  constructor(private readonly h: ChaseHarness) {}

  private get db() {
    return this.h.db.dataSource;
  }

  /** Records a finding (or a recommendation) as RectificationsService.recordAll does, and starts its follow-up. */
  async record(input: NewRectificationRow): Promise<RectificationEntity> {
    const r = await insertRectification(this.db, input);
    await this.h.env.client.workflow.start(rectificationWorkflow, { workflowId: rectificationWorkflowId(r.id), taskQueue: TASK_QUEUE, args: [{ rectificationId: r.id }] });
    return r;
  }

  get(id: string): Promise<RectificationEntity> {
    return this.db.getRepository(RectificationEntity).findOneByOrFail({ id });
  }

  async eventTypes(id: string): Promise<string[]> {
    return (await this.db.getRepository(RectificationEventEntity).find({ where: { rectificationId: id }, order: { at: 'ASC' } })).map((e) => e.type);
  }

  /** The milestone duty `rect:<id>:<key>`, once the follow-up has issued it (waits in real time). */
  milestone(id: string, key: string): Promise<DutyEntity> {
    return eventually(async () => (await this.db.getRepository(DutyEntity).findOneBy({ periodKey: `rect:${id}:${key}` })) ?? undefined);
  }

  /** The milestone keys issued so far, with their due dates, oldest first. */
  async milestones(id: string): Promise<string[]> {
    const duties = await this.db.getRepository(DutyEntity).createQueryBuilder('d').where('d.period_key LIKE :p', { p: `rect:${id}:%` }).orderBy('d.created_at', 'ASC').getMany();
    return duties.map((d) => `${d.periodKey.split(':').slice(2).join(':')}@${d.dueDate}`);
  }

  /** Waits (real time) until the follow-up has recorded `type`. */
  waitForEvent(id: string, type: string): Promise<true> {
    return eventually(async () => ((await this.eventTypes(id)).includes(type) ? true : undefined));
  }

  changed(id: string): Promise<void> {
    return this.h.env.client.workflow.getHandle(rectificationWorkflowId(id)).signal(rectificationChangedSignal);
  }

  /** Completion, as DutiesService.complete does it at the server's time (the visit's outcome in the step's data). */
  async complete(duty: DutyEntity, note: string, data: Record<string, unknown> = {}): Promise<void> {
    const at = new Date(await this.h.now());
    await this.db.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'completed' },
        changes: { completedAt: at, completion: { heldOn: calendarDate(at, ZONE), counterpartPersonId: duty.counterpartPersonId, note } },
        timeline: { type: 'completed', dedupeKey: duty.returnCount > 0 ? `completed:${duty.returnCount}` : 'completed', actorKind: 'person', actorPersonId: duty.responsiblePersonId, data },
      }),
    );
    await this.h.env.client.workflow.getHandle(duty.workflowId).signal(dutyCompletedSignal);
    await this.changed(duty.periodKey.split(':')[1]);
  }

  /** A return of the report, as CompletionReviewsService does: the chase's run closes first, then reopened and started again. */
  async returnReport(duty: DutyEntity, reason: string, newDueAt: Date, actorPersonId: string, returnKind: 'inadequate' | 'paper_only' = 'inadequate'): Promise<void> {
    await eventually(async () => ((await this.h.env.client.workflow.getHandle(duty.workflowId).describe()).status.name === 'COMPLETED' ? true : undefined));
    const current = await this.h.duty(duty.id);
    const returnSeq = current.returnCount + 1;
    await this.db.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'completion_returned' },
        changes: { returnCount: returnSeq, reviewState: 'returned', returnReason: reason, completedAt: null, completion: null, dueAt: newDueAt, dueDate: dueDateOf(newDueAt, ZONE) },
        timeline: { type: 'completion_returned', dedupeKey: `completion_returned:${returnSeq}`, actorKind: 'person', actorPersonId, data: { returnSeq, reason, returnKind } },
      }),
    );
    await this.h.env.client.workflow.start(dutyChaseWorkflow, {
      workflowId: duty.workflowId,
      taskQueue: TASK_QUEUE,
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      args: [{ dutyId: duty.id, dueAt: newDueAt.toISOString(), policy: duty.policy, timeZone: ZONE, reopened: { returnSeq } }],
    });
    await this.changed(duty.periodKey.split(':')[1]);
  }

  async acceptReport(duty: DutyEntity, actorPersonId: string): Promise<void> {
    const current = await this.h.duty(duty.id);
    await this.db.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'completion_accepted' },
        changes: { reviewState: 'accepted' },
        timeline: { type: 'completion_accepted', dedupeKey: `completion_accepted:${current.returnCount}`, actorKind: 'person', actorPersonId },
      }),
    );
    await this.changed(duty.periodKey.split(':')[1]);
  }

  /** The supervising body lists where notices go, then approves the proposed notice; the follow-up is told. */
  async approveNotice(r: RectificationEntity, recipientOrganizationIds: string[], actorPersonId: string): Promise<string> {
    const number = await approveNotice(this.db, r, recipientOrganizationIds, actorPersonId, new Date(await this.h.now()));
    await this.changed(r.id);
    return number;
  }

  /** The follow-up has ended (never awaiting its result: that would let the server skip time ahead). */
  ended(id: string): Promise<true> {
    return eventually(async () => ((await this.h.env.client.workflow.getHandle(rectificationWorkflowId(id)).describe()).status.name === 'COMPLETED' ? true : undefined));
  }
}
