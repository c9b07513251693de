/**
 * What can happen in an organization that starts duties, in the words of the documents: 失职失责, 重大事故事件,
 * 严重违纪违法案件, 重大决策失误, findings of inspections and audits, feedback of reviews, rectification that falls
 * short, and a team member's early signs of problems (苗头性、倾向性问题).
 */
export const INCIDENT_KINDS = [
  'dereliction',
  'major_accident',
  'serious_case',
  'decision_error',
  'inspection_findings',
  'review_findings',
  'rectification_inadequate',
  'early_warning_signs',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_KIND_LABELS: Readonly<Record<IncidentKind, string>> = {
  dereliction: '“一把手”失职失责、落实责任不到位',
  major_accident: '重大事故事件（含突发事件处置失当）',
  serious_case: '严重违纪违法案件或严重“四风”问题',
  decision_error: '重大决策失误',
  inspection_findings: '纪律检查、巡视巡察、审计发现重要问题',
  review_findings: '述责述廉评议、政治生态分析研判反馈问题',
  rectification_inadequate: '问题较为突出、整改不到位',
  early_warning_signs: '领导班子成员有苗头性、倾向性问题',
};

/** Incident kinds that concern one person, who must then be named (the counterpart of the reminder talk). */
export const PERSONAL_INCIDENT_KINDS: readonly IncidentKind[] = ['early_warning_signs'];

export function isIncidentKind(value: unknown): value is IncidentKind {
  return typeof value === 'string' && (INCIDENT_KINDS as readonly string[]).includes(value);
}
