import { execFile } from 'node:child_process';
import { ReminderLetter, reminderLetterParagraphs, renderReminderLetterPdf } from './reminder-letter.pdf';

const letter: ReminderLetter = {
  number: '整改履责提醒〔2027〕第 1 号',
  issuedOn: '2027-03-10',
  issuer: '中共常州工学院委员会',
  organization: '中共某学院委员会',
  recipientName: '王新',
  appointedOn: '2027-03-10',
  items: [{ title: '审核整改报告、督办重点问题', dueDate: '2027-04-01' }],
  citation: '《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》第 10 项',
};

/** Text of a PDF as pdf.js reads it, in a plain Node child process (see warning-notice.pdf.spec.ts). */
function extractText(pdf: Buffer): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  process.stdout.write((await parser.getText()).text);
  await parser.destroy();
});`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    child.stdin?.end(pdf);
  });
}
const flat = (s: string) => s.replace(/\s+/g, '');

describe('renderReminderLetterPdf', () => {
  it('lists each open rectification with its date and cites the clause, in Chinese text a reader can extract', async () => {
    const pdf = await renderReminderLetterPdf(letter);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(await extractText(pdf));
    expect(text).toContain('巡察整改履责提醒函');
    expect(text).toContain(flat('整改履责提醒〔2027〕第 1 号'));
    expect(text).toContain('1.审核整改报告、督办重点问题（应于2027年4月1日前完成）');
    expect(text).toContain('第10项');
    expect(text).toContain('王新同志');
  });

  it('is the same bytes for the same letter', async () => {
    expect((await renderReminderLetterPdf(letter)).equals(await renderReminderLetterPdf(letter))).toBe(true);
    expect(reminderLetterParagraphs(letter)[0]).toContain('2027年3月10日起任中共某学院委员会主要负责同志');
  });
});
