import type { ChaseActivities, ChaseDecision, DecisionOutcome, StepResult } from '@duban/contracts';
import { Context } from '@temporalio/activity';

type Name = keyof ChaseActivities;
type Input<K extends Name> = Parameters<ChaseActivities[K]>[0];
type Output<K extends Name> = Awaited<ReturnType<ChaseActivities[K]>>;

/** One activity call as the workflow made it. */
export interface ActivityCall<K extends Name = Name> {
  name: K;
  input: Input<K>;
  /** When the workflow scheduled this attempt, on the workflow clock (the time-skipping server's). */
  at: number;
  attempt: number;
  runId: string;
}

/** What a mock does instead of the default (everything open; a proposal named after its round and level). */
export type Behaviour = { [K in Name]?: (input: Input<K>, call: ActivityCall<K>) => Output<K> | Promise<Output<K>> };

const OPEN: StepResult = { open: true };
const STATUS: Record<ChaseDecision['kind'], DecisionOutcome['status']> = { approve: 'approved', reject: 'rejected', extend: 'extended', timeout: 'auto_escalated' };

/** The decision carried out as the real activity reports it (status, new date, one warning notice number). */
export function outcomeOf(proposalId: string, decision: ChaseDecision): DecisionOutcome {
  const status = STATUS[decision.kind];
  return {
    proposalId,
    status,
    notified: status === 'rejected' ? 0 : 2,
    ...(decision.kind === 'extend' ? { newDueAt: decision.newDueAt } : {}),
    ...(status === 'approved' || status === 'auto_escalated' ? { noticeNumber: `预警-${proposalId}` } : {}),
  };
}

const DEFAULTS: { [K in Name]: (input: Input<K>) => Output<K> } = {
  requestAcknowledgement: () => OPEN,
  sendReminder: () => OPEN,
  markOverdue: () => OPEN,
  proposeEscalation: ({ round, level }) => ({ open: true, proposalId: `p-r${round}-l${level}` }),
  escalateDirectly: () => OPEN,
  applyDecision: ({ proposalId, decision }) => outcomeOf(proposalId, decision),
  withdrawProposal: () => undefined,
  applyNewDueDate: () => OPEN,
  notifyReassignment: () => OPEN,
  notifyExtensionRequest: () => OPEN,
  reopenChase: ({ returnSeq }) => ({ open: true, round: 10 * returnSeq, acknowledged: true }),
};

/**
 * Hand-written stand-ins for the chase's activities: each records how it was called (with the workflow-clock
 * moment and the attempt) and answers as the real one would, or as `behaviour` says for this test.
 */
export function mockChaseActivities(behaviour: Behaviour = {}) {
  const calls: ActivityCall[] = [];
  const mock = <K extends Name>(name: K) =>
    async (input: Input<K>): Promise<Output<K>> => {
      const { info } = Context.current();
      const call: ActivityCall<K> = { name, input, at: info.currentAttemptScheduledTimestampMs, attempt: info.attempt, runId: info.workflowExecution?.runId ?? '' };
      calls.push(call as ActivityCall);
      const custom = behaviour[name] as ((input: Input<K>, call: ActivityCall<K>) => Output<K> | Promise<Output<K>>) | undefined;
      return custom ? custom(input, call) : DEFAULTS[name](input);
    };
  const activities = Object.fromEntries((Object.keys(DEFAULTS) as Name[]).map((name) => [name, mock(name)])) as unknown as ChaseActivities;
  return {
    activities,
    calls,
    of: <K extends Name>(name: K) => calls.filter((c): c is ActivityCall<K> => c.name === name),
  };
}

/** Activities that hand each call to the mocks the running test set: one worker serves a whole test file. */
export function forwardingActivities(current: () => ChaseActivities): ChaseActivities {
  const forward = (name: Name) => (input: never) => (current()[name] as (input: never) => Promise<unknown>)(input);
  return Object.fromEntries((Object.keys(DEFAULTS) as Name[]).map((name) => [name, forward(name)])) as unknown as ChaseActivities;
}

const HOUR = 3_600_000;

/**
 * The calls as one line each — the activity, what makes the step this step, and when relative to `origin` in
 * whole hours (the workflow clock moves on by milliseconds while a task runs): `markOverdue r0 @0h`.
 */
export function timeline(calls: ActivityCall[], origin: number): string[] {
  return calls.map((call) => `${call.name} ${describe(call)} @${Math.round((call.at - origin) / HOUR)}h`);
}

function describe(call: ActivityCall): string {
  const input = call.input as Record<string, unknown>;
  switch (call.name) {
    case 'requestAcknowledgement':
    case 'sendReminder':
    case 'notifyReassignment':
      return String(input.stepKey);
    case 'markOverdue':
      return `r${input.round}`;
    case 'proposeEscalation':
    case 'escalateDirectly':
      return `r${input.round} l${input.level}`;
    case 'applyDecision':
      return `${(input.decision as ChaseDecision).kind} ${input.proposalId}`;
    case 'withdrawProposal':
      return String(input.proposalId);
    case 'applyNewDueDate':
      return String(input.requestId);
    case 'notifyExtensionRequest':
      return `${input.requestId} ${input.event}`;
    case 'reopenChase':
      return `returned:${input.returnSeq}`;
  }
}
