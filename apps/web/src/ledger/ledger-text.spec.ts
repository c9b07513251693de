import type { LedgerRowView } from '../api/views';
import { doneLine, SUMMARY_FIGURES, troubleLines } from './ledger-text';

const row = (overrides: Partial<LedgerRowView>): LedgerRowView => ({
  dutyId: 'd',
  templateId: 'supervision-talk',
  title: '监督谈话',
  citation: '《…》第（三）条',
  organization: { id: 'o', name: '中共某市委' },
  responsible: { id: 'p', name: '市委书记' },
  counterpart: null,
  periodLabel: null,
  dueDate: '2027-06-30',
  status: 'pending',
  statusLabel: '待办',
  done: null,
  timeliness: 'open',
  timelinessLabel: '未到期',
  late: false,
  escalations: [],
  extensions: [],
  returns: [],
  ...overrides,
});

describe('ledger text', () => {
  it('says what was done, with the evidence', () => {
    expect(doneLine(row({}))).toBe('—');
    expect(doneLine(row({ done: { heldOn: '2027-03-01', recordedAt: '2027-03-01T02:00:00Z', note: '谈话', evidence: ['a.pdf', 'b.pdf'] } }))).toBe('2027-03-01 完成：谈话（佐证：a.pdf、b.pdf）');
  });

  it('lists escalations, extensions and returns', () => {
    const lines = troubleLines(
      row({
        escalations: [{ level: 1, at: '2027-04-01T02:00:00Z', how: 'approved', howLabel: '批准升级', noticeNumber: '督办预警〔2027〕第 1 号', note: null }],
        extensions: [{ at: '2027-03-01T02:00:00Z', reason: '外出学习', decisionNote: null, newDueAt: '2027-07-31T16:00:00Z' }],
        returns: [{ at: '2027-05-01T02:00:00Z', reason: '走过场' }],
      }),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('第1级批准升级（督办预警〔2027〕第 1 号）');
    expect(lines[1]).toContain('延期至');
    expect(lines[1]).toContain('：外出学习');
    expect(lines[2]).toContain('被退回：走过场');
  });

  it('shows every figure the API counts that a reader needs', () => {
    expect(SUMMARY_FIGURES.map((f) => f.label)).toContain('被退回');
  });
});
