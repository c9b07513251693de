import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE } from '../time/zone';
import { isoDurationToMillis, parseIsoDuration } from '../time/iso-duration';
import { ChasePolicy } from './chase-policy';

export interface ReminderStep {
  /** Stable key of this step for idempotent sending: one email per (duty, key, recipient). */
  key: string;
  /** Epoch milliseconds at which the reminder goes out. */
  at: number;
  offset: string;
}

export interface ChasePlan {
  reminders: ReminderStep[];
  dueAt: number;
  proposeAt: number;
  approvalTimeoutMs: number;
}

export interface ChasePlanInput {
  /** The moment the duty falls due (ISO instant). */
  dueAt: string;
  policy: ChasePolicy;
  /** Current time in epoch milliseconds (the workflow's deterministic clock). */
  now: number;
  /** 0 for the first due date, +1 for every granted extension, so a new date gets its own reminders. */
  round?: number;
  zone?: string;
}

/**
 * The reminder ladder of one due date. Offsets are calendar offsets in the organization's zone
 * (P1M before 31 March is 28 or 29 February). Reminders already in the past are dropped, except the
 * latest of them while the duty is not yet due: a duty created late still gets one reminder at once.
 */
export function planChase({ dueAt, policy, now, round = 0, zone = DEFAULT_TIME_ZONE }: ChasePlanInput): ChasePlan {
  const due = DateTime.fromISO(dueAt, { zone });
  if (!due.isValid) throw new RangeError(`截止时间无效：${dueAt}`);
  const dueMs = due.toMillis();
  const prefix = round > 0 ? `r${round}:` : '';

  const byTime = new Map<number, ReminderStep>();
  for (const offset of policy.reminderOffsets) {
    const at = due.minus(parseIsoDuration(offset)).toMillis();
    if (!byTime.has(at)) byTime.set(at, { key: `${prefix}reminder:${offset}`, at, offset });
  }
  const all = [...byTime.values()].sort((a, b) => a.at - b.at);
  const future = all.filter((step) => step.at > now);
  const passed = all.filter((step) => step.at <= now);
  const reminders = passed.length > 0 && dueMs > now ? [{ ...passed[passed.length - 1], at: now }, ...future] : future;

  return {
    reminders: reminders.filter((step) => step.at < dueMs),
    dueAt: dueMs,
    proposeAt: due.plus(parseIsoDuration(policy.gracePeriod)).toMillis(),
    approvalTimeoutMs: isoDurationToMillis(policy.approvalTimeout),
  };
}
