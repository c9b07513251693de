import { csvFile } from '../common/exports/spreadsheet';
import { PREVIEW_COLUMNS, previewNotes } from './preview-columns';
import type { DutyPreview } from './preview.types';

/**
 * The preview as CSV for Excel: a UTF-8 byte-order mark (so Excel reads the Chinese), a header row, one row per
 * duty, then, after an empty line, one note row per warning and per duty that could not be assigned.
 */
export function previewCsv(preview: DutyPreview): Buffer {
  const width = PREVIEW_COLUMNS.length;
  const pad = (cells: string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  const rows = preview.duties.map((d) => PREVIEW_COLUMNS.map((c) => c.value(d)));
  const notes = previewNotes(preview).map((n) => pad([`【${n.label}】`, n.text]));
  const records = [PREVIEW_COLUMNS.map((c) => c.header), ...rows, ...(notes.length > 0 ? [[], ...notes] : [])];
  return csvFile(records);
}
