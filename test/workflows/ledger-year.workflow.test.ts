import { decideEscalationUpdate, dutyCompletedSignal } from '@duban/contracts';
import { buildLedger, calendarDate, ChasePolicy } from '@duban/domain';
import { applyDutyCommandOrThrow, DutyEntity, EvidenceFileEntity, ledgerDutiesOfPerson } from '@duban/persistence';
import { DateTime } from 'luxon';
import { createHash } from 'node:crypto';
import { ChaseHarness } from '../support/chase-harness';
import { buildTree, insertDuty, TreeFixture } from '../support/tree-fixture';

const ZONE = 'Asia/Shanghai';
const QUIET: ChasePolicy = { reminderOffsets: [], gracePeriod: 'P15D', approvalTimeout: 'P7D', overdueReminderInterval: null, acknowledgeReminderInterval: null };
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/**
 * A year of one leader's duties on the time-skipping server, with the real chase and activities: done on time
 * (one with evidence), done after an extension, done late after an approved escalation, left overdue until the
 * escalation went out on timeout, and one not yet due. The 履责记实台账 read from the database then has a row per
 * duty and counts that equal them.
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
  async function complete(duty: DutyEntity, note: string): Promise<void> {
    const at = new Date(await h.now());
    await h.db.dataSource.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'completed' },
        changes: { completedAt: at, completion: { heldOn: calendarDate(at, ZONE), counterpartPersonId: duty.counterpartPersonId, note } },
        timeline: { type: 'completed', dedupeKey: 'completed', actorKind: 'person', actorPersonId: duty.responsiblePersonId },
      }),
    );
    await h.env.client.workflow.getHandle(duty.workflowId).signal(dutyCompletedSignal);
    await h.waitForEvent(duty.id, 'completed');
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
    const all = [early, withEvidence, extended, slipped, abandoned, notYetDue];
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
    expect(rows.map((r) => r.dutyId)).toEqual(all.map((d) => d.id));
    expect(ledger.summary).toEqual({
      duties: 6,
      completed: 4,
      completedOnTime: 3,
      completedLate: 1,
      open: 2,
      openOverdue: 1,
      late: 2,
      withEvidence: 1,
      escalated: 2,
      escalations: 2,
      extended: 1,
      extensions: 1,
      returned: 0,
      returns: 0,
    });
    const row = (duty: DutyEntity) => rows.find((r) => r.dutyId === duty.id)!;
    expect(row(withEvidence).done).toMatchObject({ heldOn: `${year}-03-20`, evidence: ['谈话记录.pdf'] });
    expect(row(extended)).toMatchObject({ timeliness: 'on_time', dueDate: `${year}-07-31`, extensions: [{ reason: '谈话对象外出学习', decisionNote: '同意' }] });
    expect(row(slipped)).toMatchObject({ timeliness: 'late', escalations: [{ level: 1, how: 'approved' }] });
    expect(row(abandoned)).toMatchObject({ timeliness: 'overdue', status: 'escalated', escalations: [{ level: 1, how: 'auto' }] });
    expect(row(notYetDue)).toMatchObject({ timeliness: 'open', late: false });
    expect(row(early)).toMatchObject({ timeliness: 'on_time', counterpart: '下级甲党委 甲书记' });
  });
});
