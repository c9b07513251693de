import { execFile } from 'node:child_process';
import { renderWarningNoticePdf, WarningNotice, warningNoticeParagraphs } from './warning-notice.pdf';

const notice: WarningNotice = {
  number: '督办预警〔2026〕第 12 号',
  issuedOn: '2026-03-01',
  issuer: '中共某市纪委',
  recipientOrganization: '中共某省委',
  responsibleOrganization: '中共甲市委',
  responsibleName: '王喆',
  title: '监督谈话',
  counterpart: '中共乙县委 乙县委书记',
  dueDate: '2026-02-15',
  overdueDays: 14,
  citation: '《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（三）条',
  decision: { kind: 'approved', deciderName: '赵六' },
};

/** Text of a PDF as pdf-parse (pdf.js) reads it. pdf.js sets up its worker with import() of an ES module, which
 *  jest's CommonJS sandbox refuses, so the extraction runs in a plain Node child process. */
function extractText(pdf: Buffer): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  process.stdout.write((await parser.getText()).text);
  await parser.destroy();
});`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin?.end(pdf);
  });
}

/** Line wrapping may split any phrase, so compare with all whitespace removed. */
const flat = (s: string) => s.replace(/\s+/g, '');

describe('renderWarningNoticePdf', () => {
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await renderWarningNoticePdf(notice);
    text = flat(await extractText(pdf));
  });

  it('produces a small PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(200_000); // the font is subset, not embedded whole (~8 MB)
  });

  it('has extractable Chinese text: title, number, recipient, responsible name, due date, footer', () => {
    for (const expected of ['督办预警函', notice.number, '中共某省委：', '中共甲市委', '王喆', '2026年2月15日', '逾期14天', '第（三）条', '一级抓一级', '中共某市纪委', '2026年3月1日', '本函由督办系统生成']) {
      expect(text).toContain(flat(expected));
    }
  });

  it('is deterministic for the same notice', async () => {
    const again = await renderWarningNoticePdf(notice);
    expect(again.equals(pdf)).toBe(true);
    const other = await renderWarningNoticePdf({ ...notice, issuedOn: '2026-03-02' });
    expect(other.equals(pdf)).toBe(false);
  });

  it('states an automatic escalation when no one decided in time', async () => {
    const auto = await renderWarningNoticePdf({ ...notice, decision: { kind: 'auto', decidesBy: '2026-02-28' } });
    expect(flat(await extractText(auto))).toContain('截至2026年2月28日未获处理，已按规定自动升级督办');
    expect(warningNoticeParagraphs(notice).join('')).toContain('经赵六同志批准');
  });

  it('rejects malformed dates and day counts', async () => {
    await expect(renderWarningNoticePdf({ ...notice, dueDate: '2026-02-30' })).rejects.toThrow('YYYY-MM-DD');
    await expect(renderWarningNoticePdf({ ...notice, overdueDays: -1 })).rejects.toThrow('逾期天数');
  });
});
