import { Workbook, Worksheet } from 'exceljs';
import { addSafeRow } from '../common/exports/spreadsheet';
import { PREVIEW_COLUMNS, previewNotes, previewSummary } from './preview-columns';
import type { DutyPreview } from './preview.types';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } } as const;

/**
 * The preview as an Excel workbook: sheet “事项” (Chinese headers, frozen header row, filters, column widths,
 * moved due dates highlighted), sheet “说明” (what was previewed, warnings, each organization's pack) and
 * sheet “未生成” (duties that could not be assigned, with the reason).
 */
export async function previewXlsx(preview: DutyPreview): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'duban 督办';
  workbook.created = new Date(preview.generatedAt);

  const duties = workbook.addWorksheet('事项', { views: [{ state: 'frozen', ySplit: 1 }] });
  duties.columns = PREVIEW_COLUMNS.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  for (const duty of preview.duties) {
    const row = addSafeRow(duties, PREVIEW_COLUMNS.map((c) => c.value(duty)));
    if (duty.movedFrom) row.getCell(2).font = { color: { argb: 'FFC00000' } };
  }
  styleHeader(duties);
  duties.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PREVIEW_COLUMNS.length } };

  const notes = workbook.addWorksheet('说明', { views: [{ state: 'frozen', ySplit: 1 }] });
  notes.columns = [
    { header: '项目', key: 'label', width: 24 },
    { header: '内容', key: 'text', width: 120 },
  ];
  for (const note of previewNotes(preview).filter((n) => n.label === '注意')) addSafeRow(notes, [`【${note.label}】`, note.text]).font = { color: { argb: 'FFC00000' } };
  for (const [label, text] of previewSummary(preview)) addSafeRow(notes, [label, text]);
  styleHeader(notes);

  const skipped = workbook.addWorksheet('未生成', { views: [{ state: 'frozen', ySplit: 1 }] });
  skipped.columns = [
    { header: '组织', key: 'organization', width: 24 },
    { header: '原因', key: 'reason', width: 80 },
  ];
  for (const s of preview.skipped) addSafeRow(skipped, [s.organizationName, s.reason]);
  styleHeader(skipped);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle' };
}
