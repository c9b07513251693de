import type { Citation, RegimeId } from '../packs/citation';

/**
 * 评议 of a 述责述廉: which regimes have the supervising body record a 评议 result on a leader's yearly
 * `accountability-statement` duty, by which clause, and with which grades.
 *
 * - 常州工学院 第 7 项（述职述责述廉和评议考核）: “听取……报告，并进行评议，评议结果纳入综合考核”.
 * - 山西 第（五）条: the 一把手 “进行述责述廉……并接受评议”.
 * - 中央《意见》第（七）条: “开展下级‘一把手’在上级党委常委会（党组）扩大会议上述责述廉、接受评议工作”.
 * - 北京 第（十一）条 and 安徽 第（九）条 put the 评议 on the live presentations only (“现场述责述廉、接受评议”);
 *   their `accountability-statement` is the written one (书面述责述廉全覆盖), which takes no 评议 result.
 *
 * None of the documents names the grades of a 评议. The four below are the ones such 评议 commonly use; they are a
 * product default, said so wherever they are shown (`gradesDefaulted`).
 */
export const APPRAISAL_GRADES = ['好', '较好', '一般', '差'] as const;
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number];

export const APPRAISAL_GRADES_DEFAULTED = '原文只规定“接受评议”“进行评议”，未规定评议等次；默认好、较好、一般、差四等';

export const APPRAISED_TEMPLATE_ID = 'accountability-statement';

export interface AppraisalRule {
  regime: RegimeId;
  document: string;
  clause: string;
  quote: string;
}

const APPRAISAL_RULES: Partial<Record<RegimeId, AppraisalRule>> = {
  'czu-2022': {
    regime: 'czu-2022',
    document: '《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》',
    clause: '第 7 项',
    quote: '每年定期召开专题会议听取“一把手”……情况报告，并进行评议，评议结果纳入综合考核',
  },
  'shanxi-school-2022': {
    regime: 'shanxi-school-2022',
    document: '《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》',
    clause: '第（五）条',
    quote: '学校“一把手”每年年底或次年年初……进行述责述廉……并接受评议',
  },
  'central-2021': {
    regime: 'central-2021',
    document: '《中共中央关于加强对“一把手”和领导班子监督的意见》',
    clause: '第（七）条',
    quote: '开展下级“一把手”在上级党委常委会（党组）扩大会议上述责述廉、接受评议工作',
  },
};

/** Why a regime's written 述责述廉 takes no 评议 result. */
const WRITTEN_ONLY: Partial<Record<RegimeId, string>> = {
  'beijing-2021': '北京市《若干措施》第（十一）条只对在上级党委常委会（党组）扩大会议上现场述责述廉的“一把手”“接受评议”，书面述责述廉不作评议',
  'anhui-2022': '安徽省《若干措施》第（九）条只对在上级党委常委会（党组）扩大会议上现场述责述廉的“一把手”“接受评议”，书面述责述廉不作评议',
};

export type AppraisalApplicability = { applies: true; rule: AppraisalRule } | { applies: false; reason: string };

/** Whether a duty (its template and the clauses it cites) takes a 评议 result, and by which clause. */
export function appraisalApplies(templateId: string, citations: readonly Citation[]): AppraisalApplicability {
  if (templateId !== APPRAISED_TEMPLATE_ID) return { applies: false, reason: '只有述责述廉事项可以记录评议结果' };
  const regime = citations[0]?.regime;
  const rule = regime ? APPRAISAL_RULES[regime] : undefined;
  if (rule) return { applies: true, rule };
  return { applies: false, reason: (regime && WRITTEN_ONLY[regime]) ?? '该事项所依据的制度没有评议的规定' };
}

export function isAppraisalGrade(value: string): value is AppraisalGrade {
  return (APPRAISAL_GRADES as readonly string[]).includes(value);
}
