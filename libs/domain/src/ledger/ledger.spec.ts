import { buildLedger, LedgerDutyFacts, ledgerRow, ledgerSummary, ledgerWithout } from './ledger';
import { statementSections } from './statement-sections';

const NOW = new Date('2027-07-01T00:00:00Z');

const duty = (overrides: Partial<LedgerDutyFacts> = {}): LedgerDutyFacts => ({
  dutyId: 'd1',
  templateId: 'supervision-talk',
  title: '监督谈话',
  citation: '《安徽省…》第（三）条',
  organization: { id: 'o1', name: '中共某市委' },
  responsible: { id: 'p1', name: '市委书记' },
  counterpart: '中共甲区委 甲区委书记',
  periodLabel: '2027年',
  dueDate: '2027-06-30',
  dueAt: '2027-06-30T15:59:59.999Z',
  status: 'pending',
  completedAt: null,
  completion: null,
  evidenceFiles: [],
  events: [],
  ...overrides,
});

const done = (completedAt: string, extra: Partial<LedgerDutyFacts> = {}) =>
  duty({ status: 'completed', completedAt, completion: { heldOn: completedAt.slice(0, 10), note: '谈话' }, ...extra });

describe('ledgerRow', () => {
  it('is on time when completed no later than the due moment in force, with what was done', () => {
    const row = ledgerRow(done('2027-06-30T15:59:59.999Z', { evidenceFiles: ['谈话记录.pdf'] }), NOW);
    expect(row).toMatchObject({ timeliness: 'on_time', timelinessLabel: '按期完成', late: false, statusLabel: '已完成' });
    expect(row.done).toEqual({ heldOn: '2027-06-30', recordedAt: '2027-06-30T15:59:59.999Z', note: '谈话', evidence: ['谈话记录.pdf'] });
  });

  it('is late when completed after the due moment, or open once it has come', () => {
    expect(ledgerRow(done('2027-07-01T00:00:00Z'), NOW)).toMatchObject({ timeliness: 'late', late: true });
    expect(ledgerRow(duty({ status: 'overdue' }), NOW)).toMatchObject({ timeliness: 'overdue', timelinessLabel: '逾期未完成', late: true, done: null });
    expect(ledgerRow(duty({ status: 'pending', dueAt: '2027-07-01T00:00:00Z' }), NOW)).toMatchObject({ timeliness: 'overdue' });
    expect(ledgerRow(duty({ dueAt: '2027-07-01T00:00:00.001Z' }), NOW)).toMatchObject({ timeliness: 'open', late: false });
  });

  it('reads escalations, extensions and returns from the timeline, oldest first', () => {
    const row = ledgerRow(
      duty({
        events: [
          { type: 'completion_returned', at: '2027-05-02T00:00:00Z', data: { reason: '谈话记录过于简单，走过场' } },
          { type: 'escalation_direct', at: '2027-04-03T00:00:00Z', data: { level: 2, noticeNumber: '督预〔2027〕2号' } },
          { type: 'escalation_approved', at: '2027-04-01T00:00:00Z', data: { level: 1, reason: '同意上报', noticeNumber: '督预〔2027〕1号' } },
          { type: 'escalation_auto', at: '2027-04-02T00:00:00Z', data: { level: 1 } },
          { type: 'extended', at: '2027-03-01T00:00:00Z', data: { requestReason: '外出学习', reason: '同意', newDueAt: '2027-06-30T15:59:59.999Z' } },
          { type: 'extended', at: '2027-03-05T00:00:00Z', data: { reason: '' } },
          { type: 'completion_returned', at: '2027-05-09T00:00:00Z', data: {} },
        ],
      }),
      NOW,
    );
    expect(row.escalations).toEqual([
      { level: 1, at: '2027-04-01T00:00:00Z', how: 'approved', howLabel: '批准升级', noticeNumber: '督预〔2027〕1号', note: '同意上报' },
      { level: 1, at: '2027-04-02T00:00:00Z', how: 'auto', howLabel: '超时自动升级', noticeNumber: null, note: null },
      { level: 2, at: '2027-04-03T00:00:00Z', how: 'direct', howLabel: '直接升级', noticeNumber: '督预〔2027〕2号', note: null },
    ]);
    expect(row.extensions).toEqual([
      { at: '2027-03-01T00:00:00Z', reason: '外出学习', decisionNote: '同意', newDueAt: '2027-06-30T15:59:59.999Z' },
      { at: '2027-03-05T00:00:00Z', reason: null, decisionNote: null, newDueAt: null },
    ]);
    expect(row.returns).toEqual([
      { at: '2027-05-02T00:00:00Z', reason: '谈话记录过于简单，走过场' },
      { at: '2027-05-09T00:00:00Z', reason: null },
    ]);
  });
});

