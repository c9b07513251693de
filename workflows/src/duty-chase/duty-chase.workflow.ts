import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { afterDecision, afterPolicyChange, afterStep, ChasePolicy, ChaseProgress, ChaseStep, escalationLadder, initialProgress, newRound, nextChaseStep } from '@duban/domain/chase';
import {
  ChaseActivities,
  chaseStateQuery,
  DecideEscalationInput,
  decideEscalationUpdate,
  DecisionOutcome,
  dutyAcknowledgedSignal,
  dutyCancelledSignal,
  DutyChaseInput,
  DutyChaseResult,
  dutyCompletedSignal,
  dutyPolicyChangedSignal,
  dutyReassignedSignal,
  extensionRequestSignal,
  GrantExtensionInput,
  grantExtensionUpdate,
} from '@duban/contracts';

type InboxItem =
  | { kind: 'decision'; request: DecideEscalationInput }
  | { kind: 'extension'; request: GrantExtensionInput }
  | { kind: 'reassigned'; personId: string; seq: number }
  | { kind: 'extension_request'; requestId: string; event: 'requested' | 'refused' }
  | { kind: 'policy'; policy: ChasePolicy; dueAt: string };

const activities = proxyActivities<ChaseActivities>({
  startToCloseTimeout: '1 minute',
  // A mail server or database that is down delays a step; it never loses it.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * Chases one duty until it is completed or cancelled: acknowledgement requests, reminders before the due
 * date, the overdue notice, reminders after it, and the escalation ladder level by level — each level
 * proposed to the supervisors (approve, reject, new date; unanswered, it goes out on its own) or sent
 * directly. The schedule itself is pure domain logic (`nextChaseStep`); this function only waits and acts.
 *
 * Duties run for a year or more: a change that alters the commands this function issues for a history
 * already recorded must be guarded with `patched('…')`. test/replay replays recorded histories in CI.
 */
export async function dutyChaseWorkflow(input: DutyChaseInput): Promise<DutyChaseResult> {
  // Date.now() inside a workflow is Temporal's deterministic workflow clock, not the machine's.
  let progress = input.progress ?? initialProgress(input.dueAt, Date.now());
  let closedBy: DutyChaseResult['closedBy'] | null = null;
  const inbox: InboxItem[] = [];
  const decided = new Map<string, DecisionOutcome>();
  /**
   * Proposals decided or being decided (by a supervisor or by the timeout) and grants accepted, so a
   * second decision for the same proposal or request is refused.
   */
  const acceptedDecisions = new Set<string>();
  const acceptedGrants = new Set<string>();
  const extended = new Map<string, { dueAt: string; round: number }>();
  const context = { policy: input.policy, periodStart: input.periodStart, zone: input.timeZone };

  setHandler(chaseStateQuery, () => ({ closed: closedBy !== null, progress }));
  setHandler(dutyCompletedSignal, () => void (closedBy ??= 'completed'));
  setHandler(dutyCancelledSignal, () => void (closedBy ??= 'cancelled'));
  setHandler(dutyAcknowledgedSignal, () => void (progress = { ...progress, acknowledged: true }));
  setHandler(dutyReassignedSignal, ({ personId, seq }) => void inbox.push({ kind: 'reassigned', personId, seq }));
  setHandler(dutyPolicyChangedSignal, ({ policy, dueAt }) => void inbox.push({ kind: 'policy', policy, dueAt }));
  setHandler(extensionRequestSignal, ({ requestId, event }) => void inbox.push({ kind: 'extension_request', requestId, event }));
  setHandler(
    decideEscalationUpdate,
    async (request) => {
      acceptedDecisions.add(request.proposalId);
      inbox.push({ kind: 'decision', request });
      await condition(() => decided.has(request.proposalId) || closedBy !== null);
      // Closed before the decision was carried out: nothing was done.
      return decided.get(request.proposalId) ?? refuse('DutyClosed', '该事项已完成或已取消，决定未执行');
    },
    {
      validator: (request) => {
        if (decided.has(request.proposalId) || acceptedDecisions.has(request.proposalId)) refuse('AlreadyDecided', '该升级建议已有决定，不能重复决定');
        if (closedBy) refuse('DutyClosed', '该事项已完成或已取消，无需再作决定');
        if (!progress.pending) refuse('NoPendingProposal', '该事项当前没有待审批的升级建议');
        if (request.proposalId !== progress.pending.proposalId) refuse('ProposalMismatch', '该升级建议已不是当前待审批的建议');
      },
    },
  );
  setHandler(
    grantExtensionUpdate,
    async (request) => {
      acceptedGrants.add(request.requestId);
      inbox.push({ kind: 'extension', request });
      await condition(() => extended.has(request.requestId) || closedBy !== null);
      return extended.get(request.requestId) ?? refuse('DutyClosed', '该事项已完成或已取消，延期未执行');
    },
    {
      validator: (request) => {
        if (extended.has(request.requestId) || acceptedGrants.has(request.requestId)) refuse('AlreadyDecided', '该延期申请已有决定，不能重复决定');
        if (closedBy) refuse('DutyClosed', '该事项已完成或已取消，无需延期');
        if (Date.parse(request.newDueAt) <= Date.now()) refuse('DueDateInPast', '新的截止时刻必须晚于现在');
      },
    },
  );

  // A chase restarted because its completion was returned: tell the leader first, then chase the new date as a
  // round of its own. Only runs started with `reopened` issue this step; recorded histories never had it.
  if (input.reopened && !input.progress) {
    const reopened = await activities.reopenChase({ dutyId: input.dutyId, returnSeq: input.reopened.returnSeq });
    if (reopened.open) progress = { ...progress, round: reopened.round, acknowledged: progress.acknowledged || reopened.acknowledged };
    else closedBy ??= 'completed';
  }

  const wake = () => closedBy !== null || inbox.length > 0;
  const stepsPerRun = input.stepsPerRun ?? 200;
  let steps = 0;

  for (;;) {
    if (closedBy) break;
    const item = inbox.shift();
    if (item) {
      const change = await handle(item);
      progress = change(progress);
      continue;
    }
    const step = nextChaseStep(progress, context);
    if (!step) {
      await condition(wake);
      continue;
    }
    const wait = step.at - Date.now();
    if (wait > 0 && (await condition(wake, wait))) continue;
    const result = await run(step);
    if (!result.open) {
      closedBy ??= 'completed';
      break;
    }
    progress = afterStep(progress, step, result.proposalId ?? undefined);
    if (++steps >= stepsPerRun || workflowInfo().continueAsNewSuggested) {
      await condition(() => allHandlersFinished() || wake());
      if (!wake()) await continueAsNew<typeof dutyChaseWorkflow>({ ...input, policy: context.policy, dueAt: progress.dueAt, progress });
    }
  }

  if (progress.pending) await activities.withdrawProposal({ dutyId: input.dutyId, proposalId: progress.pending.proposalId });
  await condition(allHandlersFinished);
  return { dutyId: input.dutyId, closedBy: closedBy ?? 'completed' };

  async function run(step: ChaseStep): Promise<{ open: boolean; proposalId?: string | null }> {
    const dutyId = input.dutyId;
    switch (step.kind) {
      case 'acknowledge_request':
        return activities.requestAcknowledgement({ dutyId, stepKey: step.key });
      case 'reminder':
      case 'overdue_reminder':
        return activities.sendReminder({ dutyId, stepKey: step.key, at: new Date(step.at).toISOString() });
      case 'overdue':
        return activities.markOverdue({ dutyId, round: progress.round });
      case 'propose': {
        const notify = escalationLadder(context.policy)[step.level - 1].notify;
        return activities.proposeEscalation({ dutyId, round: progress.round, level: step.level, decidesBy: new Date(step.decidesBy).toISOString(), notify });
      }
      case 'escalate':
        return activities.escalateDirectly({ dutyId, round: progress.round, level: step.level, notify: escalationLadder(context.policy)[step.level - 1].notify });
      case 'approval_timeout':
        acceptedDecisions.add(step.proposalId);
        decided.set(step.proposalId, await activities.applyDecision({ dutyId, proposalId: step.proposalId, decision: { kind: 'timeout' } }));
        return { open: true };
    }
  }

  /** Carries out one message; returns the change to apply to the progress as it stands afterwards. */
  async function handle(item: InboxItem): Promise<(current: ChaseProgress) => ChaseProgress> {
    const dutyId = input.dutyId;
    const same = (current: ChaseProgress) => current;
    switch (item.kind) {
      case 'decision': {
        const { proposalId, ...decision } = item.request;
        const outcome = await activities.applyDecision({ dutyId, proposalId, decision });
        decided.set(proposalId, outcome);
        if (outcome.status === 'withdrawn') closedBy ??= 'completed';
        return outcome.status === 'extended' && outcome.newDueAt ? (current) => newRound(current, outcome.newDueAt!, Date.now()) : afterDecision;
      }
      case 'extension': {
        const { requestId, newDueAt, actorPersonId, reason } = item.request;
        if (progress.pending) await activities.withdrawProposal({ dutyId, proposalId: progress.pending.proposalId });
        const { open } = await activities.applyNewDueDate({ dutyId, requestId, newDueAt, actorPersonId, reason });
        if (!open) {
          closedBy ??= 'completed';
          return same;
        }
        const round = progress.round + 1;
        extended.set(requestId, { dueAt: newDueAt, round });
        return (current) => newRound(current, newDueAt, Date.now());
      }
      case 'reassigned':
        await activities.notifyReassignment({ dutyId, stepKey: `reassigned:${item.seq}`, personId: item.personId });
        return same;
      case 'extension_request':
        await activities.notifyExtensionRequest({ dutyId, requestId: item.requestId, event: item.event });
        return same;
      case 'policy':
        // No activity: the API already stored the change. Only the schedule from here on changes.
        context.policy = item.policy;
        return (current) => afterPolicyChange(current, item.policy, item.dueAt, Date.now(), input.timeZone);
    }
  }
}

function refuse(type: string, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}
