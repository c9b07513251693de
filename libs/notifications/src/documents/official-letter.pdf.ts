import PDFDocument from 'pdfkit';
import { loadCjkFont } from './cjk-font';

// GB/T 9704 proportions: margins 37/35 mm top/bottom, 28/26 mm left/right; title 22 pt (二号), body 16 pt (三号).
const MM = 72 / 25.4;
const MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const TITLE_SIZE = 22;
const BODY_SIZE = 16;
const LINE_GAP = 7;
const RED = '#c00000';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/** '2026-03-01' → '2026年3月1日'; anything that is not a real calendar date throws, naming the document. */
export function chineseDate(iso: string, documentName: string): string {
  const m = ISO_DATE.exec(iso);
  const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new Error(`${documentName}日期格式应为 YYYY-MM-DD：${iso}`);
  return `${+m[1]}年${+m[2]}月${+m[3]}日`;
}

/** A numbered formal letter: its words, who sends it and when. */
export interface OfficialLetter {
  /** Red title, e.g. '督办预警函'. */
  heading: string;
  number: string;
  /** The first line, e.g. '中共某省委：'. */
  salutation: string;
  paragraphs: string[];
  issuer: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** Document properties. */
  title: string;
  subject: string;
  /** '本函由督办系统生成' at the foot of each page, with page numbers when there are several. */
  footer: boolean;
}

/**
 * Renders a letter as an A4 PDF laid out like a formal document (red title, number, rule, salutation, body,
 * issuer and date at bottom right). The same letter always yields the same bytes: the creation date comes from
 * `issuedOn`, and pdfkit derives the file ID and font subset tags from its inputs.
 */
export async function renderOfficialLetterPdf(letter: OfficialLetter, documentName: string): Promise<Buffer> {
  const issued = chineseDate(letter.issuedOn, documentName);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    ...(letter.footer ? { bufferPages: true } : {}),
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: letter.title,
      Author: letter.issuer,
      Subject: letter.subject,
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

  doc.font('cjk-bold').fontSize(TITLE_SIZE).fillColor(RED).text(letter.heading, { align: 'center' });
  doc.moveDown(0.3);
  doc.font('cjk').fontSize(BODY_SIZE).fillColor('black').text(letter.number, { align: 'center' });
  const ruleY = doc.y + 6;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(1.5).strokeColor(RED).stroke();
  doc.y = ruleY + BODY_SIZE;

  doc.text(letter.salutation, left, doc.y, { width, lineGap: LINE_GAP });
  for (const paragraph of letter.paragraphs) doc.text(paragraph, { width, lineGap: LINE_GAP, indent: 2 * BODY_SIZE });

  // Issuer centred over the date, the pair at bottom right, two characters in from the right margin.
  doc.moveDown(2);
  const signWidth = Math.min(width - 2 * BODY_SIZE, Math.max(doc.widthOfString(letter.issuer), doc.widthOfString(issued)));
  const signLeft = left + width - 2 * BODY_SIZE - signWidth;
  for (const line of [letter.issuer, issued]) doc.text(line, signLeft, doc.y, { width: signWidth, align: 'center', lineGap: LINE_GAP });

  if (letter.footer) {
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      const footer = count > 1 ? `本函由督办系统生成　第 ${i - start + 1} 页 / 共 ${count} 页` : '本函由督办系统生成';
      doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
      doc.font('cjk').fontSize(10.5).fillColor('#666666');
      doc.text(footer, left, doc.page.height - MARGINS.bottom / 2, { width, align: 'center', lineBreak: false });
    }
  }
  doc.end();
  return done;
}
