import { IsoDuration, isIsoDuration } from '../time/iso-duration';

/** How a duty is chased: reminders before the due date, grace after it, and how long a proposal waits. */
export interface ChasePolicy {
  /** Reminder offsets before the due date, e.g. ['P30D', 'P7D', 'P1D']. */
  reminderOffsets: IsoDuration[];
  /** After the due date, how long before an escalation to the higher body is proposed. */
  gracePeriod: IsoDuration;
  /** How long a proposed escalation waits for a supervisor before it escalates on its own. */
  approvalTimeout: IsoDuration;
}

/** Product defaults where a document fixes no number (marked as such in every template that uses them). */
export const DEFAULT_CHASE_POLICY: ChasePolicy = {
  reminderOffsets: ['P30D', 'P7D', 'P1D'],
  gracePeriod: 'P15D',
  approvalTimeout: 'P7D',
};

/** Field-level problems of a policy, in Chinese, empty when valid. */
export function validateChasePolicy(policy: ChasePolicy): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  policy.reminderOffsets.forEach((offset, i) => {
    if (!isIsoDuration(offset)) problems.push({ field: `reminderOffsets[${i}]`, reason: `不是合法的 ISO-8601 时长：${offset}` });
  });
  if (!isIsoDuration(policy.gracePeriod)) problems.push({ field: 'gracePeriod', reason: `不是合法的 ISO-8601 时长：${policy.gracePeriod}` });
  if (!isIsoDuration(policy.approvalTimeout)) problems.push({ field: 'approvalTimeout', reason: `不是合法的 ISO-8601 时长：${policy.approvalTimeout}` });
  return problems;
}
