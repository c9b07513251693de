import { DutyLifecycleEvent, DutyRefusal, transition } from '@duban/domain';
import { EntityManager, IsNull } from 'typeorm';
import { DutyEntity, EscalationProposalEntity, ExtensionRequestEntity, type ExtensionRequestStatus, type ProposalStatus } from '../entities';
import { lockDuty } from './duty-commands';

/**
 * A supervisor's decision, claimed in the database before the workflow is told (the protocol of every human
 * command: claim, then tell the workflow). Of two supervisors deciding at once, one wins and the other is
 * refused; the duty must still be open for the decision's lifecycle event. The workflow's activity then
 * carries the decision out through `applyDutyCommand`; a decision the workflow refuses releases its claim.
 */
export type ClaimRefusal = DutyRefusal | { refused: true; code: 'ALREADY_DECIDED'; message: string };

export interface ClaimedDecision<T> {
  refused: false;
  duty: DutyEntity;
  claimed: T;
}

const alreadyDecided = (message: string): ClaimRefusal => ({ refused: true, code: 'ALREADY_DECIDED', message });

/** How a decided proposal or request is named to the supervisor who came second. */
const PROPOSAL_OUTCOMES: Record<Exclude<ProposalStatus, 'pending'>, string> = {
  approved: '已同意升级',
  auto_escalated: '已按时限自动升级',
  escalated: '已直接升级',
  rejected: '已不同意升级',
  extended: '已改为延期',
  withdrawn: '已撤回（事项已完成或已取消）',
};
const REQUEST_OUTCOMES: Record<Exclude<ExtensionRequestStatus, 'pending'>, string> = {
  granted: '已同意延期',
  refused: '已不同意延期',
  withdrawn: '已撤回',
};

function stillOpen(duty: DutyEntity, event: DutyLifecycleEvent): DutyRefusal | null {
  const result = transition({ status: duty.status, acknowledged: duty.acknowledgedAt !== null }, event);
  return result.refused ? result : null;
}

/** Claims a pending escalation proposal for a supervisor's decision; null when there is no such proposal. */
export async function claimEscalationDecision(
  manager: EntityManager,
  proposalId: string,
  actorPersonId: string,
  event: DutyLifecycleEvent,
): Promise<ClaimedDecision<EscalationProposalEntity> | ClaimRefusal | null> {
  // Proposal, then duty: the order in which the decision's activity locks them.
  const proposal = await manager.getRepository(EscalationProposalEntity).findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
  if (!proposal) return null;
  if (proposal.status !== 'pending') return alreadyDecided(`该升级建议已有决定（${PROPOSAL_OUTCOMES[proposal.status]}），不能重复决定`);
  if (proposal.decidedByPersonId) return alreadyDecided('该升级建议正由他人决定，不能重复决定');
  const duty = (await lockDuty(manager, proposal.dutyId))!;
  const closed = stillOpen(duty, event);
  if (closed) return closed;
  await manager.update(EscalationProposalEntity, { id: proposalId }, { decidedByPersonId: actorPersonId });
  return { refused: false, duty, claimed: proposal };
}

/** Releases a claim the workflow did not carry out, so the proposal can be decided again. */
export async function releaseEscalationDecision(manager: EntityManager, proposalId: string, actorPersonId: string): Promise<void> {
  await manager.update(EscalationProposalEntity, { id: proposalId, status: 'pending', decidedByPersonId: actorPersonId }, { decidedByPersonId: null });
}

/** Claims a pending extension request for a supervisor's decision; null when there is no such request. */
export async function claimExtensionDecision(
  manager: EntityManager,
  requestId: string,
  actorPersonId: string,
): Promise<ClaimedDecision<ExtensionRequestEntity> | ClaimRefusal | null> {
  const found = await manager.getRepository(ExtensionRequestEntity).findOneBy({ id: requestId });
  if (!found) return null;
  // Duty, then request: the order in which the granting activity locks them.
  const duty = (await lockDuty(manager, found.dutyId))!;
  const request = await manager.getRepository(ExtensionRequestEntity).findOneOrFail({ where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
  if (request.status !== 'pending') return alreadyDecided(`该延期申请已有决定（${REQUEST_OUTCOMES[request.status]}），不能重复决定`);
  // Granting or refusing, the decision is on an extension: refused alike once the duty is closed.
  const closed = stillOpen(duty, { kind: 'extension_granted' });
  if (closed) return closed;
  const claimed = await manager.update(ExtensionRequestEntity, { id: requestId, status: 'pending', decidedByPersonId: IsNull() }, { decidedByPersonId: actorPersonId });
  if (!claimed.affected) return alreadyDecided('该延期申请正由他人决定或已有决定');
  return { refused: false, duty, claimed: request };
}

/** Releases a claim the workflow did not carry out, so the request can be decided again. */
export async function releaseExtensionDecision(manager: EntityManager, requestId: string): Promise<void> {
  await manager.update(ExtensionRequestEntity, { id: requestId, status: 'pending' }, { decidedByPersonId: null });
}
