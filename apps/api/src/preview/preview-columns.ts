import type { DutyPreview, PreviewDuty } from './preview.types';

/** A column of the exported preview: Chinese header, width in Excel characters, value. */
export interface PreviewColumn {
  header: string;
  width: number;
  value: (duty: PreviewDuty) => string;
}

export const PREVIEW_COLUMNS: readonly PreviewColumn[] = [
  { header: '截止日期', width: 12, value: (d) => d.dueDate },
  { header: '原截止日期（顺延前）', width: 14, value: (d) => d.movedFrom ?? '' },
  { header: '组织', width: 22, value: (d) => d.organization.name },
  { header: '义务', width: 28, value: (d) => d.obligationTitle },
  { header: '事项', width: 32, value: (d) => d.title },
  { header: '责任人', width: 12, value: (d) => d.responsible.name },
  { header: '职位', width: 14, value: (d) => d.responsible.positionTitle || d.responsible.roleLabel || '' },
  { header: '对象', width: 12, value: (d) => d.counterpart?.name ?? '' },
  { header: '对象组织', width: 22, value: (d) => d.counterpartOrganization?.name ?? '' },
  { header: '周期', width: 16, value: (d) => d.period.label },
  { header: '本期第几次', width: 10, value: (d) => `${d.slot.ordinal}/${d.slot.count}` },
  { header: '生成日期', width: 12, value: (d) => d.createAt.slice(0, 10) },
  { header: '次数或周期为产品默认', width: 12, value: (d) => (d.defaulted ? '是' : '否') },
  { header: '默认说明', width: 36, value: (d) => d.defaulted ?? '' },
  { header: '出处', width: 60, value: (d) => d.citation },
  { header: '义务编号', width: 26, value: (d) => d.obligationId },
  { header: '策略包', width: 18, value: (d) => d.packId },
];

/** The notes that go with an export: warnings, organizations without a pack, duties that could not be assigned. */
export function previewNotes(preview: DutyPreview): { label: string; text: string }[] {
  return [
    ...preview.warnings.map((text) => ({ label: '注意', text })),
    ...preview.skipped.map((s) => ({ label: '未生成', text: `${s.organizationName}：${s.reason}` })),
  ];
}

export function previewSummary(preview: DutyPreview): [string, string][] {
  return [
    ['组织', `${preview.organization.name}${preview.organization.code ? `（${preview.organization.code}）` : ''}及其下级`],
    ['年份', String(preview.year)],
    ['事项数', String(preview.duties.length)],
    ['时区', preview.timeZone],
    ['节假日日历已有年份', preview.calendar.years.join('、')],
    ['生成时间', preview.generatedAt],
    ['说明', '预览按当前生效配置计算，不生成、不启动任何事项；按事件触发的义务（如任职谈话）不在其中'],
    ...preview.organizations.map((o): [string, string] => [
      `组织：${o.name}`,
      `策略包 ${o.packTitle}（${o.packId}${o.packSource.kind === 'inherited' ? `，沿用${o.packSource.organizationName}` : ''}）；${o.dueDateMode === 'next_working_day' ? '遇节假日顺延至下一个工作日' : '按日历日截止'}；${o.duties} 项`,
    ]),
    ...preview.withoutPack.map((o): [string, string] => [`组织：${o.name}`, '未选择策略包（本组织及上级均未设置）']),
  ];
}

/** The file name to offer, and an ASCII fallback, e.g. “督办事项预览-中共某市委-2027.xlsx”. */
export function previewFileName(preview: DutyPreview, extension: 'csv' | 'xlsx'): { utf8: string; ascii: string } {
  const name = preview.organization.name.replace(/[\\/:*?"<>|\s]+/g, '_');
  return { utf8: `督办事项预览-${name}-${preview.year}.${extension}`, ascii: `duban-preview-${preview.year}.${extension}` };
}

/** `Content-Disposition` with an RFC 5987 UTF-8 file name and a plain fallback for old clients. */
export function attachmentDisposition(fileName: { utf8: string; ascii: string }): string {
  const encoded = encodeURIComponent(fileName.utf8).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fileName.ascii}"; filename*=UTF-8''${encoded}`;
}
