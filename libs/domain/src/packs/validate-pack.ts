import { isAudience } from '../chase/chase-policy';
import type { ObligationKind, RegimeId } from './citation';
import { isIncidentKind } from '../events/incident-kind';
import { isRole } from '../organizations/role';
import { isCalendarDate } from '../time/calendar-date';
import { isoDurationProblem } from '../time/iso-duration';
import type { PackCadence, PackEvidence, PackFanOut, TriggerEvent } from './pack.types';

/** One problem of a pack: the template (null for the pack itself), the field and why, in Chinese. */
export interface PackProblem {
  template: string | null;
  field: string;
  reason: string;
}

export const REGIME_IDS: readonly RegimeId[] = ['central-2021', 'beijing-2021', 'anhui-2022', 'shanxi-school-2022', 'czu-2022'];
/** Months in one period of each periodic cadence (a party committee's term is five years). */
export const PERIOD_MONTHS: Readonly<Record<Exclude<PackCadence, 'event'>, number>> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12, per_term: 60 };

const KINDS: Record<ObligationKind, true> = { talk: true, report: true, meeting: true, inspection: true, analysis: true, sampling: true, tenure: true };
const FAN_OUTS: Record<PackFanOut, true> = { each_subordinate_principal: true, each_member: true, each_unit_head_under_member: true, each_subordinate_committee: true, none: true };
const TRIGGERS: Record<TriggerEvent, true> = { appointment: true, incident: true, division_change: true, tenure_3y: true, tenure_5y: true, review_feedback: true, inspection_feedback: true };
const EVIDENCE: Record<PackEvidence, true> = { heldOn: true, counterpart: true, note: true, file: true };
const PACK_FIELDS = [['id', 'version', 'title', 'issuer', 'issuedOn', 'templates'], ['extends']];
const TEMPLATE_FIELDS = [
  ['id', 'title', 'kind', 'responsibleRole', 'responsibleLabel', 'counterpartLabel', 'fanOut', 'cadence', 'minPerPeriod', 'dueRule', 'evidence', 'defaulted', 'citations'],
  ['trigger', 'incidentKinds', 'escalation'],
];
const CITATION_FIELDS = [['regime', 'document', 'clause', 'quote'], []];
const DUE_RULE_FIELDS: Record<string, string[]> = { end_of_period: [], months_into_period: ['months'], after_period_end: ['within'], after_event: ['within'] };

type Rec = Record<string, unknown>;
type Add = (field: string, reason: string) => void;
const isObject = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const oneOf = (table: object, v: unknown): boolean => typeof v === 'string' && Object.prototype.hasOwnProperty.call(table, v);

function checkFields(obj: Rec, [required, optional]: string[][], add: Add, prefix = ''): void {
  for (const f of required) if (obj[f] === undefined) add(prefix + f, `缺少必填字段 ${f}`);
  for (const f of Object.keys(obj)) if (!required.includes(f) && !optional.includes(f)) add(prefix + f, `未知字段 ${f}`);
}

function checkText(obj: Rec, fields: string[], add: Add, prefix = ''): void {
  for (const f of fields) if (obj[f] !== undefined && !isText(obj[f])) add(prefix + f, `${f} 必须是非空文字`);
}

function checkDueRule(rule: unknown, cadence: unknown, add: Add): void {
  if (!isObject(rule)) return add('dueRule', 'dueRule 必须是对象');
  const kind = rule.kind;
  if (!oneOf(DUE_RULE_FIELDS, kind)) return add('dueRule.kind', `未知的截止规则：${String(kind)}（可选 end_of_period、months_into_period、after_period_end、after_event）`);
  checkFields(rule, [['kind', ...DUE_RULE_FIELDS[kind as string]], []], add, 'dueRule.');
  const isEvent = cadence === 'event';
  if (isEvent !== (kind === 'after_event')) {
    return add('dueRule.kind', isEvent ? '事件驱动（event）的模板只能用 after_event 截止规则' : '只有事件驱动（event）的模板可以用 after_event 截止规则');
  }
  if (kind === 'months_into_period') {
    const months = PERIOD_MONTHS[cadence as keyof typeof PERIOD_MONTHS];
    const m = rule.months;
    if (typeof m !== 'number' || !Number.isInteger(m) || m <= 0 || (months !== undefined && m > months)) {
      add('dueRule.months', `months 必须是 1 至 ${months ?? '周期月数'} 之间的整数，超出了周期范围：${String(m)}`);
    }
  }
  const withinProblem = kind === 'after_period_end' || kind === 'after_event' ? isoDurationProblem(rule.within) : null;
  if (withinProblem) add('dueRule.within', withinProblem);
}

function checkEscalation(levels: unknown, add: Add): void {
  if (levels === undefined) return;
  if (!Array.isArray(levels) || levels.length === 0) return add('escalation', 'escalation 必须是非空数组（不升级时省略此字段）');
  levels.forEach((level: unknown, i) => {
    const at = `escalation[${i}]`;
    if (!isObject(level)) return add(at, '升级级别必须是对象');
    checkFields(level, [['after', 'notify', 'requiresApproval'], []], add, `${at}.`);
    const afterProblem = isoDurationProblem(level.after);
    if (afterProblem) add(`${at}.after`, afterProblem);
    if (!Array.isArray(level.notify) || level.notify.length === 0) add(`${at}.notify`, '至少要有一个接收对象');
    else level.notify.forEach((a, j) => !isAudience(a) && add(`${at}.notify[${j}]`, `无效的接收对象：${String(a)}`));
    if (typeof level.requiresApproval !== 'boolean') add(`${at}.requiresApproval`, 'requiresApproval 必须是 true 或 false');
  });
}

