import { Duration } from 'luxon';
import { isRole, Role, ROLES } from '../organizations/role';
import { IsoDuration, isIsoDuration, isoDurationProblem, parseIsoDuration } from '../time/iso-duration';

/**
 * Who is told at an escalation level: a role in the responsible organization (`self`), its parent or its
 * grandparent, or the stationed supervision group (驻X纪检监察组) that oversees it.
 */
export type Audience = `${'self' | 'parent' | 'grandparent'}:${Role}` | 'stationed_group';

export interface EscalationLevel {
  /** Delay after the due date before this level is proposed (or goes out, without approval). */
  after: IsoDuration;
  notify: Audience[];
  /** When true a supervisor approves, rejects or grants a new date before it goes out. */
  requiresApproval: boolean;
}

/** How a duty is chased: reminders, acknowledgement, overdue notices and the escalation ladder. */
export interface ChasePolicy {
  /** Reminder offsets before the due date, e.g. ['P30D', 'P7D', 'P1D']. */
  reminderOffsets: IsoDuration[];
  /** Delay of the first escalation level when `escalation` is not given. */
  gracePeriod: IsoDuration;
  /** How long a proposed escalation waits for a supervisor before it escalates on its own. */
  approvalTimeout: IsoDuration;
  /** After the due date, remind the responsible leader every interval until done (null: never). */
  overdueReminderInterval?: IsoDuration | null;
  /** Until acknowledged (签收), ask for acknowledgement every interval (null: never ask). */
  acknowledgeReminderInterval?: IsoDuration | null;
  /** Within this window before the due date a duty shows 黄 (yellow). */
  warningWindow?: IsoDuration;
  /** Escalation levels, climbed one by one while the duty stays undone. */
  escalation?: EscalationLevel[];
}

/** Product defaults where a document fixes no number (marked as such in every template that uses them). */
export const DEFAULT_CHASE_POLICY: ChasePolicy = {
  reminderOffsets: ['P30D', 'P7D', 'P1D'],
  gracePeriod: 'P15D',
  approvalTimeout: 'P7D',
  overdueReminderInterval: 'P7D',
  acknowledgeReminderInterval: 'P3D',
  warningWindow: 'P7D',
};

export const DEFAULT_WARNING_WINDOW = 'P7D';

export function warningWindowOf(policy: ChasePolicy): IsoDuration {
  return policy.warningWindow ?? DEFAULT_WARNING_WINDOW;
}

/**
 * The ladder in force: the policy's own, or the default “一级抓一级” ladder — the parent's 一把手 and
 * 纪委书记 after the grace period, then the grandparent's after three times the grace period, each with
 * a supervisor's approval.
 */
export function escalationLadder(policy: ChasePolicy): EscalationLevel[] {
  if (policy.escalation && policy.escalation.length > 0) return policy.escalation;
  const grace = parseIsoDuration(policy.gracePeriod);
  const tripled = Duration.fromObject(grace.mapUnits((x) => x * 3).toObject()).toISO()!;
  return [
    { after: policy.gracePeriod, notify: ['parent:principal', 'parent:discipline_secretary'], requiresApproval: true },
    { after: tripled, notify: ['grandparent:principal', 'grandparent:discipline_secretary'], requiresApproval: true },
  ];
}

/** Every audience there is (for the OpenAPI document's enum): each role of self, parent, grandparent; the stationed group. */
export const AUDIENCES: readonly Audience[] = [...['self', 'parent', 'grandparent'].flatMap((scope) => ROLES.map((role) => `${scope}:${role}` as Audience)), 'stationed_group'];

/** The keys of an escalation level; any other key is refused. */
export const ESCALATION_LEVEL_KEYS: readonly string[] = ['after', 'notify', 'requiresApproval'];

export function isAudience(value: unknown): value is Audience {
  if (value === 'stationed_group') return true;
  if (typeof value !== 'string') return false;
  const [scope, role] = value.split(':');
  return ['self', 'parent', 'grandparent'].includes(scope) && isRole(role);
}

/** Field-level problems of a policy, in Chinese, empty when valid. */
export function validateChasePolicy(policy: ChasePolicy): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const duration = (field: string, value: unknown) => {
    const problem = isoDurationProblem(value);
    if (problem) problems.push({ field, reason: problem });
  };
  policy.reminderOffsets.forEach((offset, i) => duration(`reminderOffsets[${i}]`, offset));
  duration('gracePeriod', policy.gracePeriod);
  /** Repeating intervals and waits must be longer than zero, or the chase would loop without pause. */
  const positive = (field: string, value: unknown) => {
    duration(field, value);
    if (isIsoDuration(value) && parseIsoDuration(value).as('milliseconds') <= 0) problems.push({ field, reason: '必须大于零' });
  };
  positive('approvalTimeout', policy.approvalTimeout);
  for (const key of ['overdueReminderInterval', 'acknowledgeReminderInterval'] as const) {
    if (policy[key] != null) positive(key, policy[key]);
  }
  if (policy.warningWindow != null) duration('warningWindow', policy.warningWindow);
  let previous = -1;
  (policy.escalation ?? []).forEach((level, i) => {
    for (const key of Object.keys(level)) {
      if (!ESCALATION_LEVEL_KEYS.includes(key)) problems.push({ field: `escalation[${i}].${key}`, reason: `未知的字段（每级只有 ${ESCALATION_LEVEL_KEYS.join('、')}）` });
    }
    if (typeof level.requiresApproval !== 'boolean') problems.push({ field: `escalation[${i}].requiresApproval`, reason: '必须是 true 或 false' });
    duration(`escalation[${i}].after`, level.after);
    if (level.notify.length === 0) problems.push({ field: `escalation[${i}].notify`, reason: '至少要有一个接收对象' });
    level.notify.forEach((a, j) => {
      if (!isAudience(a)) problems.push({ field: `escalation[${i}].notify[${j}]`, reason: `无效的接收对象：${String(a)}（如 parent:principal、grandparent:discipline_secretary、stationed_group）` });
    });
    if (isIsoDuration(level.after)) {
      const ms = parseIsoDuration(level.after).as('milliseconds');
      if (ms <= previous) problems.push({ field: `escalation[${i}].after`, reason: '各级升级的时间必须逐级递增' });
      previous = ms;
    }
  });
  return problems;
}
