import { DateTime } from 'luxon';
import { parseIsoDuration } from '../time/iso-duration';
import { DEFAULT_TIME_ZONE } from '../time/zone';
import { planChase } from './chase-plan';
import { ChasePolicy, escalationLadder } from './chase-policy';

/** Where a duty's chase stands; small, serialisable, carried across continue-as-new. */
export interface ChaseProgress {
  dueAt: string;
  /** 0 for the first due date, +1 for every new date granted. */
  round: number;
  /** Workflow-clock epoch ms when this round began (late reminders are measured from it). */
  roundStartedAt: number;
  acknowledged: boolean;
  acknowledgeRequestsSent: number;
  remindersSent: string[];
  overdueNotified: boolean;
  overdueRemindersSent: number;
  /** Highest escalation level handled (went out, or was rejected); 0 before the first. */
  escalatedLevel: number;
  pending: { proposalId: string; level: number; decidesBy: number } | null;
}

export type ChaseStep =
  | { kind: 'acknowledge_request'; key: string; at: number; n: number }
  | { kind: 'reminder'; key: string; at: number; offset: string }
  | { kind: 'overdue'; key: string; at: number }
  | { kind: 'overdue_reminder'; key: string; at: number; n: number }
  | { kind: 'propose'; key: string; at: number; level: number; decidesBy: number }
  | { kind: 'escalate'; key: string; at: number; level: number }
  | { kind: 'approval_timeout'; key: string; at: number; level: number; proposalId: string };

export function initialProgress(dueAt: string, startedAt: number): ChaseProgress {
  return {
    dueAt,
    round: 0,
    roundStartedAt: startedAt,
    acknowledged: false,
    acknowledgeRequestsSent: 0,
    remindersSent: [],
    overdueNotified: false,
    overdueRemindersSent: 0,
    escalatedLevel: 0,
    pending: null,
  };
}

export interface ScheduleContext {
  policy: ChasePolicy;
  /** Reminders that would fall before the period began are skipped (an offset longer than the period). */
  periodStart?: string;
  zone?: string;
}

/**
 * The next thing the chase must do, and when: the earliest of the acknowledgement requests, the reminder
 * ladder, the overdue notice, the overdue reminders, and the next escalation level (or the timeout of the
 * pending proposal). Null when nothing is left to do but wait for the duty to be closed.
 */
export function nextChaseStep(progress: ChaseProgress, { policy, periodStart, zone = DEFAULT_TIME_ZONE }: ScheduleContext): ChaseStep | null {
  const due = DateTime.fromISO(progress.dueAt, { zone });
  const dueMs = due.toMillis();
  const prefix = progress.round > 0 ? `r${progress.round}:` : '';
  const candidates: ChaseStep[] = [];

  if (!progress.acknowledged && policy.acknowledgeReminderInterval && progress.round === 0) {
    const n = progress.acknowledgeRequestsSent;
    const at = DateTime.fromMillis(progress.roundStartedAt, { zone }).plus(parseIsoDuration(policy.acknowledgeReminderInterval).mapUnits((x) => x * n)).toMillis();
    if (at < dueMs) candidates.push({ kind: 'acknowledge_request', key: `acknowledge:${n}`, at, n });
  }

  const notBefore = progress.round === 0 && periodStart ? DateTime.fromISO(periodStart).toMillis() : -Infinity;
  const plan = planChase({ dueAt: progress.dueAt, policy: { ...policy, reminderOffsets: policy.reminderOffsets.filter((o) => due.minus(parseIsoDuration(o)).toMillis() >= notBefore) }, now: progress.roundStartedAt, round: progress.round, zone });
  const reminder = plan.reminders.find((r) => !progress.remindersSent.includes(r.key));
  if (reminder) candidates.push({ kind: 'reminder', key: reminder.key, at: reminder.at, offset: reminder.offset });

  if (!progress.overdueNotified) {
    candidates.push({ kind: 'overdue', key: `${prefix}overdue`, at: dueMs });
  } else if (policy.overdueReminderInterval) {
    const n = progress.overdueRemindersSent + 1;
    const at = due.plus(parseIsoDuration(policy.overdueReminderInterval).mapUnits((x) => x * n)).toMillis();
    candidates.push({ kind: 'overdue_reminder', key: `${prefix}overdue-reminder:${n}`, at, n });
  }

  const ladder = escalationLadder(policy);
  if (progress.pending) {
    const { level, decidesBy, proposalId } = progress.pending;
    candidates.push({ kind: 'approval_timeout', key: `${prefix}l${level}:timeout`, at: decidesBy, level, proposalId });
  } else if (progress.overdueNotified && progress.escalatedLevel < ladder.length) {
    const level = progress.escalatedLevel + 1;
    const spec = ladder[level - 1];
    const at = due.plus(parseIsoDuration(spec.after)).toMillis();
    if (spec.requiresApproval) {
      const decidesBy = DateTime.fromMillis(at, { zone }).plus(parseIsoDuration(policy.approvalTimeout)).toMillis();
      candidates.push({ kind: 'propose', key: `${prefix}l${level}:proposed`, at, level, decidesBy });
    } else {
      candidates.push({ kind: 'escalate', key: `${prefix}l${level}:escalated`, at, level });
    }
  }

  return candidates.reduce<ChaseStep | null>((next, step) => (next === null || step.at < next.at ? step : next), null);
}

/** The progress after `step` was carried out. */
export function afterStep(progress: ChaseProgress, step: ChaseStep, proposalId?: string): ChaseProgress {
  switch (step.kind) {
    case 'acknowledge_request':
      return { ...progress, acknowledgeRequestsSent: step.n + 1 };
    case 'reminder':
      return { ...progress, remindersSent: [...progress.remindersSent, step.key] };
    case 'overdue':
      return { ...progress, overdueNotified: true };
    case 'overdue_reminder':
      return { ...progress, overdueRemindersSent: step.n };
    case 'propose':
      return proposalId ? { ...progress, pending: { proposalId, level: step.level, decidesBy: step.decidesBy } } : progress;
    case 'escalate':
    case 'approval_timeout':
      return { ...progress, pending: null, escalatedLevel: step.level };
  }
}

/** A decision (approval or rejection) closes the pending level; the ladder goes on from there. */
export function afterDecision(progress: ChaseProgress): ChaseProgress {
  return progress.pending ? { ...progress, pending: null, escalatedLevel: progress.pending.level } : progress;
}

/** A new due date: a fresh round with its own reminders, notices and ladder. */
export function newRound(progress: ChaseProgress, dueAt: string, now: number): ChaseProgress {
  return {
    ...initialProgress(dueAt, now),
    round: progress.round + 1,
    acknowledged: progress.acknowledged,
    acknowledgeRequestsSent: progress.acknowledgeRequestsSent,
  };
}

/**
 * The progress under a changed policy, applied at `now`: reminders of the new ladder that would already
 * have gone out are counted as sent (nobody gets a burst of stale reminders); a new due date starts a
 * fresh round, as an extension does.
 */
export function afterPolicyChange(progress: ChaseProgress, policy: ChasePolicy, dueAt: string, now: number, zone: string = DEFAULT_TIME_ZONE): ChaseProgress {
  if (dueAt !== progress.dueAt) return newRound(progress, dueAt, now);
  const plan = planChase({ dueAt: progress.dueAt, policy, now: progress.roundStartedAt, round: progress.round, zone });
  const passed = plan.reminders.filter((r) => r.at <= now && !progress.remindersSent.includes(r.key)).map((r) => r.key);
  return passed.length > 0 ? { ...progress, remindersSent: [...progress.remindersSent, ...passed] } : progress;
}
