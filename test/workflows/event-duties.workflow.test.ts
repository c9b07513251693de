import { DEFAULT_CHASE_POLICY, RegimeId, startOfDay } from '@duban/domain';
import {
  AppointmentEntity,
  DutyEntity,
  ObligationOverrideEntity,
  OrganizationSettingsEntity,
  PositionEntity,
  PositionHoldingEntity,
  RectificationEntity,
  ReminderLetterEntity,
} from '@duban/persistence';
import { appointmentWorkflow, eventDutiesWorkflow } from '@duban/workflows';
import { randomUUID } from 'node:crypto';
import { ChaseHarness, DAY, TASK_QUEUE } from '../support/chase-harness';
import { eventually } from '../support/eventually';
import { buildTree } from '../support/tree-fixture';

const HOUR = 3_600_000;
const ZONE = 'Asia/Shanghai';

/** Duties started by events, on the time-skipping server with the real worker, Postgres and SMTP. */
describe('duties started by events', () => {
  const h = new ChaseHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const repo = <T extends object>(entity: new () => T) => h.db.dataSource.getRepository(entity);
  const follow = (organizationId: string, packId: RegimeId) => repo(OrganizationSettingsEntity).save({ organizationId, packId });
  const dutiesOf = (eventId: string) => repo(DutyEntity).find({ where: { periodKey: `event:${eventId}` }, order: { templateId: 'ASC' } });

  /** What the API does on POST /appointments: record it, then start `appointment-<id>`. */
  async function appoint(kind: AppointmentEntity['kind'], personId: string, positionId: string, organizationId: string, effectiveOn: string) {
    const id = randomUUID();
    await repo(AppointmentEntity).save({ id, kind, personId, positionId, organizationId, effectiveOn, documentNo: `测试〔2027〕${id.slice(0, 4)}号`, status: 'scheduled', workflowId: `appointment-${id}` });
    const handle = await h.env.client.workflow.start(appointmentWorkflow, { workflowId: `appointment-${id}`, taskQueue: TASK_QUEUE, args: [{ appointmentId: id, effectiveAt: startOfDay(effectiveOn, ZONE) }] });
    return { id, handle };
  }
  const untilAt = async (iso: string) => h.env.sleep(Math.max(0, Date.parse(iso) - (await h.now())));

  it('a new 一把手 appointed on 2027-03-10 gets the appointment and integrity talks (Beijing, from above) and owes the disclosure (Anhui, own); undone, they escalate', async () => {
    const tree = await buildTree(h.db.dataSource);
    await follow(tree.mid.id, 'beijing-2021');
    await follow(tree.subs[0].id, 'anhui-2022');
    const newcomer = await h.newPerson('新书记');
    const { id, handle } = await appoint('appointment', newcomer.id, tree.subs[0].principal.positionId, tree.subs[0].id, '2027-03-10');

    // Nothing happens before the effective date.
    await untilAt('2027-03-09T12:00:00+08:00');
    expect((await repo(PositionEntity).findOneByOrFail({ id: tree.subs[0].principal.positionId })).holderId).toBe(tree.subs[0].principal.personId);
    expect(await dutiesOf(id)).toEqual([]);

    await untilAt('2027-03-10T01:00:00+08:00');
    const result = await handle.result();
    await h.recordHistory('appointment-effective-later', handle.workflowId);
    expect(result).toMatchObject({ applied: true, reminderLetter: null });
    expect((await repo(PositionEntity).findOneByOrFail({ id: tree.subs[0].principal.positionId })).holderId).toBe(newcomer.id);
    const holding = await repo(PositionHoldingEntity).findOneByOrFail({ id: result.holdingId! });
    expect(holding.startedAt.toISOString()).toBe('2027-03-09T16:00:00.000Z');

    const duties = await dutiesOf(id);
    expect(duties.map((d) => [d.templateId, d.organizationId, d.responsiblePersonId, d.counterpartPersonId, d.dueDate])).toEqual([
      ['appointment-integrity-talk', tree.mid.id, tree.mid.discipline.personId, newcomer.id, '2027-04-10'],
      ['appointment-talk', tree.mid.id, tree.mid.principal.personId, newcomer.id, '2027-04-10'],
      ['personal-matters-first-disclosure', tree.subs[0].id, newcomer.id, null, '2027-04-10'],
    ]);
    expect(duties.find((d) => d.templateId === 'appointment-talk')!.citation).toBe('《北京市关于加强对“一把手”和领导班子监督的若干措施》第（六）条');
    expect(duties.find((d) => d.templateId === 'personal-matters-first-disclosure')!.citation).toContain('第（十九）条');

    // Left undone: overdue on 2027-04-11, escalation proposed after the grace period (P15D).
    await untilAt('2027-04-27T12:00:00+08:00');
    for (const duty of duties) await h.waitForEvent(duty.id, 'escalation_proposed');
    expect(h.smtp.to(tree.mid.principal.email).some((m) => m.subject.includes('任职谈话'))).toBe(true);
    for (const duty of duties) await h.cancel(duty, '测试结束');
  });

  it('sends the new 一把手 the reminder letter about open rectifications (Changzhou 10), as a PDF, and records the duty it fulfils', async () => {
    const tree = await buildTree(h.db.dataSource);
    await follow(tree.mid.id, 'czu-2022');
    // An inspection found a problem in 下级乙, on the register: its rectification is under way (its follow-up is not
    // started here; the letter reads the register).
    const rectification = await repo(RectificationEntity).save({
      organizationId: tree.subs[1].id,
      source: 'inspection',
      kind: 'finding',
      description: '基层党组织换届不及时',
      category: '基层党建',
      severity: 'general',
      foundOn: '2026-10-01',
      recordedOn: '2026-10-01',
      originalDeadline: '2027-03-31',
      deadline: '2027-03-31',
      supervisingOrganizationId: tree.mid.id,
      supervisingBody: 'inspection',
      timings: { planWithin: null, progressEvery: null, visitAfter: 'P6M', noticeAfterTalk: 'P1M' },
      status: 'rectifying',
      roundStartedOn: '2026-10-01',
    });

    const newcomer = await h.newPerson('新乙书记');
    const { id, handle } = await appoint('appointment', newcomer.id, tree.subs[1].principal.positionId, tree.subs[1].id, '2026-11-01');
    const result = await handle.result();
    // Effective on a past date: at once.
    await h.recordHistory('appointment-immediate-with-letter', handle.workflowId);
    expect(result.reminderLetter).toMatch(/^整改履责提醒〔\d{4}〕第 \d+ 号$/);

    const letter = await repo(ReminderLetterEntity).findOneByOrFail({ appointmentId: id });
    expect(letter).toMatchObject({ recipientPersonId: newcomer.id, rectificationIds: [rectification.id] });
    const [mail] = h.smtp.to(newcomer.email).filter((m) => m.subject.startsWith('【履责提醒函】'));
    expect(mail.text).toContain('1. 【巡视巡察】基层党组织换届不及时（整改中，整改期限 2027-03-31）');
    expect(mail.text).toContain(`/console/rectifications/${rectification.id}`);
    expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    const duty = await repo(DutyEntity).findOneByOrFail({ id: letter.dutyId });
    expect(duty).toMatchObject({ templateId: 'rectification-reminder-letter', status: 'completed', responsiblePersonId: tree.mid.principal.personId, counterpartPersonId: newcomer.id });
    expect(duty.citation).toContain('第 10 项');
    for (const d of await dutiesOf(id)) if (d.status !== 'completed') await h.cancel(d, '测试结束');
  });

  it('tenure clocks: at 3 years the 一把手 still in post is flagged and the audit office owes the in-tenure audit, at 5 years flagged for rotation; one transferred before 3 years never is', async () => {
    const tree = await buildTree(h.db.dataSource);
    await follow(tree.mid.id, 'czu-2022');
    await repo(ObligationOverrideEntity).save({ organizationId: tree.mid.id, templateId: 'appointment-talk', fields: { enabled: false }, reason: '本测试只看任期' });
    const auditor = await h.newPerson('审计处长');
    await repo(PositionEntity).save({ organizationId: tree.mid.id, role: 'audit_head', title: '审计处处长', holderId: auditor.id });

    const stays = await h.newPerson('留任书记');
    const moves = await h.newPerson('调任书记');
    const a = await appoint('appointment', stays.id, tree.subs[0].principal.positionId, tree.subs[0].id, '2027-03-10');
    const b = await appoint('appointment', moves.id, tree.subs[1].principal.positionId, tree.subs[1].id, '2027-03-10');
    await untilAt('2027-03-10T01:00:00+08:00');
    const [held, moved] = [await a.handle.result(), await b.handle.result()];
    await h.recordHistory('appointment-starts-tenure-clock', a.handle.workflowId);
    expect(await dutiesOf(a.id)).toEqual([]);

    // 调任 before 3 years: to 本级 as a team member; the post of 下级乙 falls vacant.
    const seat = await repo(PositionEntity).save({ organizationId: tree.mid.id, role: 'member', title: '副书记', holderId: null });
    const transfer = await appoint('transfer', moves.id, seat.id, tree.mid.id, '2029-01-15');
    await untilAt('2029-01-15T01:00:00+08:00');
    await transfer.handle.result();
    await h.recordHistory('appointment-transfer', transfer.handle.workflowId);
    expect((await repo(PositionHoldingEntity).findOneByOrFail({ id: moved.holdingId! })).endedAt).not.toBeNull();
    expect((await repo(PositionEntity).findOneByOrFail({ id: tree.subs[1].principal.positionId })).holderId).toBeNull();

    await untilAt('2030-03-10T06:00:00+08:00');
    const stayed = await eventually(async () => {
      const h3 = await repo(PositionHoldingEntity).findOneByOrFail({ id: held.holdingId! });
      expect(h3.auditPriorityFlaggedAt).not.toBeNull();
      return h3;
    }, { timeoutMs: 20_000 });
    expect(stayed.rotationFlaggedAt).toBeNull();
    const audits = await eventually(async () => {
      const found = await repo(DutyEntity).findBy({ templateId: 'tenure-audit' });
      expect(found.filter((d) => [tree.subs[0].id, tree.subs[1].id].includes(d.counterpartOrganizationId!))).toHaveLength(1);
      return found;
    }, { timeoutMs: 20_000 });
    const audit = audits.find((d) => d.counterpartOrganizationId === tree.subs[0].id)!;
    expect(audit).toMatchObject({ organizationId: tree.mid.id, responsiblePersonId: auditor.id, counterpartPersonId: stays.id, dueDate: '2031-03-10', periodKey: `event:tenure_3y:${held.holdingId}` });
    expect(audit.citation).toContain('第 11 项');
    expect((await repo(PositionHoldingEntity).findOneByOrFail({ id: moved.holdingId! })).auditPriorityFlaggedAt).toBeNull();
    // The clock of the transferred holding stopped when told; the one still held waits for 5 years.
    expect(await h.env.client.workflow.getHandle(`tenure-${moved.holdingId}`).result()).toEqual({ reached: [] });
    await h.recordHistory('tenure-transferred-before-3y', `tenure-${moved.holdingId}`);
    await h.cancel(audit, '测试结束');

    // 5 years, still in post: flagged for rotation (交流轮岗; the Changzhou pack names no duty for it), and the clock ends.
    const clock = h.env.client.workflow.getHandle(`tenure-${held.holdingId}`);
    expect(await clock.result()).toEqual({ reached: ['tenure_3y', 'tenure_5y'] });
    expect((await repo(PositionHoldingEntity).findOneByOrFail({ id: held.holdingId! })).rotationFlaggedAt).not.toBeNull();
    await h.recordHistory('tenure-3y-and-5y', clock.workflowId);
  });

  it('an incident (serious case, Changzhou), through its workflow event-<id>, starts the special admonition talk and the special democratic-life meeting; undone, each escalates', async () => {
    const tree = await buildTree(h.db.dataSource);
    await follow(tree.mid.id, 'czu-2022');
    const occurredOn = new Date(await h.now()).toLocaleDateString('en-CA', { timeZone: ZONE });
    // What the API does on POST /organizations/:id/incidents: record it, then start `event-<id>`, which issues
    // the duties on the worker side and starts their chases.
    const eventId = randomUUID();
    const handle = await h.env.client.workflow.start(eventDutiesWorkflow, {
      workflowId: `event-${eventId}`,
      taskQueue: TASK_QUEUE,
      args: [{ event: { kind: 'incident', id: eventId, organizationId: tree.subs[0].id, date: occurredOn, incidentKind: 'serious_case', subject: null } }],
    });
    const issued = await handle.result();
    await h.recordHistory('event-incident', handle.workflowId);
    expect(issued.skipped).toEqual([]);
    const created = await dutiesOf(eventId);
    expect(issued.dutyIds.sort()).toEqual(created.map((d) => d.id).sort());
    for (const duty of created) expect((await h.env.client.workflow.getHandle(duty.workflowId).describe()).status.name).toBe('RUNNING');
    expect(created.map((d) => [d.templateId, d.organizationId, d.responsiblePersonId, d.counterpartPersonId]).sort()).toEqual([
      ['special-admonition', tree.mid.id, tree.mid.principal.personId, tree.subs[0].principal.personId],
      ['special-democratic-life-meeting', tree.subs[0].id, tree.subs[0].principal.personId, null],
      ['urge-special-dlm', tree.mid.id, tree.mid.organization.personId, tree.subs[0].principal.personId],
    ]);
    expect(created.every((d) => d.policy.gracePeriod === DEFAULT_CHASE_POLICY.gracePeriod)).toBe(true);
    const talk = created.find((d) => d.templateId === 'special-admonition')!;
    const meeting = created.find((d) => d.templateId === 'special-democratic-life-meeting')!;
    expect(talk.citation).toContain('第 6 项');
    expect(meeting.citation).toContain('第 15 项');

    await untilAt(new Date(meeting.dueAt.getTime() + 16 * DAY + HOUR).toISOString());
    for (const duty of [talk, meeting]) await h.waitForEvent(duty.id, 'escalation_proposed');
    expect(await h.eventTypes(talk.id)).toEqual(expect.arrayContaining(['created', 'overdue', 'escalation_proposed']));
    for (const duty of created) await h.cancel(duty, '测试结束');
  });
});
