import { formatCitations, formatCitationsAsIssuedBefore, type Citation, type RegimeId } from '../packs/citation';
import anhui2022 from './data/anhui-2022.json';
import beijing2021 from './data/beijing-2021.json';
import central2021 from './data/central-2021.json';
import czu2022 from './data/czu-2022.json';
import shanxiSchool2022 from './data/shanxi-school-2022.json';
import type { PackTemplate, PolicyPack } from './pack.types';
import { allMilestoneTemplates } from '../rectifications/milestones';
import { REGIME_IDS, validatePack } from './validate-pack';

export * from './pack.types';
export { PERIOD_MONTHS, REGIME_IDS, validatePack } from './validate-pack';
export type { PackProblem } from './validate-pack';

/** The pack data: one JSON file per regime, validated here when the module loads. */
const SOURCES: readonly { file: string; data: unknown }[] = [
  { file: 'data/central-2021', data: central2021 },
  { file: 'data/beijing-2021', data: beijing2021 },
  { file: 'data/anhui-2022', data: anhui2022 },
  { file: 'data/shanxi-school-2022', data: shanxiSchool2022 },
  { file: 'data/czu-2022', data: czu2022 },
];

/** Validates one pack file, throwing an Error that names the file, the template and the reason. */
export function loadPack(file: string, data: unknown): PolicyPack {
  const problems = validatePack(data);
  if (problems.length > 0) {
    const lines = problems.map((p) => `模板 ${p.template ?? '（策略包本身）'} 字段 ${p.field || '（整体）'}：${p.reason}`);
    throw new Error(`策略包文件 ${file} 无效：\n${lines.join('\n')}`);
  }
  return data as PolicyPack;
}

/** Every regime's policy pack, validated when this module loads. */
export const POLICY_PACKS: readonly PolicyPack[] = Object.freeze(SOURCES.map(({ file, data }) => loadPack(file, data)));

const missing = REGIME_IDS.filter((id) => !POLICY_PACKS.some((p) => p.id === id));
if (missing.length > 0) throw new Error(`缺少以下制度的策略包：${missing.join('、')}`);

export function findPack(id: string): PolicyPack | undefined {
  return POLICY_PACKS.find((p) => p.id === id);
}

export function isRegimeId(value: unknown): value is RegimeId {
  return typeof value === 'string' && (REGIME_IDS as readonly string[]).includes(value);
}

/**
 * The clauses behind a duty, with the words that impose it: a duty keeps its one-line citation (《…》第（三）条；…),
 * and the template it was issued from, in whichever pack, is the one with that id whose citations read the same.
 * Empty when no pack has it any more (a duty of a retired pack version keeps its line, not its quotes).
 */
export function citationsOfDuty(templateId: string, citation: string): Citation[] {
  return templateOfDuty(templateId, citation)?.citations ?? [];
}

/** The template a duty was issued from (the one with its id whose citations read as the duty's), if a pack still has it. */
export function templateOfDuty(templateId: string, citation: string): PackTemplate | undefined {
  for (const pack of POLICY_PACKS) {
    const template = pack.templates.find((t) => t.id === templateId && (formatCitations(t.citations) === citation || formatCitationsAsIssuedBefore(t.citations) === citation));
    if (template) return template;
  }
  // A rectification's milestone duties (整改方案, 进展, 报告, 回访…) come from the follow-up, not from a pack.
  return allMilestoneTemplates().find((t) => t.id === templateId && formatCitations(t.citations) === citation);
}
