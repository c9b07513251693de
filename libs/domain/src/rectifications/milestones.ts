import type { Citation, RegimeId } from '../packs/citation';
import type { PackEvidence, PackTemplate } from '../packs/pack.types';
import type { Role } from '../organizations/role';
import { RECTIFICATION_DEFAULTS_NOTE, RectificationKind } from './rectification';

/**
 * The duties a rectification is made of (its milestones), each issued through the one issuer and chased like any
 * duty: the plan, the progress reports and the completion report owed by the organization's 一把手 (第一责任人),
 * the follow-up visit owed by the supervising body, the admonition talk owed above, and for a recommendation
 * the answer and the order to correct.
 */
export const MILESTONES = ['plan', 'progress', 'report', 'visit', 'admonition', 'correction'] as const;
export type Milestone = (typeof MILESTONES)[number];

const DOCUMENTS: Readonly<Record<RegimeId, string>> = {
  'central-2021': '《中共中央关于加强对“一把手”和领导班子监督的意见》',
  'beijing-2021': '《北京市关于加强对“一把手”和领导班子监督的若干措施》',
  'anhui-2022': '《安徽省关于加强对“一把手”和领导班子监督的若干措施》',
  'shanxi-school-2022': '《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》',
  'czu-2022': '《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》',
};

/** The clauses that make findings a rectification to follow up, and recommendations a lifecycle to chase. */
const CLAUSES: Readonly<Record<RegimeId, { finding: [string, string][]; recommendation: [string, string][]; admonition: [string, string][] | null }>> = {
  'central-2021': {
    finding: [['第（二十一）条', '通过审核整改报告、督办重点问题等方式，压实主体责任，督促整改落实到位']],
    recommendation: [['第（二十一）条', '完善纪检监察建议提出、督办、反馈和回访监督机制']],
    admonition: null,
  },
  'beijing-2021': {
    finding: [['第（二十五）条', '严格审核整改报告，重点监督下级“一把手”组织落实情况']],
    recommendation: [['第（二十六）条', '完善纪检监察建议提出、督办、反馈和回访监督机制']],
    admonition: [['第（二十五）条', '对问题较为突出和整改不到位的被检查党组织，上级党组织分管领导应当及时约谈下级“一把手”']],
  },
  'anhui-2022': {
    finding: [['第（二十四）条', '严格审核整改报告，跟踪督办重点问题']],
    recommendation: [['第（二十五）条', '严格落实纪检监察建议提出、督办、反馈和回访监督制度']],
    admonition: [['第（二十四）条', '对问题较为突出和整改不到位的党组织，由上级党组织分管领导对其“一把手”进行约谈']],
  },
  'shanxi-school-2022': {
    finding: [['第（二十一）条', '对于监督或被巡察发现的问题，各党支部、各科室要压紧压实主体责任，认真整改落实到位']],
    recommendation: [['第（二十一）条', '对于监督或被巡察发现的问题，各党支部、各科室要压紧压实主体责任，认真整改落实到位']],
    admonition: null,
  },
  'czu-2022': {
    finding: [
      ['第 32 项', '通过审核整改报告、督办重点问题等方式，压实主体责任，督促整改落实到位'],
      ['第 10 项', '落实“一把手”巡察整改第一责任人责任'],
    ],
    recommendation: [['第 33 项', '规范纪检监察建议提出、督办、评估、反馈和回访监督机制']],
    admonition: null,
  },
};

/** Where a regime names no admonition talk for rectification, the clause that makes late rectification a matter to act on. */
const LATE_CLAUSES: Readonly<Record<RegimeId, [string, string]>> = {
  'central-2021': ['第（二十一）条', '对整改问题不及时不到位甚至拒不整改的，依规依纪严肃处理，对典型问题通报曝光'],
  'beijing-2021': ['第（二十五）条', '对整改不及时、不到位甚至拒不整改的，依规依纪严肃处理，对典型问题通报曝光'],
  'anhui-2022': ['第（二十四）条', '对存在“纸面整改”、虚假整改等问题的，依规依纪严肃追责并通报曝光'],
  'shanxi-school-2022': ['第（二十一）条', '整改不及时不到位甚至拒不整改的，依规依纪严肃处理'],
  'czu-2022': ['第 32 项', '对问题整改不及时不到位甚至拒不整改的，依规依纪依法严肃处理，对典型问题通报曝光'],
};

/** 安徽第（二十五）条: an organization that does not answer in time is ordered to correct by its superior, with a notice of criticism. */
const CORRECTION_CLAUSES: Readonly<Record<RegimeId, [string, string]>> = {
  'central-2021': LATE_CLAUSES['central-2021'],
  'beijing-2021': LATE_CLAUSES['beijing-2021'],
  'anhui-2022': ['第（二十五）条', '不按时反馈整改落实情况或者整改落实不到位的，由其上级党组织、上级机关或者主管部门责令改正，并给予通报批评'],
  'shanxi-school-2022': LATE_CLAUSES['shanxi-school-2022'],
  'czu-2022': ['第 33 项', '规范纪检监察建议提出、督办、评估、反馈和回访监督机制，并把整改落实情况纳入年度综合考核'],
};

function cite(regime: RegimeId, clauses: readonly [string, string][]): Citation[] {
  return clauses.map(([clause, quote]) => ({ regime, document: DOCUMENTS[regime], clause, quote }));
}

