import { DutyEffect, DutyLifecycleEvent, DutyRefusal, DutyState, DutyStatus, transition } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { DutyEntity, EscalationProposalEntity } from '../entities';
import { appendDutyEvent, NewDutyEvent } from '../repositories/duty-events.repository';
import { onMilestoneDutyCommand } from '../rectifications/rectification-commands';

/** Columns that change together with the status (completion evidence, a new due date, the cancel reason, …). */
export type DutyChanges = Partial<Pick<DutyEntity, 'completedAt' | 'completion' | 'cancelReason' | 'dueAt' | 'dueDate' | 'policy' | 'returnCount' | 'reviewState' | 'returnReason'>>;

export interface DutyCommand {
  event: DutyLifecycleEvent;
  /** The step for the duty's history, written in the same transaction (deduplicated by its key). */
  timeline?: Omit<NewDutyEvent, 'dutyId'>;
  changes?: DutyChanges;
}

export interface DutyCommandApplied {
  refused: false;
  /** The duty as it now stands (the entity passed in, updated). */
  duty: DutyEntity;
  from: DutyStatus;
  status: DutyStatus;
  /** What the caller must tell the duty's workflow (stop the chase, stop asking for 签收, a new round, …). */
  tell: DutyEffect[];
  /** Escalation proposals that stopped waiting for a decision because of this command. */
  withdrawnProposalIds: string[];
  /** False when the timeline already held this step (a retry). */
  recorded: boolean;
}

export type DutyCommandResult = DutyCommandApplied | DutyRefusal;

/** The duty's state as the lifecycle sees it. */
export function dutyState(duty: DutyEntity): DutyState {
  return { status: duty.status, acknowledged: duty.acknowledgedAt !== null, completionAccepted: duty.status === 'completed' && duty.reviewState === 'accepted' };
}

/** Locks a duty's row for the rest of the transaction; null when there is no such duty. */
export function lockDuty(manager: EntityManager, dutyId: string): Promise<DutyEntity | null> {
  return manager.getRepository(DutyEntity).findOne({ where: { id: dutyId }, lock: { mode: 'pessimistic_write' } });
}

/**
 * The one writer of a duty's state. Inside the caller's transaction, on a duty locked by `lockDuty` (or by
 * id, locked here): applies the lifecycle's `transition`, writes the status with its changes, withdraws a
 * proposal the event makes moot, and appends the timeline step — or returns the refusal and writes nothing.
 * The caller tells the workflow what `tell` says, after the commit.
 */
export async function applyDutyCommand(manager: EntityManager, dutyOrId: DutyEntity | string, command: DutyCommand): Promise<DutyCommandResult> {
  const duty = typeof dutyOrId === 'string' ? await lockDuty(manager, dutyOrId) : dutyOrId;
  if (!duty) throw new Error(`事项不存在：${dutyOrId as string}`);
  const result = transition(dutyState(duty), command.event);
  if (result.refused) return result;

  const update: Partial<DutyEntity> = { ...command.changes };
  if (result.status !== duty.status) update.status = result.status;
  if (result.acknowledged && !duty.acknowledgedAt) update.acknowledgedAt = new Date();
  if (Object.keys(update).length > 0) {
    await manager.update(DutyEntity, { id: duty.id }, update);
    Object.assign(duty, update);
  }

  let withdrawnProposalIds: string[] = [];
  if (result.effects.some((e) => e.kind === 'withdraw_pending_proposal')) {
    const withdrawn = await manager
      .createQueryBuilder()
      .update(EscalationProposalEntity)
      .set({ status: 'withdrawn', decidedAt: new Date() })
      .where('duty_id = :dutyId AND status = :pending', { dutyId: duty.id, pending: 'pending' })
      .returning(['id'])
      .execute();
    withdrawnProposalIds = (withdrawn.raw as { id: string }[]).map((r) => r.id);
  }

  // A rectification's milestone (整改方案、报告、回访…): the rectification hears of it in the same transaction.
  if (duty.periodKey.startsWith('rect:')) await onMilestoneDutyCommand(manager, duty, command.event, command.timeline?.data, command.timeline?.actorPersonId ?? null);

  let recorded = false;
  if (command.timeline) {
    const data = withdrawnProposalIds.length > 0 ? { ...command.timeline.data, withdrawnProposalIds } : command.timeline.data;
    recorded = await appendDutyEvent(manager, { ...command.timeline, dutyId: duty.id, ...(data ? { data } : {}) });
  }
  return {
    refused: false,
    duty,
    from: result.from,
    status: result.status,
    tell: result.effects.filter((e) => e.kind !== 'withdraw_pending_proposal'),
    withdrawnProposalIds,
    recorded,
  };
}

/** For code that cannot be refused (the caller checked the duty is open under the same lock): the result, or a thrown error. */
export async function applyDutyCommandOrThrow(manager: EntityManager, dutyOrId: DutyEntity | string, command: DutyCommand): Promise<DutyCommandApplied> {
  const result = await applyDutyCommand(manager, dutyOrId, command);
  if (result.refused) throw new Error(`${result.code}: ${result.message}`);
  return result;
}
