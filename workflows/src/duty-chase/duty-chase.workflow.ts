import { ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { ChaseActivities, ChaseDecision, ChasePolicy, DecisionOutcome, planChase } from '@duban/domain';
import {
  ChaseState,
  chaseStateQuery,
  DecideEscalationInput,
  decideEscalationUpdate,
  dutyCancelledSignal,
  dutyCompletedSignal,
} from './duty-chase.messages';

export interface DutyChaseInput {
  dutyId: string;
  /** The instant the duty falls due (ISO). */
  dueAt: string;
  policy: ChasePolicy;
  timeZone: string;
}

export interface DutyChaseResult {
  dutyId: string;
  closedBy: 'completed' | 'cancelled';
}

const activities = proxyActivities<ChaseActivities>({
  startToCloseTimeout: '1 minute',
  // A mail server or database that is down delays a step; it never loses it.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * Chases one duty: reminders before the due date, overdue notice on it, a proposed escalation after the
 * grace period, then the supervisor's decision (approve, reject, new date) or, unanswered, escalation on
 * its own. Ends when the duty is completed or cancelled.
 */
export async function dutyChaseWorkflow(input: DutyChaseInput): Promise<DutyChaseResult> {
  const state: ChaseState = { phase: 'waiting', dueAt: input.dueAt, round: 0, pendingProposalId: null };
  let closedBy: DutyChaseResult['closedBy'] | null = null;
  let decision: DecideEscalationInput | null = null;
  const outcomes = new Map<string, DecisionOutcome>();

  setHandler(chaseStateQuery, () => state);
  setHandler(dutyCompletedSignal, () => {
    closedBy ??= 'completed';
  });
  setHandler(dutyCancelledSignal, () => {
    closedBy ??= 'cancelled';
  });
  setHandler(
    decideEscalationUpdate,
    async (request) => {
      decision = request;
      await condition(() => outcomes.has(request.proposalId));
      return outcomes.get(request.proposalId)!;
    },
    {
      validator: (request) => {
        if (outcomes.has(request.proposalId) || (decision && decision.proposalId === request.proposalId)) {
          refuse('AlreadyDecided', '该升级建议已有决定，不能重复决定');
        }
        if (closedBy) refuse('DutyClosed', '该事项已完成或已取消，无需再作决定');
        if (!state.pendingProposalId) refuse('NoPendingProposal', '该事项当前没有待审批的升级建议');
        if (request.proposalId !== state.pendingProposalId) refuse('ProposalMismatch', '该升级建议已不是当前待审批的建议');
      },
    },
  );

  const closed = () => closedBy !== null;
  /** Sleeps until `at` (epoch ms) unless the duty closes first; true when it closed. */
  const closedBefore = async (at: number): Promise<boolean> => {
    // Date.now() inside a workflow is Temporal's deterministic workflow clock, not the machine's.
    const wait = at - Date.now();
    if (wait > 0) await condition(closed, wait);
    return closed();
  };
  const finish = (): DutyChaseResult => {
    state.phase = 'closed';
    return { dutyId: input.dutyId, closedBy: closedBy ?? 'completed' };
  };

  for (;;) {
    const plan = planChase({ dueAt: state.dueAt, policy: input.policy, now: Date.now(), round: state.round, zone: input.timeZone });

    for (const reminder of plan.reminders) {
      if (await closedBefore(reminder.at)) return finish();
      if (!(await activities.sendReminder({ dutyId: input.dutyId, stepKey: reminder.key, at: new Date(reminder.at).toISOString() })).open) return finish();
    }

    if (await closedBefore(plan.dueAt)) return finish();
    if (!(await activities.markOverdue({ dutyId: input.dutyId, round: state.round })).open) return finish();
    state.phase = 'overdue';

    if (await closedBefore(plan.proposeAt)) return finish();
    const decidesBy = new Date(plan.proposeAt + plan.approvalTimeoutMs).toISOString();
    const proposal = await activities.proposeEscalation({ dutyId: input.dutyId, round: state.round, level: 1, decidesBy });
    if (!proposal.open || !proposal.proposalId) return finish();
    state.pendingProposalId = proposal.proposalId;
    state.phase = 'awaiting_decision';

    const answered = await condition(() => decision !== null || closed(), Date.parse(decidesBy) - Date.now());
    if (closed() && decision === null) {
      await activities.withdrawProposal({ dutyId: input.dutyId, proposalId: proposal.proposalId });
      return finish();
    }
    const taken: ChaseDecision = answered && decision ? stripProposal(decision) : { kind: 'timeout' };
    if (!answered) decision = { kind: 'approve', actorPersonId: 'system', proposalId: proposal.proposalId };
    const outcome = await activities.applyDecision({ dutyId: input.dutyId, proposalId: proposal.proposalId, decision: taken });
    outcomes.set(proposal.proposalId, outcome);
    state.pendingProposalId = null;
    decision = null;

    if (outcome.status === 'extended' && outcome.newDueAt) {
      state.dueAt = outcome.newDueAt;
      state.round += 1;
      state.phase = 'waiting';
      continue;
    }

    state.phase = outcome.status === 'rejected' ? 'rejected' : 'escalated';
    await condition(closed);
    return finish();
  }
}

function stripProposal({ proposalId: _proposalId, ...decision }: DecideEscalationInput): ChaseDecision {
  return decision;
}

function refuse(type: string, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}