interface MilestoneWords {
  title: string;
  kind: PackTemplate['kind'];
  responsibleRole: Role;
  responsibleLabel: string;
  counterpartLabel: string;
  evidence: PackEvidence[];
  defaulted: string | null;
  citations: Citation[];
}

function template(id: string, words: MilestoneWords): PackTemplate {
  return {
    id,
    ...words,
    fanOut: 'none',
    cadence: 'event',
    minPerPeriod: 1,
    dueRule: { kind: 'after_event', within: 'P1M' },
  };
}

const PRINCIPAL = { responsibleRole: 'principal' as const, responsibleLabel: '被检查党组织“一把手”（整改第一责任人）', counterpartLabel: '无' };

/** The template of a milestone duty under a regime, for a finding or a recommendation. */
export function milestoneTemplate(regime: RegimeId, kind: RectificationKind, milestone: Milestone): PackTemplate {
  const clauses = CLAUSES[regime];
  const own = cite(regime, kind === 'recommendation' ? clauses.recommendation : clauses.finding);
  switch (milestone) {
    case 'plan':
      return template('rectification-plan', { title: '报送整改方案', kind: 'report', ...PRINCIPAL, evidence: ['file'], defaulted: RECTIFICATION_DEFAULTS_NOTE, citations: own });
    case 'progress':
      return template('rectification-progress', { title: '报告整改进展情况', kind: 'report', ...PRINCIPAL, evidence: ['note'], defaulted: RECTIFICATION_DEFAULTS_NOTE, citations: own });
    case 'report':
      return kind === 'recommendation'
        ? template('recommendation-answer', { title: '反馈纪检监察建议落实情况', kind: 'report', ...PRINCIPAL, responsibleLabel: '被建议党组织“一把手”', evidence: ['file'], defaulted: null, citations: own })
        : template('rectification-report', { title: '报送整改完成情况报告', kind: 'report', ...PRINCIPAL, evidence: ['file'], defaulted: null, citations: own });
    case 'visit':
      return template(kind === 'recommendation' ? 'recommendation-visit' : 'rectification-visit', {
        title: kind === 'recommendation' ? '纪检监察建议落实情况回访' : '整改情况回访',
        kind: 'inspection',
        responsibleRole: 'discipline_secretary',
        responsibleLabel: '监督单位（纪检监察机构、组织部门或巡视巡察工作机构）',
        counterpartLabel: '整改单位“一把手”',
        evidence: ['heldOn', 'note'],
        defaulted: RECTIFICATION_DEFAULTS_NOTE,
        citations: kind === 'recommendation' ? own : cite(regime, [...clauses.finding, ...clauses.recommendation.filter(([c]) => !clauses.finding.some(([f]) => f === c))]),
      });
    case 'admonition':
      return template('rectification-admonition', {
        title: '整改不到位约谈',
        kind: 'talk',
        responsibleRole: 'principal',
        responsibleLabel: '上级党组织分管领导（未登记分管关系时为上级“一把手”）',
        counterpartLabel: '问题较为突出和整改不到位的下级“一把手”',
        evidence: ['heldOn', 'counterpart', 'note'],
        defaulted: clauses.admonition ? '原文为“及时”，未规定时限，默认 15 日内' : '本制度未规定整改不到位约谈，产品按北京第（二十五）条、安徽第（二十四）条的做法默认由上级约谈，15 日内',
        citations: cite(regime, clauses.admonition ?? [LATE_CLAUSES[regime]]),
      });
    case 'correction':
      return template('recommendation-correction', {
        title: '责令改正并通报批评',
        kind: 'report',
        responsibleRole: 'principal',
        responsibleLabel: '被建议党组织的上级党组织',
        counterpartLabel: '不按时反馈纪检监察建议落实情况的下级党组织',
        evidence: ['note'],
        defaulted: regime === 'anhui-2022' ? '原文未规定时限，默认 15 日内' : '本制度未规定责令改正程序，产品按安徽第（二十五）条的做法默认，15 日内',
        citations: cite(regime, [CORRECTION_CLAUSES[regime]]),
      });
  }
}

/** Every milestone template of every regime: the duty view finds a milestone duty's template among them. */
export function allMilestoneTemplates(): PackTemplate[] {
  const regimes = Object.keys(DOCUMENTS) as RegimeId[];
  return regimes.flatMap((regime) => (['finding', 'recommendation'] as const).flatMap((kind) => MILESTONES.map((m) => milestoneTemplate(regime, kind, m))));
}

/** How long the admonition talk and the order to correct may take (the texts say 及时): a product default. */
export const ADMONITION_WITHIN = 'P15D';

/**
 * Milestone duties are keyed `rect:<rectification id>:<milestone>[:<n>]`: the plan, each progress report by
 * its number, the report and visit by round (a visit that reopens starts a new round), the talk and the order once.
 */
export function milestonePeriodKey(rectificationId: string, milestone: Milestone, n?: number): string {
  return n === undefined ? `rect:${rectificationId}:${milestone}` : `rect:${rectificationId}:${milestone}:${n}`;
}

export function parseMilestonePeriodKey(periodKey: string): { rectificationId: string; milestone: Milestone; n: number | null } | null {
  const match = /^rect:([0-9a-f-]{36}):([a-z]+)(?::(\d+))?$/.exec(periodKey);
  if (!match || !(MILESTONES as readonly string[]).includes(match[2])) return null;
  return { rectificationId: match[1], milestone: match[2] as Milestone, n: match[3] === undefined ? null : Number(match[3]) };
}
