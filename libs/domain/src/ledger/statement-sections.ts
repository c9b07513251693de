import type { RegimeId } from '../packs/citation';

/**
 * What a 述责述廉 report must cover under each regime, in the documents' own words, with the clause that asks
 * for it. The draft (述责述廉报告初稿) writes these as headings with a prompt for the leader to fill in; the part
 * the record can tell (the year's supervision duties, what was late, extended, escalated, returned) is filled
 * in from the ledger.
 */
export interface StatementSection {
  heading: string;
  /** What to write, taken from the clause. */
  prompt: string;
  /** 《document》clause. */
  citation: string;
}

const CENTRAL = '《中共中央关于加强对“一把手”和领导班子监督的意见》';
const BEIJING = '《北京市关于加强对“一把手”和领导班子监督的若干措施》';
const ANHUI = '《安徽省关于加强对“一把手”和领导班子监督的若干措施》';
const SHANXI = '《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》';
const CZU = '《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》';

export const STATEMENT_SECTIONS: Record<RegimeId, readonly StatementSection[]> = {
  'central-2021': [
    {
      heading: '接受评议及报告公开情况',
      prompt: '在上级党委常委会（党组）扩大会议上述责述廉、接受评议的安排；述责述廉报告在一定范围内公开的范围和方式',
      citation: `${CENTRAL}第（七）条`,
    },
    {
      heading: '个人有关事项及有关问题的说明',
      prompt: '按规定对个人有关事项以及群众反映、巡视巡察反馈、组织约谈函询的问题实事求是作出说明；带头开展批评和自我批评的情况',
      citation: `${CENTRAL}第（八）条`,
    },
  ],
  'beijing-2021': [
    {
      heading: '评议问题整改情况',
      prompt: '上一年度述责述廉评议指出的问题及其整改情况（应当及时向上级党委（党组）报告）；本报告载入廉政档案、在一定范围内公开',
      citation: `${BEIJING}第（十一）条`,
    },
    {
      heading: '参加双重组织生活及个人有关事项公开情况',
      prompt: '以普通党员身份参加所在党支部（党小组）组织生活会的情况；个人有关事项在领导班子年度民主生活会上公开的情况',
      citation: `${BEIJING}第（十三）条`,
    },
  ],
  'anhui-2022': [
    {
      heading: '问题整改情况及真实性承诺',
      prompt: '述责述廉所涉问题的整改情况；本人对报告内容真实性负责（党委（党组）每年按人数10%的比例对述责述廉内容真实性及问题整改情况进行抽查核实）',
      citation: `${ANHUI}第（九）条`,
    },
    {
      heading: '审计发现问题整改情况',
      prompt: '经济责任审计等审计结果及其整改情况（作为考核、奖惩、任免的重要参考）',
      citation: `${ANHUI}第（十）条`,
    },
  ],
  'shanxi-school-2022': [
    { heading: '执行政治纪律和政治规矩情况', prompt: '执行政治纪律和政治规矩的情况', citation: `${SHANXI}第（五）条` },
    { heading: '履行管党治党责任情况', prompt: '履行管党治党责任的情况', citation: `${SHANXI}第（五）条` },
    { heading: '推进党风廉政建设和反腐败工作情况', prompt: '推进党风廉政建设和反腐败工作的情况', citation: `${SHANXI}第（五）条` },
    { heading: '执行廉洁纪律情况', prompt: '本人执行廉洁纪律的情况', citation: `${SHANXI}第（五）条` },
  ],
  'czu-2022': [
    { heading: '抓基层党建工作情况', prompt: '抓基层党建工作的情况', citation: `${CZU}第 7 项` },
    {
      heading: '履行全面从严治党责任情况（包括监督下级“一把手”情况）',
      prompt: '履行全面从严治党责任，包括监督下级“一把手”的情况',
      citation: `${CZU}第 7 项`,
    },
    { heading: '上一年度反馈问题整改落实情况', prompt: '上一年度评议反馈问题的整改落实情况', citation: `${CZU}第 7 项` },
  ],
};

/** The sections for a duty's regimes (from its citations), each once, in the order of the regimes cited. */
export function statementSections(regimes: readonly RegimeId[]): StatementSection[] {
  const seen = new Set<string>();
  const sections: StatementSection[] = [];
  for (const regime of regimes) {
    for (const section of STATEMENT_SECTIONS[regime] ?? []) {
      if (seen.has(section.heading)) continue;
      seen.add(section.heading);
      sections.push(section);
    }
  }
  return sections;
}
