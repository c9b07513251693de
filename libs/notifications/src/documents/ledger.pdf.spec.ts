import { buildLedger, LedgerDutyFacts } from '@duban/domain';
import { execFile } from 'node:child_process';
import { renderLedgerPdf } from './ledger.pdf';

/** Text and page count of a PDF as pdf-parse (pdf.js) reads it, in a plain Node child (see warning-notice.pdf.spec.ts). */
function parse(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  const script = `const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.pages.map((p) => p.text) }));
  await parser.destroy();
});`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
    child.stdin?.end(pdf);
  });
}

const flat = (s: string) => s.replace(/\s+/g, '');

const duty = (i: number): LedgerDutyFacts => ({
  dutyId: `d${String(i).padStart(2, '0')}`,
  templateId: 'supervision-talk',
  title: '监督谈话',
  citation: '《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（三）条',
  organization: { id: 'o', name: '中共某市委' },
  responsible: { id: 'p', name: '王喆' },
  counterpart: `中共第${i}区委 第${i}区委书记`,
  periodLabel: '2027年',
  dueDate: '2027-12-31',
  dueAt: '2027-12-31T16:00:00Z',
  status: i % 2 ? 'completed' : 'pending',
  completedAt: i % 2 ? '2027-11-02T02:00:00Z' : null,
  completion: i % 2 ? { heldOn: '2027-11-02', note: `与第${i}区委书记谈话` } : null,
  evidenceFiles: i % 2 ? ['谈话记录.pdf'] : [],
  events: [],
});

describe('renderLedgerPdf', () => {
  it('breaks a long table across landscape pages, repeating the header, numbering the pages', async () => {
    const duties = Array.from({ length: 30 }, (_, i) => duty(i + 1));
    const ledger = buildLedger({ kind: 'person', id: 'p', name: '王喆' }, 2027, [{ person: { id: 'p', name: '王喆' }, positions: ['中共某市委 一把手'], duties }], new Date('2027-12-01T00:00:00Z'));
    const pdf = await renderLedgerPdf(ledger, 'Asia/Shanghai');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    const { text, pages } = await parse(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(flat(pages[0])).toContain('2027年度履责记实台账');
    expect(flat(pages[0])).toContain('责任人：王喆（中共某市委一把手）');
    expect(flat(pages[0])).toContain(flat('应履职事项 30 项，已完成 15 项，按期完成 15 项'));
    pages.forEach((page, i) => {
      expect(flat(page)).toContain('序号事项出处对象截止日期');
      expect(flat(page)).toContain(`第${i + 1}页/共${pages.length}页`);
    });
    for (let i = 1; i <= 30; i++) expect(flat(text)).toContain(`中共第${i}区委第${i}区委书记`);
  });

  it('prints an organization’s team member by member, with an empty table for one who owed nothing', async () => {
    const ledger = buildLedger(
      { kind: 'organization', id: 'o', name: '中共某市委' },
      2027,
      [
        { person: { id: 'p', name: '王喆' }, positions: ['一把手'], duties: [duty(1)] },
        { person: { id: 'q', name: '李明' }, positions: ['纪委书记'], duties: [] },
      ],
      new Date('2027-12-01T00:00:00Z'),
    );
    const text = flat((await parse(await renderLedgerPdf(ledger, 'Asia/Shanghai'))).text);
    expect(text).toContain('组织：中共某市委领导班子');
    expect(text).toContain('王喆（一把手）');
    expect(text).toContain('李明（纪委书记）');
    expect(text).toContain('本年度无应履职事项');
  });
});