describe('ledgerSummary', () => {
  it('counts the rows: each figure is the number of rows with that property', () => {
    const rows = [
      done('2027-03-01T00:00:00Z', { dutyId: 'a', evidenceFiles: ['a.pdf', 'b.pdf'] }),
      done('2027-07-01T00:00:00Z', { dutyId: 'b', events: [{ type: 'escalation_approved', at: '2027-07-01T00:00:00Z', data: { level: 1 } }, { type: 'escalation_auto', at: '2027-07-02T00:00:00Z', data: { level: 2 } }] }),
      // Returned twice and redone.
      done('2027-05-20T00:00:00Z', { dutyId: 'c', events: [{ type: 'completion_returned', at: '2027-05-02T00:00:00Z', data: {} }, { type: 'completion_returned', at: '2027-05-10T00:00:00Z', data: {} }] }),
      duty({ dutyId: 'd', status: 'escalated', events: [{ type: 'extended', at: '2027-03-01T00:00:00Z', data: { reason: '出差' } }] }),
      duty({ dutyId: 'e', dueDate: '2027-12-31', dueAt: '2027-12-31T15:59:59.999Z' }),
    ].map((f) => ledgerRow(f, NOW));
    expect(ledgerSummary(rows)).toEqual({
      duties: 5,
      completed: 3,
      completedOnTime: 2,
      completedLate: 1,
      open: 2,
      openOverdue: 1,
      late: 2,
      withEvidence: 1,
      escalated: 1,
      escalations: 2,
      extended: 1,
      extensions: 1,
      returned: 1,
      returns: 2,
    });
    expect(ledgerSummary([])).toMatchObject({ duties: 0, late: 0, returns: 0 });
  });
});

describe('buildLedger', () => {
  it('orders each member’s rows by due date and sums the members into the whole', () => {
    const ledger = buildLedger(
      { kind: 'organization', id: 'o1', name: '中共某市委' },
      2027,
      [
        { person: { id: 'p1', name: '市委书记' }, positions: ['党委书记'], duties: [duty({ dutyId: 'x', dueDate: '2027-09-30' }), done('2027-01-01T00:00:00Z', { dutyId: 'y', dueDate: '2027-03-31', dueAt: '2027-03-31T00:00:00Z' })] },
        { person: { id: 'p2', name: '班子成员' }, positions: ['副书记'], duties: [] },
      ],
      NOW,
    );
    expect(ledger.members[0].rows.map((r) => r.dutyId)).toEqual(['y', 'x']);
    expect(ledger.members.map((m) => m.summary.duties)).toEqual([2, 0]);
    expect(ledger.summary).toMatchObject({ duties: 2, completed: 1, open: 1 });
    expect(ledger.generatedAt).toBe(NOW.toISOString());
    const without = ledgerWithout(ledger, 'x');
    expect(without.members[0].rows.map((r) => r.dutyId)).toEqual(['y']);
    expect([without.members[0].summary.duties, without.summary.duties, without.summary.open]).toEqual([1, 1, 0]);
  });
});

describe('statementSections', () => {
  it('asks what each regime’s clause asks, citing it, each heading once', () => {
    const shanxi = statementSections(['shanxi-school-2022']);
    expect(shanxi.map((s) => s.heading)).toEqual(['执行政治纪律和政治规矩情况', '履行管党治党责任情况', '推进党风廉政建设和反腐败工作情况', '执行廉洁纪律情况']);
    expect(shanxi.every((s) => s.citation.endsWith('第（五）条'))).toBe(true);
    expect(statementSections(['anhui-2022', 'anhui-2022']).map((s) => s.citation)).toEqual([
      '《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（九）条',
      '《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（十）条',
    ]);
    expect(statementSections(['czu-2022'])[2].heading).toBe('上一年度反馈问题整改落实情况');
    expect(statementSections([])).toEqual([]);
  });
});
