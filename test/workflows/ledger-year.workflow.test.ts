import { decideEscalationUpdate, dutyCompletedSignal } from '@duban/contracts';
import { buildLedger, calendarDate, ChasePolicy, dueDateOf, statementSections } from '@duban/domain';
import { renderStatementDraftDocx } from '@duban/notifications';
import { dutyChaseWorkflow } from '@duban/workflows';
import { applyDutyCommandOrThrow, DutyEntity, EvidenceFileEntity, ledgerDutiesOfPerson } from '@duban/persistence';
import { DateTime } from 'luxon';
import { createHash } from 'node:crypto';
import { ChaseHarness, TASK_QUEUE } from '../support/chase-harness';
import { docxText, flat } from '../support/documents';
import { eventually } from '../support/eventually';
import { buildTree, insertDuty, TreeFixture } from '../support/tree-fixture';

const ZONE = 'Asia/Shanghai';
const QUIET: ChasePolicy = { reminderOffsets: [], gracePeriod: 'P15D', approvalTimeout: 'P7D', overdueReminderInterval: null, acknowledgeReminderInterval: null };
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/**
 * A year of one leader's duties on the time-skipping server, with the real chase and activities: done on time
 * (one with evidence), done after an extension, done late after an approved escalation, left overdue until the
 * escalation went out on timeout, one returned as perfunctory and redone, and one not yet due. The 履责记实台账 read
 * from the database then has a row per duty and counts that equal them, and the 述责述廉 draft built from it says so.
 */
