import { stringify } from 'csv-stringify/sync';
import type { Row, Worksheet } from 'exceljs';

/**
 * The one writer of every CSV and Excel file the API hands out. Text planted by anyone (a name, a note) that a
 * spreadsheet would run as a formula — beginning with =, +, -, @, a tab or a carriage return — is written
 * with a leading apostrophe, so that it stays text in the hands of whoever opens the file (OWASP: CSV
 * injection). Lint keeps `csv-stringify` and `addRow` to this file.
 */
export type Cell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const safe = (cell: Cell): Cell => (typeof cell === 'string' ? neutralizeFormula(cell) : cell);

/** CSV for Excel: a UTF-8 byte-order mark (so Excel reads the Chinese), CRLF line ends, every cell neutralised. */
export function csvFile(rows: readonly (readonly Cell[])[]): Buffer {
  return Buffer.from(stringify(rows.map((row) => row.map(safe)), { bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** Appends a row to a worksheet, every cell neutralised. */
export function addSafeRow(sheet: Worksheet, cells: readonly Cell[]): Row {
  return sheet.addRow(cells.map(safe));
}
