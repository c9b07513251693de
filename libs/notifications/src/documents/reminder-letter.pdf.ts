import PDFDocument from 'pdfkit';
import { loadCjkFont } from './cjk-font';

/** The reminder letter about open rectifications (巡察整改履责提醒函) sent to a new 一把手 (常州工学院责任清单第 10 项). */
export interface ReminderLetter {
  /** e.g. '整改履责提醒〔2027〕第 3 号' */
  number: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** The body that sends it, e.g. '中共某校委员会'. */
  issuer: string;
  organization: string;
  recipientName: string;
  /** The day the new 一把手 took office, YYYY-MM-DD. */
  appointedOn: string;
  /** One line per open rectification: what, and by when. */
  items: { title: string; dueDate: string }[];
  citation: string;
}

const MM = 72 / 25.4;
const MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const BODY_SIZE = 16;
const LINE_GAP = 7;
const RED = '#c00000';

function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`提醒函日期格式应为 YYYY-MM-DD：${iso}`);
  return `${+m[1]}年${+m[2]}月${+m[3]}日`;
}

/** Paragraphs of the letter body, in order. */
export function reminderLetterParagraphs(l: ReminderLetter): string[] {
  return [
    `你于${chineseDate(l.appointedOn)}起任${l.organization}主要负责同志。根据${l.citation}的规定，现将该单位尚未完成的整改事项函告如下：`,
    ...l.items.map((item, i) => `${i + 1}. ${item.title}（应于${chineseDate(item.dueDate)}前完成）`),
    '请切实履行整改第一责任人责任，对上述事项逐项接续推进、按期完成，并将整改情况及时报告。',
    '特此提醒。',
  ];
}

/** Renders the letter as an A4 PDF laid out like the warning notice; the same letter always yields the same bytes. */
export async function renderReminderLetterPdf(letter: ReminderLetter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `巡察整改履责提醒函 ${letter.number}`,
      Author: letter.issuer,
      Subject: `${letter.organization} 巡察整改履责提醒`,
      Creator: '督办系统',
      Producer: '督办系统 (PDFKit)',
      CreationDate: new Date(`${letter.issuedOn}T00:00:00+08:00`),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', loadCjkFont('regular'));
  doc.registerFont('cjk-bold', loadCjkFont('bold'));
  const left = MARGINS.left;
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  doc.font('cjk-bold').fontSize(22).fillColor(RED).text('巡察整改履责提醒函', { align: 'center' });
  doc.moveDown(0.3);
  doc.font('cjk').fontSize(BODY_SIZE).fillColor('black').text(letter.number, { align: 'center' });
  const ruleY = doc.y + 6;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(1.5).strokeColor(RED).stroke();
  doc.y = ruleY + BODY_SIZE;
  doc.text(`${letter.recipientName}同志：`, left, doc.y, { width, lineGap: LINE_GAP });
  for (const paragraph of reminderLetterParagraphs(letter)) doc.text(paragraph, { width, lineGap: LINE_GAP, indent: 2 * BODY_SIZE });
  doc.moveDown(2);
  const issued = chineseDate(letter.issuedOn);
  const signWidth = Math.min(width - 2 * BODY_SIZE, Math.max(doc.widthOfString(letter.issuer), doc.widthOfString(issued)));
  const signLeft = left + width - 2 * BODY_SIZE - signWidth;
  for (const line of [letter.issuer, issued]) doc.text(line, signLeft, doc.y, { width: signWidth, align: 'center', lineGap: LINE_GAP });
  doc.end();
  return done;
}
