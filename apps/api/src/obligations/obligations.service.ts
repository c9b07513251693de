import { DubanConfig } from '@duban/config';
import {
  dueDateOf,
  ChasePolicy,
  dueAtEndOfPeriod,
  fanOut,
  findObligationTemplate,
  formatCitation,
  listObligationTemplates,
  ObligationTemplate,
  validateChasePolicy,
  OrgNode,
  yearlyPeriod,
  yearOf,
} from '@duban/domain';
import { DutyEntity, DutyEventEntity, ObligationActivationEntity, OrganizationEntity, PositionEntity } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { badRequest, conflict, notFound, unavailable } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { DutyCancellation } from '../duties/duty-cancellation';
import { DutyWorkflows } from '../duties/duty-workflows';
import { DUTY_RELATIONS, toDutyView } from '../duties/duty-view';
import { EnableObligationDto } from './dto/enable-obligation.dto';

@Injectable()
export class ObligationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly chase: DutyWorkflows,
    private readonly cancellation: DutyCancellation,
  ) {}

  templates() {
    return listObligationTemplates().map((t) => ({ ...t, citationText: t.citations.map(formatCitation) }));
  }

  template(id: string) {
    const template = findObligationTemplate(id);
    if (!template) throw notFound('义务模板', id);
    return { ...template, citationText: template.citations.map(formatCitation) };
  }

  /**
   * Switches an obligation on for an organization and a year: generates the year's duties (one per
   * counterpart the rule names) and starts the durable chase of each. Calling it again is harmless.
   */
  async enable(organizationId: string, dto: EnableObligationDto) {
    const template = findObligationTemplate(dto.obligationId);
    if (!template) {
      const known = listObligationTemplates().map((t) => t.id).join('、');
      throw badRequest('obligationId', `未知的义务模板：${dto.obligationId}（可选：${known}）`);
    }
    const zone = this.config.timeZone;
    const year = dto.year ?? yearOf(new Date(), zone);
    const period = yearlyPeriod(year, zone);
    const due = dto.dueAt ? { at: new Date(dto.dueAt).toISOString(), date: dueDateOf(dto.dueAt, zone) } : dueAtEndOfPeriod(period, zone);
    const policy: ChasePolicy = {
      reminderOffsets: dto.reminderOffsets ?? template.chase.reminderOffsets,
      gracePeriod: dto.gracePeriod ?? template.chase.gracePeriod,
      approvalTimeout: dto.approvalTimeout ?? template.chase.approvalTimeout,
      overdueReminderInterval: dto.overdueReminderInterval !== undefined ? dto.overdueReminderInterval : template.chase.overdueReminderInterval,
      acknowledgeReminderInterval: dto.acknowledgeReminderInterval !== undefined ? dto.acknowledgeReminderInterval : template.chase.acknowledgeReminderInterval,
      warningWindow: dto.warningWindow ?? template.chase.warningWindow,
      ...(dto.escalation ? { escalation: dto.escalation } : template.chase.escalation ? { escalation: template.chase.escalation } : {}),
    };
    const problems = validateChasePolicy(policy);
    if (problems.length > 0) throw badRequest(problems[0].field, problems[0].reason);

    const { activation, duties, skipped } = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
      if (!organization) throw notFound('组织', organizationId);
      if (organization.dissolvedAt) throw conflict('DISSOLVED', `该组织已撤销，不能启用义务：${organization.name}`);
      await manager
        .createQueryBuilder()
        .insert()
        .into(ObligationActivationEntity)
        .values({ organizationId, obligationId: template.id, year, policy, dueAtOverride: dto.dueAt ? new Date(dto.dueAt) : null })
        .orIgnore()
        .execute();
      const activation = await manager.getRepository(ObligationActivationEntity).findOneByOrFail({ organizationId, obligationId: template.id, year });
      const { drafts, skipped } = fanOut(template.fanOut, await this.orgNode(manager, organization));
      const rows = drafts.map((draft) => {
        const id = randomUUID();
        return {
          id,
          dedupeKey: `${activation.id}:${draft.counterpartOrganizationId ?? '-'}:1`,
          activationId: activation.id,
          obligationId: template.id,
          title: template.title,
          organizationId: draft.responsibleOrganizationId,
          responsiblePositionId: draft.responsible.positionId,
          responsiblePersonId: draft.responsible.personId,
          counterpartOrganizationId: draft.counterpartOrganizationId,
          counterpartPositionId: draft.counterpart?.positionId ?? null,
          counterpartPersonId: draft.counterpart?.personId ?? null,
          periodKey: period.key,
          periodStart: new Date(period.start),
          dueDate: due.date,
          dueAt: new Date(due.at),
          status: 'pending' as const,
          policy: activation.policy,
          citation: citationOf(template),
          workflowId: `duty-${id}`,
        };
      });
      const inserted = rows.length
        ? ((await manager.createQueryBuilder().insert().into(DutyEntity).values(rows).orIgnore().returning(['id']).execute()).raw as { id: string }[])
        : [];
      if (inserted.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(DutyEventEntity)
          .values(inserted.map(({ id }) => ({ dutyId: id, type: 'created' as const, dedupeKey: 'created', actorKind: 'system' as const, data: { activationId: activation.id } })))
          .orIgnore()
          .execute();
      }
      const duties = await manager.getRepository(DutyEntity).find({ where: { activationId: activation.id }, relations: DUTY_RELATIONS, order: { createdAt: 'ASC' } });
      return { activation, duties, skipped };
    });

    try {
      await this.chase.start(duties.filter((d) => d.status !== 'completed' && d.status !== 'cancelled'));
    } catch (error) {
      throw unavailable(`督办事项已生成，但启动督办流程失败（${(error as Error).message}）。请稍后重试同一请求，已生成的事项不会重复。`);
    }
    return { activation, duties: duties.map((d) => toDutyView(d)), skipped };
  }

  /** Switches an obligation off: the open duties of that year are cancelled with the reason. */
  async disable(organizationId: string, obligationId: string, year: number | undefined, reason: string) {
    const zone = this.config.timeZone;
    const activation = await this.dataSource
      .getRepository(ObligationActivationEntity)
      .findOneBy({ organizationId, obligationId, year: year ?? yearOf(new Date(), zone) });
    if (!activation) throw notFound('义务启用记录', `${organizationId}/${obligationId}`);
    const cancelled = await this.cancellation.cancel({ activationId: activation.id }, `停用义务：${reason}`);
    return { activationId: activation.id, cancelled };
  }

  /** The organization with its 一把手 and its direct subordinates with theirs. */
  private async orgNode(manager: EntityManager, organization: OrganizationEntity): Promise<OrgNode> {
    const children = await manager.getRepository(OrganizationEntity).find({ where: { parentId: organization.id, dissolvedAt: IsNull() }, order: { createdAt: 'ASC' } });
    const ids = [organization.id, ...children.map((c) => c.id)];
    const principals = await manager.getRepository(PositionEntity).find({ where: { organizationId: In(ids), role: 'principal' } });
    const principalOf = (orgId: string) => {
      const p = principals.find((x) => x.organizationId === orgId && x.holderId);
      return p ? { personId: p.holderId!, positionId: p.id } : null;
    };
    return {
      id: organization.id,
      name: organization.name,
      principal: principalOf(organization.id),
      children: children.map((c) => ({ id: c.id, name: c.name, principal: principalOf(c.id), children: [] })),
    };
  }
}

function citationOf(template: ObligationTemplate): string {
  return template.citations.map(formatCitation).join('；');
}
