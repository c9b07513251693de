import { buildLedger, LedgerDutyFacts } from '@duban/domain';
import { Workbook } from 'exceljs';
import { LEDGER_HEADER_ROW, ledgerXlsx } from './ledger-xlsx';

const duty = (overrides: Partial<LedgerDutyFacts>): LedgerDutyFacts => ({
  dutyId: 'd1',
  templateId: 'supervision-talk',
  title: '监督谈话',
  citation: '《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（三）条',
  organization: { id: 'o', name: '中共某市委' },
  responsible: { id: 'p', name: '王喆' },
  counterpart: '中共甲区委 甲区委书记',
  periodLabel: '2027年',
  dueDate: '2027-06-30',
  dueAt: '2027-06-30T16:00:00Z',
  status: 'completed',
  completedAt: '2027-07-02T02:00:00Z',
  completion: { heldOn: '2027-07-02', note: '谈话' },
  evidenceFiles: ['记录.pdf'],
  events: [{ type: 'extended', at: '2027-06-01T02:00:00Z', data: { requestReason: '外出学习' } }],
  ...overrides,
});

describe('ledgerXlsx', () => {
  it('writes a printable sheet: title, who, counts, a frozen header repeated on each page, one row per duty', async () => {
    const ledger = buildLedger({ kind: 'person', id: 'p', name: '王喆' }, 2027, [{ person: { id: 'p', name: '王喆' }, positions: ['中共某市委 一把手'], duties: [duty({ counterpart: '=HYPERLINK("http://x")' }), duty({ dutyId: 'd2', status: 'pending', completedAt: null, completion: null, evidenceFiles: [], events: [], dueDate: '2027-12-31', dueAt: '2027-12-31T16:00:00Z' })] }], new Date('2027-12-01T00:00:00Z'));
    const workbook = new Workbook();
    await workbook.xlsx.load((await ledgerXlsx(ledger, 'Asia/Shanghai')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('台账')!;
    expect(sheet.getCell('A1').value).toBe('2027年度履责记实台账');
    expect(sheet.getCell('A2').value).toContain('责任人：王喆（中共某市委 一把手）');
    expect(sheet.getCell('A3').value).toContain('应履职事项 2 项，已完成 1 项，按期完成 0 项，逾期完成 1 项');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: `${LEDGER_HEADER_ROW}:${LEDGER_HEADER_ROW}` });
    const headers = (sheet.getRow(LEDGER_HEADER_ROW).values as unknown[]).slice(1);
    const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1).value;
    expect(cell(LEDGER_HEADER_ROW + 1, '是否按期')).toBe('逾期完成');
    expect(cell(LEDGER_HEADER_ROW + 1, '延期（次数、理由）')).toBe('2027-06-01 延期：外出学习');
    // A note that a spreadsheet would run as a formula stays text.
    expect(cell(LEDGER_HEADER_ROW + 1, '对象')).toBe(`'=HYPERLINK("http://x")`);
    expect(cell(LEDGER_HEADER_ROW + 1, '完成情况（时间、说明、佐证）')).toBe('2027-07-02完成（2027-07-02登记）\n谈话\n佐证：记录.pdf');
    expect(cell(LEDGER_HEADER_ROW + 2, '是否按期')).toBe('未到期');
    const totals = workbook.getWorksheet('汇总')!;
    expect((totals.getRow(3).values as unknown[]).slice(1, 5)).toEqual(['合计', '', 2, 1]);
  });
});
