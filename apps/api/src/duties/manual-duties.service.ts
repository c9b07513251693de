import { DubanConfig } from '@duban/config';
import { ChasePolicy, ManualDutyRequest, validateChasePolicy } from '@duban/domain';
import { DUTY_VIEW_RELATIONS, DutyEntity, OrganizationEntity, planManualRequest } from '@duban/persistence';
import { DubanWorkflowClient } from '@duban/temporal';
import { manualDutiesWorkflowId } from '@duban/contracts';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { badRequest, conflict, DubanException, notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { waitWithin } from '../temporal/wait-within';
import { IssueDutiesDto } from './dto/issue-duties.dto';
import { toDutyView } from './duty-view';

/**
 * The one door for a duty issued by hand. The API checks the request and records it as a workflow
 * (`manual-duties-<id>`); the worker issues it through the same issuer as cycles and events (one key, so a
 * cycle opening the same period later creates no second duty) and starts the chases. The answer waits for
 * the worker a while: 201 with the duties, or 202 while it is still at it.
 */
@Injectable()
export class ManualDutiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: DubanWorkflowClient,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  async issue(organizationId: string, dto: IssueDutiesDto) {
    const outcome = await this.issueRequest(organizationId, { templateId: dto.templateId, dueAt: dto.dueAt, ...(dto.policy ? { chase: dto.policy as Partial<ChasePolicy> } : {}) });
    if (!outcome.done) return { status: HttpStatus.ACCEPTED, body: { requestId: outcome.requestId, workflowId: outcome.workflowId, message: '已受理：事项正在生成，稍后可在事项列表中查看' } };
    const { requestId, workflowId, created, duties, skipped } = outcome;
    return { status: HttpStatus.CREATED, body: { requestId, workflowId, created, duties: duties.map((d) => toDutyView(d)), skipped } };
  }

  /**
   * Checks and issues a request through the worker (the one issuer), for the manual-duty endpoint and for the
   * commands that issue duties of their own (a year's live presentations, a spot-check draw). Waits a while for
   * the worker: `done: false` while it is still at it.
   */
  async issueRequest(organizationId: string, fields: Omit<ManualDutyRequest, 'requestId'>, requestId: string = randomUUID()): Promise<IssueOutcome> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!organization) throw notFound('组织', organizationId);
    if (organization.dissolvedAt) throw conflict('DISSOLVED', `该组织已撤销，不能下达事项：${organization.name}`);
    const request: ManualDutyRequest = { requestId, ...fields };
    // Checked here, so that a mistake is a 400 now rather than a failed workflow later.
    const plan = await planManualRequest(this.dataSource.manager, organizationId, request, this.config.timeZone);
    if ('problem' in plan) throw badRequest(plan.problem.field, plan.problem.reason);
    const policy = plan.duties[0]?.policy;
    const problem = policy && validateChasePolicy(policy)[0];
    if (problem) throw badRequest(`policy.${problem.field}`, problem.reason);
    if (plan.duties.length === 0) throw badRequest('templateId', `该模板在本组织没有可下达的对象：${plan.skipped.map((s) => s.reason).join('；') || '无'}`);

    const workflowId = manualDutiesWorkflowId(requestId);
    const handle = await this.workflows.startManualDuties({ organizationId, ...request });
    const outcome = await waitWithin(this.workflows.untilStopped(() => handle.result()), this.config.api.decisionWaitMs).catch((error: Error) => {
      throw new DubanException(HttpStatus.UNPROCESSABLE_ENTITY, 'NOT_ISSUED', `事项未能生成：${error.cause instanceof Error ? error.cause.message : error.message}`);
    });
    if (!outcome.done) return { done: false, requestId, workflowId };
    const issued = outcome.result;
    const duties = await this.dataSource.getRepository(DutyEntity).find({ where: { id: In(issued.dutyIds) }, relations: DUTY_VIEW_RELATIONS, order: { dueAt: 'ASC', createdAt: 'ASC' } });
    return { done: true, requestId, workflowId, created: issued.created, duties, skipped: issued.skipped };
  }
}

export type IssueOutcome =
  | { done: false; requestId: string; workflowId: string }
  | { done: true; requestId: string; workflowId: string; created: number; duties: DutyEntity[]; skipped: { organizationId: string; reason: string }[] };
