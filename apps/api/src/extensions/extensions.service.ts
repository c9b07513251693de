import { isOpenDutyStatus } from '@duban/domain';
import { appendDutyEvent, claimExtensionDecision, DutyEntity, ExtensionRequestEntity, releaseExtensionDecision } from '@duban/persistence';
import { extensionRequestSignal, grantExtensionUpdate } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { badRequest, conflict, forbidden, notFound, unavailable } from '../common/errors/duban.exception';
import { dutyScope } from '../access/scope-sql';
import { Principal } from '../access/principal';
import { DutyWorkflows } from '../duties/duty-workflows';
import { DecideExtensionDto, ListExtensionsQuery, RequestExtensionDto } from './dto/extension.dto';

/** Extension requests: the responsible leader asks, a supervisor grants (the chase starts again) or refuses. */
@Injectable()
export class ExtensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: DutyWorkflows,
  ) {}

  async request(dutyId: string, dto: RequestExtensionDto, actorPersonId: string) {
    if (Date.parse(dto.newDueAt) <= Date.now()) throw badRequest('newDueAt', '新的截止时刻必须晚于现在');
    const { request, workflowId } = await this.dataSource.transaction(async (manager) => {
      const duty = await manager.getRepository(DutyEntity).findOne({ where: { id: dutyId }, lock: { mode: 'pessimistic_write' } });
      if (!duty) throw notFound('事项', dutyId);
      if (duty.responsiblePersonId !== actorPersonId) throw forbidden('只有该事项的责任人本人可以申请延期');
      if (!isOpenDutyStatus(duty.status)) throw conflict('DUTY_CLOSED', '该事项已完成或已取消，无需延期');
      if (Date.parse(dto.newDueAt) <= duty.dueAt.getTime()) throw badRequest('newDueAt', '新的截止时刻必须晚于现在的截止时刻');
      if (await manager.getRepository(ExtensionRequestEntity).existsBy({ dutyId, status: 'pending' })) {
        throw conflict('EXTENSION_PENDING', '该事项已有待审批的延期申请');
      }
      const request = await manager.getRepository(ExtensionRequestEntity).save({
        dutyId,
        requestedByPersonId: actorPersonId,
        requestedDueAt: new Date(dto.newDueAt),
        reason: dto.reason,
        status: 'pending',
      });
      await appendDutyEvent(manager, {
        dutyId,
        type: 'extension_requested',
        dedupeKey: `extension:${request.id}:requested`,
        actorKind: 'person',
        actorPersonId,
        data: { requestId: request.id, requestedDueAt: request.requestedDueAt.toISOString(), reason: dto.reason },
      });
      return { request, workflowId: duty.workflowId };
    });
    await this.workflows.signal(workflowId, extensionRequestSignal, { requestId: request.id, event: 'requested' });
    return request;
  }

  list(query: ListExtensionsQuery, principal: Principal) {
    const qb = this.dataSource
      .getRepository(ExtensionRequestEntity)
      .createQueryBuilder('r')
      .innerJoin('r.duty', 'duty')
      .where(...dutyScope(principal, 'duty'))
      .orderBy('r.createdAt', 'ASC')
      .take(500);
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.organizationId) qb.andWhere('duty.organization_id = :organizationId', { organizationId: query.organizationId });
    return qb.getMany();
  }

  /** The AccessGuard has checked that the actor supervises the duty's organization and does not owe it. */
  async decide(requestId: string, dto: DecideExtensionDto, actorPersonId: string) {
    if (dto.decision === 'refuse' && !dto.reason) throw badRequest('reason', '不同意时必须说明理由');
    if (dto.newDueAt && Date.parse(dto.newDueAt) <= Date.now()) throw badRequest('newDueAt', '新的截止时刻必须晚于现在');
    // Claim the request: of two supervisors deciding at once, one wins and the other gets 409.
    const claim = await this.dataSource.transaction((manager) => claimExtensionDecision(manager, requestId, actorPersonId));
    if (!claim) throw notFound('延期申请', requestId);
    if (claim.refused) throw conflict(claim.code, claim.message);
    const { duty, claimed: request } = claim;

    if (dto.decision === 'refuse') {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(ExtensionRequestEntity, { id: requestId }, { status: 'refused', decisionReason: dto.reason!, decidedAt: new Date() });
        await appendDutyEvent(manager, {
          dutyId: duty.id,
          type: 'extension_refused',
          dedupeKey: `extension:${requestId}:refused`,
          actorKind: 'person',
          actorPersonId,
          data: { requestId, reason: dto.reason },
        });
      });
      await this.workflows.signal(duty.workflowId, extensionRequestSignal, { requestId, event: 'refused' });
      return this.dataSource.getRepository(ExtensionRequestEntity).findOneByOrFail({ id: requestId });
    }

    const newDueAt = new Date(dto.newDueAt ?? request.requestedDueAt).toISOString();
    try {
      const answer = await this.workflows.update(duty.workflowId, grantExtensionUpdate, [{ requestId, newDueAt, actorPersonId, reason: dto.reason ?? null }]);
      if (!answer.done) return { accepted: true as const, requestId, message: '同意已受理，督办流程正在执行（例如邮件服务器暂不可用时会稍后完成）' };
    } catch (error) {
      // Not carried out: release the claim so the request can be decided again.
      await releaseExtensionDecision(this.dataSource.manager, requestId);
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type) {
        throw conflict(error.cause.type === 'DutyClosed' ? 'DUTY_CLOSED' : error.cause.type === 'AlreadyDecided' ? 'ALREADY_DECIDED' : 'REFUSED', error.cause.message);
      }
      throw unavailable(`督办流程暂不可用，决定未生效，请稍后重试：${(error as Error).message}`);
    }
    return this.dataSource.getRepository(ExtensionRequestEntity).findOneByOrFail({ id: requestId });
  }
}
