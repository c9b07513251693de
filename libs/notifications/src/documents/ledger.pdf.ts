import { calendarDate, Ledger, LEDGER_COLUMNS, ledgerSubjectText, ledgerTitle, LedgerRow, summaryText } from '@duban/domain';
import PDFDocument from 'pdfkit';
import { loadCjkFont } from './cjk-font';

// A4 landscape, 15 mm margins at the sides, 18 mm top and bottom (the page number sits in the bottom one).
const MM = 72 / 25.4;
const MARGINS = { top: 18 * MM, bottom: 18 * MM, left: 15 * MM, right: 15 * MM };
const CELL_SIZE = 8;
const HEADER_SIZE = 8.5;
const PADDING = 3;
const HEADER_FILL = '#dde6f0';
const GRID = '#8c8c8c';

/** Relative widths of 序号 and of the ledger's columns (LEDGER_COLUMNS), scaled to the page. */
const WEIGHTS = [5, 14, 21, 13, 9, 7, 25, 8, 14, 14, 10];

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The 履责记实台账 as a printable PDF: A4 landscape, the title, who and which year, the counts, then a table per
 * person (the organization's team: one after another) that breaks across pages with its header repeated, and
 * 第 x 页 / 共 y 页 at the foot of every page.
 */
export async function renderLedgerPdf(ledger: Ledger, zone: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: MARGINS,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: `${ledgerTitle(ledger)}（${ledger.subject.name}）`, Subject: '履责记实台账', Creator: '督办系统', Producer: '督办系统 (PDFKit)', CreationDate: new Date(ledger.generatedAt) },
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

  doc.font('cjk-bold').fontSize(18).fillColor('black').text(ledgerTitle(ledger), left, MARGINS.top, { width, align: 'center' });
  doc.moveDown(0.4);
  doc.font('cjk').fontSize(10);
  doc.text(`${ledger.subject.kind === 'organization' ? '组织' : '责任人'}：${ledgerSubjectText(ledger)}　　年度：${ledger.year}年　　生成日期：${calendarDate(ledger.generatedAt, zone)}`, left, doc.y, { width });
  doc.text(`合计：${summaryText(ledger.summary)}`, left, doc.y + 2, { width });

  for (const member of ledger.members) {
    if (ledger.subject.kind === 'organization') {
      ensureSpace(doc, 60);
      doc.moveDown(0.6);
      doc.font('cjk-bold').fontSize(11).text(`${member.person.name}${member.positions.length ? `（${member.positions.join('；')}）` : ''}`, left, doc.y, { width });
      doc.font('cjk').fontSize(9).text(summaryText(member.summary), left, doc.y + 2, { width });
    }
    doc.moveDown(0.4);
    table(doc, member.rows, zone, left, width);
  }

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    doc.font('cjk').fontSize(9).fillColor('#666666');
    doc.text(`${ledgerTitle(ledger)}　${ledger.subject.name}　第 ${i - start + 1} 页 / 共 ${count} 页`, left, doc.page.height - MARGINS.bottom / 2 - 4, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}

function columnWidths(width: number): number[] {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  return WEIGHTS.map((w) => (w / total) * width);
}

function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= doc.page.height - MARGINS.bottom) return false;
  doc.addPage();
  doc.y = MARGINS.top;
  return true;
}

function drawRow(doc: Doc, cells: string[], widths: number[], left: number, header: boolean): void {
  doc.font(header ? 'cjk-bold' : 'cjk').fontSize(header ? HEADER_SIZE : CELL_SIZE);
  const height = rowHeight(doc, cells, widths);
  const top = doc.y;
  let x = left;
  cells.forEach((cell, i) => {
    if (header) doc.rect(x, top, widths[i], height).fillColor(HEADER_FILL).fill();
    doc.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor(GRID).stroke();
    doc.fillColor('black').text(cell, x + PADDING, top + PADDING, { width: widths[i] - 2 * PADDING, align: header ? 'center' : 'left', lineGap: 1 });
    x += widths[i];
  });
  doc.x = left;
  doc.y = top + height;
}

function rowHeight(doc: Doc, cells: string[], widths: number[]): number {
  return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 2 * PADDING, lineGap: 1 }))) + 2 * PADDING;
}

/** The table of one person's duties; the header is repeated at the top of every page it runs onto. */
function table(doc: Doc, rows: readonly LedgerRow[], zone: string, left: number, width: number): void {
  const widths = columnWidths(width);
  const header = ['序号', ...LEDGER_COLUMNS.map((c) => c.header)];
  doc.font('cjk-bold').fontSize(HEADER_SIZE);
  const headerHeight = rowHeight(doc, header, widths);
  ensureSpace(doc, headerHeight * 2);
  drawRow(doc, header, widths, left, true);
  if (rows.length === 0) {
    const top = doc.y;
    const height = CELL_SIZE + 4 * PADDING;
    doc.rect(left, top, width, height).lineWidth(0.5).strokeColor(GRID).stroke();
    doc.font('cjk').fontSize(CELL_SIZE).fillColor('#666666').text('本年度无应履职事项', left, top + 2 * PADDING - 1, { width, align: 'center' });
    doc.fillColor('black');
    doc.x = left;
    doc.y = top + height;
    return;
  }
  rows.forEach((row, index) => {
    const cells = [String(index + 1), ...LEDGER_COLUMNS.map((c) => c.value(row, zone))];
    doc.font('cjk').fontSize(CELL_SIZE);
    if (ensureSpace(doc, rowHeight(doc, cells, widths))) drawRow(doc, header, widths, left, true);
    drawRow(doc, cells, widths, left, false);
  });
}