describe('a year of duties gives a ledger whose counts equal the duties (time-skipping)', () => {
  const h = new ChaseHarness();
  let tree: TreeFixture;

  beforeAll(async () => {
    await h.start();
    tree = await buildTree(h.db.dataSource);
  });
  afterAll(() => h.stop());

  /** Noon, in the zone, of a day of the year after the server's current one. */
  const day = (year: number, month: number, dayOfMonth: number) => DateTime.fromObject({ year, month, day: dayOfMonth, hour: 12 }, { zone: ZONE }).toJSDate();
  const until = async (at: Date) => h.env.sleep(Math.max(0, at.getTime() - (await h.now())));

  /** What the API does on completion, at the server's time (the harness's own helper records the wall clock). */
  async function complete(duty: DutyEntity, note: string, returnCount = 0): Promise<void> {
    const at = new Date(await h.now());
    await h.db.dataSource.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'completed' },
        changes: { completedAt: at, completion: { heldOn: calendarDate(at, ZONE), counterpartPersonId: duty.counterpartPersonId, note } },
        timeline: { type: 'completed', dedupeKey: returnCount > 0 ? `completed:${returnCount}` : 'completed', actorKind: 'person', actorPersonId: duty.responsiblePersonId },
      }),
    );
    await h.env.client.workflow.getHandle(duty.workflowId).signal(dutyCompletedSignal);
    await h.waitForEvent(duty.id, 'completed');
  }

  /** What the API does on a return (CompletionReviewsService): reopen in the database, then a new run of the chase. */
  async function returnCompletion(duty: DutyEntity, reason: string, newDueAt: Date): Promise<void> {
    await h.db.dataSource.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'completion_returned' },
        changes: { returnCount: 1, reviewState: 'returned', returnReason: reason, completedAt: null, completion: null, dueAt: newDueAt, dueDate: dueDateOf(newDueAt, ZONE) },
        timeline: { type: 'completion_returned', dedupeKey: 'completion_returned:1', actorKind: 'person', actorPersonId: tree.mid.discipline.personId, data: { returnSeq: 1, reason } },
      }),
    );
    await h.env.client.workflow.start(dutyChaseWorkflow, {
      workflowId: duty.workflowId,
      taskQueue: TASK_QUEUE,
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      args: [{ dutyId: duty.id, dueAt: newDueAt.toISOString(), policy: duty.policy, timeZone: ZONE, reopened: { returnSeq: 1 } }],
    });
  }

  it('counts done, late, escalated, extended and open duties as the chases left them', async () => {
    const year = DateTime.fromMillis(await h.now(), { zone: ZONE }).year + 1;
    const insert = (sub: number, due: Date) => insertDuty(h.db.dataSource, tree, sub, due, QUIET);
    const early = await insert(0, day(year, 1, 20));
    const withEvidence = await insert(1, day(year, 3, 31));
    const extended = await insert(0, day(year, 6, 30));
    const slipped = await insert(1, day(year, 9, 30));
    const abandoned = await insert(0, day(year, 11, 30));
    const notYetDue = await insert(1, day(year, 12, 31));
    const redone = await insert(1, day(year, 5, 31));
    const all = [early, withEvidence, extended, slipped, abandoned, notYetDue, redone];
    for (const duty of all) await h.startChase(duty);

    await until(day(year, 1, 15));
    await complete(early, '与甲书记谈话');

    await until(day(year, 3, 20));
    await h.db.dataSource.getRepository(EvidenceFileEntity).save({
      dutyId: withEvidence.id,
      fileName: '谈话记录.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      content: PDF,
      uploadedByPersonId: withEvidence.responsiblePersonId,
    });
    await complete(withEvidence, '与乙书记谈话，记录附后');

    // Done in May, returned as perfunctory with a new date in June, redone before it.
    await until(day(year, 5, 10));
    await complete(redone, '谈话十分钟，未作记录');
    // The run closes on the completion (waiting on its result would let the server skip time ahead).
    await eventually(async () => ((await h.env.client.workflow.getHandle(redone.workflowId).describe()).status.name === 'COMPLETED' ? true : undefined));
    await returnCompletion(redone, '谈话流于形式，属于走过场', day(year, 6, 15));
    await until(day(year, 6, 10));
    await complete(redone, '重新谈话，形成谈话记录', 1);

    await until(day(year, 6, 20));
    await h.grantExtension(extended, day(year, 7, 31), tree.mid.discipline.personId);
    await until(day(year, 7, 20));
    await complete(extended, '延期后完成谈话');

    // Due 9-30, proposed 15 days later, approved; done 10-20, late.
    await until(day(year, 10, 16));
    await h.waitForEvent(slipped.id, 'escalation_proposed');
    const proposal = await h.pendingProposal(slipped.id);
    await h.env.client.workflow.getHandle(slipped.workflowId).executeUpdate(decideEscalationUpdate, { args: [{ kind: 'approve', actorPersonId: tree.mid.discipline.personId, proposalId: proposal.id }] });
    await until(day(year, 10, 20));
    await complete(slipped, '补开谈话');

    // Due 11-30, proposed 12-15, sent on its own at 12-22 with nobody deciding; never done.
    await until(day(year, 12, 23));
    await h.waitForEvent(abandoned.id, 'escalation_auto');

    const now = new Date(await h.now());
    const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: ZONE });
    const duties = await ledgerDutiesOfPerson(h.db.dataSource.manager, tree.mid.principal.personId, {
      firstDay: `${year}-01-01`,
      lastDay: `${year}-12-31`,
      start: start.toJSDate(),
      end: start.plus({ years: 1 }).toJSDate(),
    });
    const person = { id: tree.mid.principal.personId, name: tree.mid.principal.name };
    const ledger = buildLedger({ kind: 'person', ...person }, year, [{ person, positions: [], duties }], now);
    const rows = ledger.members[0].rows;
    expect(new Set(rows.map((r) => r.dutyId))).toEqual(new Set(all.map((d) => d.id)));
    expect(rows).toHaveLength(all.length);
    expect(ledger.summary).toEqual({
      duties: 7,
      completed: 5,
      completedOnTime: 4,
      completedLate: 1,
      open: 2,
      openOverdue: 1,
      late: 2,
      withEvidence: 1,
      escalated: 2,
      escalations: 2,
      extended: 1,
      extensions: 1,
      returned: 1,
      returns: 1,
    });
    const row = (duty: DutyEntity) => rows.find((r) => r.dutyId === duty.id)!;
    expect(row(withEvidence).done).toMatchObject({ heldOn: `${year}-03-20`, evidence: ['谈话记录.pdf'] });
    expect(row(extended)).toMatchObject({ timeliness: 'on_time', dueDate: `${year}-07-31`, extensions: [{ reason: '谈话对象外出学习', decisionNote: '同意' }] });
    expect(row(slipped)).toMatchObject({ timeliness: 'late', escalations: [{ level: 1, how: 'approved' }] });
    expect(row(abandoned)).toMatchObject({ timeliness: 'overdue', status: 'escalated', escalations: [{ level: 1, how: 'auto' }] });
    expect(row(notYetDue)).toMatchObject({ timeliness: 'open', late: false });
    expect(row(early)).toMatchObject({ timeliness: 'on_time', counterpart: '下级甲党委 甲书记' });
    expect(row(redone)).toMatchObject({ timeliness: 'on_time', dueDate: `${year}-06-15`, done: { note: '重新谈话，形成谈话记录' }, returns: [{ reason: '谈话流于形式，属于走过场' }] });

    // The 述责述廉 draft built from this ledger, read back from the .docx.
    const docx = await renderStatementDraftDocx({
      year,
      person: { name: person.name },
      organization: { name: '下级党委' },
      positions: [],
      duty: { title: '述责述廉', citation: '《意见》第（七）条', dueDate: `${year + 1}-01-31` },
      sections: statementSections(['central-2021']),
      ledger,
      zone: ZONE,
    });
    const text = flat(await docxText(docx));
    expect(text).toContain(flat(`${year}年度述责述廉报告（初稿）`));
    expect(text).toContain(flat('本年度应履行监督职责事项7项，已完成5项（按期完成4项，逾期完成1项），尚未完成2项（其中逾期1项）'));
    expect(text).toContain('谈话流于形式，属于走过场');
    expect(text).toContain(flat('对象：下级甲党委 甲书记'));
    expect(text).toContain('谈话对象外出学习');
  });
});