function checkCitations(citations: unknown, regime: unknown, add: Add): void {
  if (!Array.isArray(citations) || citations.length === 0) return add('citations', '至少需要一条出自本制度文件的引用');
  citations.forEach((c: unknown, i) => {
    const at = `citations[${i}]`;
    if (!isObject(c)) return add(at, '引用必须是对象');
    checkFields(c, CITATION_FIELDS, add, `${at}.`);
    checkText(c, ['clause', 'quote'], add, `${at}.`);
    if (c.regime !== regime) add(`${at}.regime`, `引用了其他制度（${String(c.regime)}），应出自本制度 ${String(regime)}`);
    if (typeof c.document !== 'string' || !/^《.+》$/.test(c.document)) add(`${at}.document`, '文件名必须是用《》括起的完整中文标题');
  });
}

function checkTemplate(t: Rec, regime: unknown, add: Add): void {
  checkFields(t, TEMPLATE_FIELDS, add);
  checkText(t, ['title', 'responsibleLabel', 'counterpartLabel'], add);
  if (typeof t.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.id)) add('id', `模板 id 必须是 kebab-case：${String(t.id)}`);
  if (t.kind !== undefined && !oneOf(KINDS, t.kind)) add('kind', `未知的义务类型：${String(t.kind)}`);
  if (t.responsibleRole !== undefined && !isRole(t.responsibleRole)) add('responsibleRole', `未知的角色：${String(t.responsibleRole)}`);
  if (t.fanOut !== undefined && !oneOf(FAN_OUTS, t.fanOut)) add('fanOut', `未知的分发规则：${String(t.fanOut)}`);
  const cadenceOk = t.cadence === 'event' || oneOf(PERIOD_MONTHS, t.cadence);
  if (t.cadence !== undefined && !cadenceOk) add('cadence', `未知的周期：${String(t.cadence)}`);
  if (t.trigger !== undefined && !oneOf(TRIGGERS, t.trigger)) add('trigger', `未知的触发事件：${String(t.trigger)}`);
  if (t.cadence === 'event' && t.trigger === undefined) add('trigger', '事件驱动（event）的模板必须给出触发事件 trigger');
  if (cadenceOk && t.cadence !== 'event' && t.trigger !== undefined) add('trigger', '只有事件驱动（event）的模板可以有触发事件');
  if (t.incidentKinds !== undefined) {
    if (t.trigger !== 'incident') add('incidentKinds', '只有由事件（incident）触发的模板可以限定事件类型');
    else if (!Array.isArray(t.incidentKinds) || t.incidentKinds.length === 0) add('incidentKinds', 'incidentKinds 必须是非空数组（不限定时省略此字段）');
    else t.incidentKinds.forEach((k, i) => !isIncidentKind(k) && add(`incidentKinds[${i}]`, `未知的事件类型：${String(k)}`));
  }
  const n = t.minPerPeriod;
  if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 1)) add('minPerPeriod', `minPerPeriod 必须是不小于 1 的整数：${String(n)}`);
  if (t.dueRule !== undefined && cadenceOk) checkDueRule(t.dueRule, t.cadence, add);
  if (t.evidence !== undefined) {
    if (!Array.isArray(t.evidence)) add('evidence', 'evidence 必须是数组');
    else t.evidence.forEach((e, i) => !oneOf(EVIDENCE, e) && add(`evidence[${i}]`, `未知的佐证项：${String(e)}`));
  }
  if (t.defaulted !== undefined && t.defaulted !== null && !isText(t.defaulted)) add('defaulted', 'defaulted 必须是说明文字或 null');
  checkEscalation(t.escalation, add);
  if (t.citations !== undefined) checkCitations(t.citations, regime, add);
}

/** Every problem of a policy pack, in Chinese; empty when the pack is valid. */
export function validatePack(pack: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  const addTo = (template: string | null): Add => (field, reason) => problems.push({ template, field, reason });
  const add = addTo(null);
  if (!isObject(pack)) return [{ template: null, field: '', reason: '策略包必须是对象' }];
  checkFields(pack, PACK_FIELDS, add);
  checkText(pack, ['title', 'issuer'], add);
  if (pack.id !== undefined && !REGIME_IDS.includes(pack.id as RegimeId)) add('id', `未知的制度：${String(pack.id)}`);
  if (pack.version !== undefined && !/^\d+\.\d+\.\d+$/.test(String(pack.version))) add('version', `版本号应形如 1.0.0：${String(pack.version)}`);
  if (pack.issuedOn !== undefined && !isCalendarDate(pack.issuedOn)) add('issuedOn', `印发日期应形如 YYYY-MM-DD：${String(pack.issuedOn)}`);
  if (pack.extends !== undefined && (!REGIME_IDS.includes(pack.extends as RegimeId) || pack.extends === pack.id)) add('extends', `无效的上位制度：${String(pack.extends)}`);
  if (pack.templates === undefined) return problems;
  if (!Array.isArray(pack.templates) || pack.templates.length === 0) return [...problems, { template: null, field: 'templates', reason: '至少需要一个模板' }];
  const seen = new Set<string>();
  pack.templates.forEach((t: unknown, i) => {
    if (!isObject(t)) return add(`templates[${i}]`, '模板必须是对象');
    const name = typeof t.id === 'string' ? t.id : `templates[${i}]`;
    if (seen.has(name)) addTo(name)('id', `模板 id 重复：${name}`);
    seen.add(name);
    checkTemplate(t, pack.id, addTo(name));
  });
  return problems;
}
