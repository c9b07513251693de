import type { DutyPreview } from './preview.types';

/** Display width in a terminal: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”]/u.test(ch) ? 2 : 1;
  return width;
}
const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

const COLUMNS: [string, (d: DutyPreview['duties'][number]) => string][] = [
  ['截止日期', (d) => (d.movedFrom ? `${d.dueDate}（原${d.movedFrom}）` : d.dueDate)],
  ['组织', (d) => d.organization.name],
  ['事项', (d) => d.title],
  ['责任人', (d) => `${d.responsible.name}（${d.responsible.positionTitle || d.responsible.roleLabel || ''}）`],
  ['对象', (d) => d.counterpart?.name ?? d.counterpartOrganization?.name ?? ''],
  ['周期', (d) => d.period.label],
  ['默认', (d) => (d.defaulted ? '是' : '')],
];

/** The preview as a plain-text table for the terminal, with the warnings and what could not be assigned. */
export function previewTable(preview: DutyPreview): string {
  const rows = [COLUMNS.map(([h]) => h), ...preview.duties.map((d) => COLUMNS.map(([, v]) => v(d)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => padEnd(c, widths[i])).join('  ').trimEnd();
  const out = [
    `${preview.organization.name}及其下级 ${preview.year} 年事项预览：${preview.duties.length} 项（${preview.organizations.length} 个组织）`,
    ...preview.warnings.map((w) => `注意：${w}`),
    '',
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ];
  if (preview.skipped.length > 0) out.push('', `未生成（${preview.skipped.length}）：`, ...preview.skipped.map((s) => `  ${s.organizationName}：${s.reason}`));
  return `${out.join('\n')}\n`;
}
