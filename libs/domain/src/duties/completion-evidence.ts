import type { PackEvidence, PackTemplate } from '../packs/pack.types';

/** One thing a completion must hold, as its template asks, with its Chinese label. */
export interface EvidenceRequirement {
  item: PackEvidence;
  label: string;
}

/** What the completion command was given: its fields and how many evidence files the duty holds. */
export interface CompletionGiven {
  heldOn?: string | null;
  counterpartPersonId?: string | null;
  note?: string | null;
  files: number;
}

/** A missing requirement, on the field of the completion command that would hold it (`evidence`: a file). */
export interface EvidenceProblem {
  field: 'heldOn' | 'counterpartPersonId' | 'note' | 'evidence';
  reason: string;
}

type TemplateWords = Pick<PackTemplate, 'kind' | 'title' | 'evidence'>;

/** Words in a template's title that name its record, before the kind's general one (the first match wins). */
const FILE_BY_TITLE: readonly [RegExp, string][] = [
  [/抽查/, '抽查核实记录'],
  [/个人有关事项/, '公开情况记录'],
  [/民主生活会|组织生活会|警示教育|列席/, '会议记录、签到表'],
  [/述责述廉/, '述责述廉报告'],
  [/述职/, '述职报告'],
  [/报备/, '报备材料'],
  [/审核整改报告/, '整改报告及审核意见'],
  [/计划|清单/, '计划（责任清单）文件'],
  [/审计/, '审计报告'],
  [/交流轮岗|交流轮换/, '交流轮岗材料'],
  [/提醒函/, '提醒函（签收件）'],
];

const FILE_BY_KIND: Record<TemplateWords['kind'], string> = {
  talk: '谈话记录',
  meeting: '会议记录、签到表',
  report: '报告文件',
  inspection: '检查（考核）报告',
  analysis: '分析研判报告',
  sampling: '抽查核实记录',
  tenure: '相关文件',
};

/** What file a completion of this template is evidenced by, in words: 会议记录、签到表, 谈话记录, 报告文件… */
export function evidenceFileLabel(template: Pick<PackTemplate, 'kind' | 'title'>): string {
  return FILE_BY_TITLE.find(([words]) => words.test(template.title))?.[1] ?? FILE_BY_KIND[template.kind];
}

/** What a completion of this template must hold, in the order the pack lists it. */
export function evidenceRequirements(template: TemplateWords | undefined): EvidenceRequirement[] {
  if (!template) return [];
  const labels: Record<PackEvidence, string> = {
    heldOn: template.kind === 'talk' ? '谈话日期' : '履职日期',
    counterpart: template.kind === 'talk' ? '谈话对象' : '履职对象',
    note: '情况说明',
    file: evidenceFileLabel(template),
  };
  return template.evidence.map((item) => ({ item, label: labels[item] }));
}

/**
 * What is missing from a completion the responsible leader records, one problem per field, in Chinese. A
 * duty with a counterpart has one by default; a completion the system records itself (a letter it sent) does
 * not come through here.
 */
export function missingCompletionEvidence(template: TemplateWords | undefined, given: CompletionGiven): EvidenceProblem[] {
  const blank = (value: string | null | undefined) => !value || value.trim() === '';
  const problems: EvidenceProblem[] = [];
  for (const { item, label } of evidenceRequirements(template)) {
    if (item === 'heldOn' && blank(given.heldOn)) problems.push({ field: 'heldOn', reason: `该事项要求填写${label}` });
    if (item === 'counterpart' && blank(given.counterpartPersonId)) problems.push({ field: 'counterpartPersonId', reason: `该事项要求注明${label}` });
    if (item === 'note' && blank(given.note)) problems.push({ field: 'note', reason: `该事项要求填写${label}` });
    if (item === 'file' && given.files === 0) {
      problems.push({ field: 'evidence', reason: `该事项要求上传${label}作为佐证材料：请先在“证据材料”中上传至少一份，再登记完成` });
    }
  }
  return problems;
}
