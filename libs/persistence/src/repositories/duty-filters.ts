import { DEFAULT_WARNING_WINDOW, OPEN_DUTY_STATUSES } from '@duban/domain';
import type { DutyColour } from '@duban/domain';

/**
 * The SQL forms of the duty filters that the list and the dashboard share, so that a figure of the dashboard
 * and the list behind it count the same duties. Each takes the duty's alias (`d`) and, where time matters, the
 * SQL expression of "now" (a parameter).
 */

const OPEN = OPEN_DUTY_STATUSES.map((s) => `'${s}'`).join(', ');

/** Which duties a list keeps: `open` (not completed nor cancelled), `active` (not cancelled: open or completed). */
export const DUTY_STATES = ['open', 'active'] as const;
export type DutyState = (typeof DUTY_STATES)[number];

/** Completed on time: recorded done no later than the due moment in force (after any extension), or late. */
export const DUTY_TIMELINESS = ['on_time', 'late'] as const;
export type DutyTimeliness = (typeof DUTY_TIMELINESS)[number];

/**
 * Duties by their escalation proposals: `any` (at least one, direct escalations included), `pending` (one waits
 * for a decision), `approved` (one went out to the higher body: approved, or sent on timeout or directly),
 * `rejected` (one was rejected).
 */
export const DUTY_ESCALATIONS = ['any', 'pending', 'approved', 'rejected'] as const;
export type DutyEscalation = (typeof DUTY_ESCALATIONS)[number];

const PROPOSAL_STATUSES: Record<DutyEscalation, string | null> = {
  any: null,
  pending: `'pending'`,
  approved: `'approved', 'auto_escalated', 'escalated'`,
  rejected: `'rejected'`,
};

export function dutyStateSql(d: string, state: DutyState): string {
  return state === 'open' ? `${d}.status IN (${OPEN})` : `${d}.status <> 'cancelled'`;
}

/**
 * The duty's colour as `dutyColour` (libs/domain/src/duties/duty-colour.ts) decides it: none once closed; 红 when
 * the chase has gone past pending or the due moment has come; 黄 within the policy's warning window; else 蓝.
 */
export function dutyColourSql(d: string, now: string): string {
  return `(CASE
      WHEN ${d}.status NOT IN (${OPEN}) THEN NULL
      WHEN ${d}.status <> 'pending' OR ${now} >= ${d}.due_at THEN 'red'
      WHEN ${now} >= ${d}.due_at - COALESCE(${d}.policy->>'warningWindow', '${DEFAULT_WARNING_WINDOW}')::interval THEN 'yellow'
      ELSE 'blue' END)`;
}

export function dutyColourIsSql(d: string, now: string, colour: DutyColour): string {
  return `${dutyColourSql(d, now)} = '${colour}'`;
}

export function dutyTimelinessSql(d: string, timeliness: DutyTimeliness): string {
  return `(${d}.status = 'completed' AND ${d}.completed_at ${timeliness === 'on_time' ? '<=' : '>'} ${d}.due_at)`;
}

export function dutyEscalationSql(d: string, escalation: DutyEscalation): string {
  const statuses = PROPOSAL_STATUSES[escalation];
  return `EXISTS (SELECT 1 FROM escalation_proposals dep WHERE dep.duty_id = ${d}.id${statuses ? ` AND dep.status IN (${statuses})` : ''})`;
}
