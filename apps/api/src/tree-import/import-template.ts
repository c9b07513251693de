import { Workbook, Worksheet } from 'exceljs';
import { addSafeRow } from '../common/exports/spreadsheet';
import { IMPORT_SHEETS, ImportSheet, MAX_IMPORT_ROWS, NOTES_SHEET_NAME } from './import-sheets';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } } as const;

/**
 * The import template for a target organization: the sheets the import reads (组织, 职位, 人员), each with its
 * headers and two example rows under the target's code, and a sheet 说明 explaining every column.
 */
export async function importTemplateXlsx(target: { name: string; code: string | null }): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'duban 督办';
  for (const sheet of IMPORT_SHEETS) dataSheet(workbook, sheet as ImportSheet);

  const notes = workbook.addWorksheet(NOTES_SHEET_NAME);
  notes.columns = [
    { header: '工作表', key: 'sheet', width: 10 },
    { header: '列', key: 'column', width: 16 },
    { header: '说明', key: 'note', width: 120 },
  ];
  const general = [
    `导入到：${target.name}${target.code ? `（代码 ${target.code}）` : '（该组织没有代码：“上级组织代码”“组织代码”留空或填写本表中的组织）'}`,
    '每张表第 1 行为表头，请勿修改表头；第 2、3 行为示例，导入前请删除或改为实际内容。空行会被跳过。',
    `先校验全部行：任何一行有误则全部不导入，并逐条指出工作表、行号、列与原因；全部正确才在一个事务中导入。每张表最多 ${MAX_IMPORT_ROWS} 行。`,
    '可先用“仅校验”（dryRun=true）检查。同一份表导入两次会因组织代码、邮箱已存在而被拒绝，不会重复创建。',
  ];
  for (const text of general) addSafeRow(notes, ['全部', '', text]);
  for (const sheet of IMPORT_SHEETS) {
    for (const column of sheet.columns) addSafeRow(notes, [sheet.name, column.header, column.note]);
  }
  styleHeader(notes);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function dataSheet(workbook: Workbook, sheet: ImportSheet): Worksheet {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const example of sheet.examples) addSafeRow(ws, sheet.columns.map((c) => example[c.key] || null));
  styleHeader(ws);
  sheet.columns.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.note = c.note;
    if (c.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
  });
  return ws;
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle' };
}
