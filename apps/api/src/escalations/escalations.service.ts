import { DutyLifecycleEvent, EscalationDecision } from '@duban/domain';
import { claimEscalationDecision, EscalationProposalEntity, releaseEscalationDecision } from '@duban/persistence';
import { DecideEscalationInput, decideEscalationUpdate } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { badRequest, conflict, DubanException, notFound, unavailable } from '../common/errors/duban.exception';
import { dutyScope } from '../access/scope-sql';
import { Principal } from '../access/principal';
import { toDutyView } from '../duties/duty-view';
import { DutyWorkflows } from '../duties/duty-workflows';
import { DecideEscalationDto, ListEscalationsQuery } from './dto/decide-escalation.dto';

/** Refusals the workflow gives, as HTTP conflicts with their codes. */
const REFUSALS: Record<string, string> = {
  AlreadyDecided: 'ALREADY_DECIDED',
  DutyClosed: 'DUTY_CLOSED',
  NoPendingProposal: 'NOT_PENDING',
  ProposalMismatch: 'NOT_PENDING',
};

/**
 * How long a decision waits for the workflow to take in a proposal it has just made: the proposal's row (and
 * its email) exist as soon as the activity commits, the workflow records it as pending a moment later.
 */
const CATCH_UP_MS = 5_000;

/** The duty's lifecycle event each decision would bring about (checked when the decision is claimed). */
const LIFECYCLE_EVENT: Record<EscalationDecision['kind'], DutyLifecycleEvent> = {
  approve: { kind: 'decision_approved' },
  reject: { kind: 'decision_rejected' },
  extend: { kind: 'decision_extended' },
};

@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: DutyWorkflows,
  ) {}

  /** Proposals with their duty as every duty list shows it (names, status, colour). */
  async list(query: ListEscalationsQuery, principal: Principal) {
    const qb = this.dataSource
      .getRepository(EscalationProposalEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.duty', 'duty')
      .leftJoinAndSelect('duty.organization', 'organization')
      .leftJoinAndSelect('duty.responsiblePerson', 'responsiblePerson')
      .leftJoinAndSelect('duty.counterpartPerson', 'counterpartPerson')
      .leftJoinAndSelect('duty.counterpartOrganization', 'counterpartOrganization')
      .where(...dutyScope(principal, 'duty'))
      .orderBy('p.proposedAt', 'ASC')
      .take(500);
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.organizationId) qb.andWhere('duty.organization_id = :organizationId', { organizationId: query.organizationId });
    const proposals = await qb.getMany();
    return proposals.map(({ duty, ...proposal }) => ({ ...proposal, duty: toDutyView(duty!) }));
  }

  /** A supervisor approves, rejects or grants a new date; the duty's workflow carries it out and answers. */
  /** The AccessGuard has checked that the actor supervises the duty's organization and does not owe it. */
  async decide(proposalId: string, dto: DecideEscalationDto, actorPersonId: string) {
    const decision = this.toDecision(dto, actorPersonId);
    // Claim the proposal first: of two supervisors deciding at once, one wins and the other gets 409.
    const claim = await this.dataSource.transaction((manager) => claimEscalationDecision(manager, proposalId, actorPersonId, LIFECYCLE_EVENT[decision.kind]));
    if (!claim) throw notFound('升级建议', proposalId);
    if (claim.refused) throw conflict(claim.code, claim.message);
    const { duty } = claim;

    try {
      const answer = await this.updateOnceProposed(duty.workflowId, { ...decision, proposalId });
      if (!answer.done) return { accepted: true as const, proposalId, message: '决定已受理，督办流程正在执行（例如邮件服务器暂不可用时会稍后完成）' };
      const outcome = answer.result;
      if (outcome.status === 'withdrawn') throw conflict('DUTY_CLOSED', '该事项已完成或已取消，升级建议已撤回');
      return { ...outcome, proposal: await this.dataSource.getRepository(EscalationProposalEntity).findOneByOrFail({ id: proposalId }) };
    } catch (error) {
      if (error instanceof DubanException) throw error;
      // Not carried out: release the claim so the proposal can be decided again.
      await releaseEscalationDecision(this.dataSource.manager, proposalId, actorPersonId);
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type && REFUSALS[error.cause.type]) {
        throw conflict(REFUSALS[error.cause.type], error.cause.message);
      }
      throw unavailable(`督办流程暂不可用，决定未生效，请稍后重试：${(error as Error).message}`);
    }
  }

  /** The update, again for a few seconds while the workflow has not yet recorded the proposal the claim found pending. */
  private async updateOnceProposed(workflowId: string, request: DecideEscalationInput) {
    const deadline = Date.now() + CATCH_UP_MS;
    for (;;) {
      try {
        return await this.workflows.update(workflowId, decideEscalationUpdate, [request]);
      } catch (error) {
        const notYet = error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type === 'NoPendingProposal';
        if (!notYet || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private toDecision(dto: DecideEscalationDto, actorPersonId: string): EscalationDecision {
    switch (dto.decision) {
      case 'approve':
        return { kind: 'approve', actorPersonId, ...(dto.reason ? { note: dto.reason } : {}) };
      case 'reject':
        if (!dto.reason) throw badRequest('reason', '驳回时必须说明理由');
        return { kind: 'reject', actorPersonId, reason: dto.reason };
      case 'extend':
        if (!dto.newDueAt) throw badRequest('newDueAt', '延期时必须给出新的截止时刻');
        if (Date.parse(dto.newDueAt) <= Date.now()) throw badRequest('newDueAt', '新的截止时刻必须晚于现在');
        return { kind: 'extend', actorPersonId, newDueAt: new Date(dto.newDueAt).toISOString(), ...(dto.reason ? { reason: dto.reason } : {}) };
    }
  }
}
