import { calendarDate, Ledger, LEDGER_COLUMNS, LEDGER_SUMMARY_LABELS, ledgerSubjectText, ledgerTitle } from '@duban/domain';
import { Workbook } from 'exceljs';
import { addSafeRow } from '../common/exports/spreadsheet';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF8C8C8C' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADERS = ['序号', '责任人', ...LEDGER_COLUMNS.map((c) => c.header)];
/** The row of the table's header (title, who/when, counts, a blank line above it). */
export const LEDGER_HEADER_ROW = 5;

/**
 * The ledger as an Excel workbook to print: sheet “台账” with a title row, who and which year, the counts, then the
 * table (Chinese headers, frozen and repeated on every printed page, widths, wrapped text, borders), A4 landscape
 * fitted to the page width; sheet “汇总” with the counts per person.
 */
export async function ledgerXlsx(ledger: Ledger, zone: string): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'duban 督办';
  workbook.created = new Date(ledger.generatedAt);

  const sheet = workbook.addWorksheet('台账', {
    views: [{ state: 'frozen', ySplit: LEDGER_HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${LEDGER_HEADER_ROW}:${LEDGER_HEADER_ROW}`, horizontalCentered: true },
    headerFooter: { oddFooter: '&C第 &P 页 / 共 &N 页' },
  });
  sheet.columns = [{ width: 6 }, { width: 12 }, ...LEDGER_COLUMNS.map((c) => ({ width: c.width }))];
  const last = HEADERS.length;
  const line = (row: number, text: string, font: Partial<import('exceljs').Font>) => {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: row === 1 ? 'center' : 'left', vertical: 'middle', wrapText: true };
  };
  line(1, ledgerTitle(ledger), { bold: true, size: 16 });
  sheet.getRow(1).height = 28;
  line(2, `${ledger.subject.kind === 'organization' ? '组织' : '责任人'}：${ledgerSubjectText(ledger)}　　年度：${ledger.year}年　　生成日期：${calendarDate(ledger.generatedAt, zone)}`, { size: 11 });
  line(3, `合计：${LEDGER_SUMMARY_LABELS.map(([key, label]) => `${label} ${ledger.summary[key]} 项`).join('，')}`, { size: 11 });

  const header = sheet.getRow(LEDGER_HEADER_ROW);
  header.values = HEADERS;
  header.font = { bold: true };
  header.height = 22;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  let index = 0;
  for (const member of ledger.members) {
    for (const row of member.rows) {
      const added = addSafeRow(sheet, [++index, member.person.name, ...LEDGER_COLUMNS.map((c) => c.value(row, zone))]);
      added.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = BORDER;
        cell.alignment = { vertical: 'top', wrapText: true };
      });
      if (row.late) added.getCell(HEADERS.indexOf('是否按期') + 1).font = { color: { argb: 'FFC00000' } };
    }
  }
  sheet.autoFilter = { from: { row: LEDGER_HEADER_ROW, column: 1 }, to: { row: LEDGER_HEADER_ROW, column: last } };

  const totals = workbook.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  totals.columns = [{ header: '责任人', width: 14 }, { header: '职务', width: 36 }, ...LEDGER_SUMMARY_LABELS.map(([, label]) => ({ header: label, width: 11 }))];
  for (const member of ledger.members) addSafeRow(totals, [member.person.name, member.positions.join('；'), ...LEDGER_SUMMARY_LABELS.map(([key]) => member.summary[key])]);
  addSafeRow(totals, ['合计', '', ...LEDGER_SUMMARY_LABELS.map(([key]) => ledger.summary[key])]).font = { bold: true };
  totals.getRow(1).font = { bold: true };
  totals.getRow(1).fill = HEADER_FILL;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
