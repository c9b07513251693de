import { Workbook, Worksheet } from 'exceljs';
import { badRequest } from '../common/errors/duban.exception';
import { IMPORT_SHEETS, ImportSheet, MAX_IMPORT_ROWS } from './import-sheets';

/** A problem with one cell (or row, or header) of the workbook, as the administrator finds it in Excel. */
export interface ImportProblem {
  sheet: string;
  /** The row number Excel shows (1 is the header row). */
  row: number;
  /** The column header. */
  column: string;
  /** The column's key, as the single endpoints name the field. */
  field: string;
  reason: string;
}

/** One data row: its number in Excel and each column's text, trimmed ('' when empty). */
export interface ImportRow<K extends string = string> {
  row: number;
  cells: Record<K, string>;
}

export interface ReadWorkbook {
  rows: Record<string, ImportRow[]>;
  problems: ImportProblem[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Loads the uploaded file: 400 on `file` when it is not an Excel workbook (.xlsx). */
export async function loadWorkbook(buffer: Buffer): Promise<Workbook> {
  const notXlsx = badRequest('file', '不是有效的 Excel 工作簿（.xlsx），请使用导入模板填写后上传');
  if (buffer.length < 4 || !buffer.subarray(0, 4).equals(XLSX_MAGIC)) throw notXlsx;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw notXlsx;
  }
  return workbook;
}

/**
 * Reads the import sheets by their headers (columns may be in any order, others are ignored; empty rows are
 * skipped). A missing sheet reads as empty; a missing header is a problem of row 1.
 */
export function readImportSheets(workbook: Workbook): ReadWorkbook {
  const rows: Record<string, ImportRow[]> = {};
  const problems: ImportProblem[] = [];
  for (const sheet of IMPORT_SHEETS as readonly ImportSheet[]) {
    rows[sheet.name] = [];
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) continue;
    const positions = headerPositions(ws);
    const missing = sheet.columns.filter((c) => !positions.has(c.header));
    for (const c of missing) problems.push({ sheet: sheet.name, row: 1, column: c.header, field: c.key, reason: `缺少表头“${c.header}”（请使用导入模板，勿修改表头）` });
    if (missing.length > 0) continue;
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells = Object.fromEntries(sheet.columns.map((c) => [c.key, cellText(row.getCell(positions.get(c.header)!).text)]));
      if (Object.values(cells).every((v) => v === '')) continue;
      rows[sheet.name].push({ row: r, cells });
    }
    if (rows[sheet.name].length > MAX_IMPORT_ROWS) {
      problems.push({ sheet: sheet.name, row: rows[sheet.name][MAX_IMPORT_ROWS].row, column: '', field: '', reason: `行数过多：每张表最多 ${MAX_IMPORT_ROWS} 行，请分批导入` });
    }
  }
  if (problems.length === 0 && Object.values(rows).every((r) => r.length === 0)) {
    problems.push({ sheet: IMPORT_SHEETS[0].name, row: 2, column: '', field: '', reason: `工作簿中没有可导入的行（应含工作表 ${IMPORT_SHEETS.map((s) => `“${s.name}”`).join('、')}）` });
  }
  return { rows, problems };
}

function headerPositions(ws: Worksheet): Map<string, number> {
  const positions = new Map<string, number>();
  ws.getRow(1).eachCell((cell, column) => {
    const header = cellText(cell.text).replace(/[*＊]$/, '');
    if (header && !positions.has(header)) positions.set(header, column);
  });
  return positions;
}

/** A cell's text as typed, without surrounding blanks or the apostrophe a spreadsheet keeps text with. */
function cellText(text: string | undefined): string {
  return (text ?? '').replace(/^'/, '').trim();
}
