import { DubanConfig } from '@duban/config';
import { calendarDate, formatCitations, milestoneTemplate, RectificationTimings, rectificationKindOf, SupervisingBody } from '@duban/domain';
import {
  ancestorIds,
  appendRectificationEvent,
  applyRectificationEvent,
  DUTY_VIEW_RELATIONS,
  DutyEntity,
  lockRectification,
  OrganizationEntity,
  PersonEntity,
  RectificationEntity,
  RectificationEventEntity,
  RectificationNoticeEntity,
  regimeOfRectification,
  subtreeSql,
} from '@duban/persistence';
import { DubanWorkflowClient } from '@duban/temporal';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Like } from 'typeorm';
import { Principal } from '../access/principal';
import { organizationColumnScope } from '../access/scope-sql';
import { badRequest, conflict, notFound, unavailable } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { DutyCancellation } from '../duties/duty-cancellation';
import { toDutyView } from '../duties/duty-view';
import { ListRectificationsQuery, RecordRectificationDto } from './dto/rectification.dto';
import { RectificationSettingsService } from './rectification-settings.service';
import { toNoticeView, toRectificationEventView, toRectificationView } from './rectification-view';

/** One finding to record: the organization that rectifies it and what the form (or a sheet's row) says. */
export type NewRectification = RecordRectificationDto & { organizationId: string };

/** A refusal of one finding: the field and the reason (a sheet's import names the row too). */
export interface RectificationProblem {
  index: number;
  field: string;
  reason: string;
}

/**
 * The rectification register (整改台账): findings recorded one by one or from a sheet, each followed up by its
 * workflow `rectification-<id>` (started in the recording transaction: nothing is recorded that is not followed up).
 */
@Injectable()
export class RectificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly workflows: DubanWorkflowClient,
    private readonly settings: RectificationSettingsService,
    private readonly cancellation: DutyCancellation,
  ) {}

  async record(organizationId: string, dto: RecordRectificationDto, actorPersonId: string) {
    const result = await this.recordAll([{ ...dto, organizationId }], actorPersonId, null);
    if ('problems' in result) throw badRequest(result.problems[0].field, result.problems[0].reason);
    return this.get(result.ids[0]);
  }

  /**
   * Records every finding or none: the problems of all of them (by index), or their ids. The follow-up of each
   * starts inside the transaction; if one cannot start, nothing is recorded (503).
   */
  async recordAll(inputs: NewRectification[], actorPersonId: string, importId: string | null): Promise<{ ids: string[] } | { problems: RectificationProblem[] }> {
    const today = calendarDate(new Date(), this.config.timeZone);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const problems: RectificationProblem[] = [];
        const rows: Partial<RectificationEntity>[] = [];
        for (const [index, input] of inputs.entries()) {
          const checked = await this.check(manager, input, today);
          if ('problems' in checked) problems.push(...checked.problems.map((p) => ({ index, ...p })));
          else rows.push({ ...checked.row, importId, recordedByPersonId: actorPersonId, recordedOn: today });
        }
        if (problems.length > 0) return { problems };
        const saved = await manager.getRepository(RectificationEntity).save(rows);
        for (const r of saved) {
          await appendRectificationEvent(manager, r.id, { type: 'recorded', dedupeKey: 'recorded', actorKind: 'person', actorPersonId, data: { importId } });
          await this.workflows.startRectification({ rectificationId: r.id });
        }
        return { ids: saved.map((r) => r.id) };
      });
    } catch (error) {
      if (error instanceof Error && /temporal|connect|UNAVAILABLE|deadline/i.test(`${error.name} ${error.message}`) && !('getStatus' in error)) {
        throw unavailable(`整改跟踪流程暂不可用，未登记，请稍后重试：${error.message}`);
      }
      throw error;
    }
  }

  /** The checks of one finding, every refusal named; or the row to save. */
  private async check(manager: EntityManager, input: NewRectification, today: string): Promise<{ row: Partial<RectificationEntity> } | { problems: Omit<RectificationProblem, 'index'>[] }> {
    const problems: Omit<RectificationProblem, 'index'>[] = [];
    const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: input.organizationId });
    if (!organization) return { problems: [{ field: 'organizationId', reason: '组织不存在' }] };
    if (organization.dissolvedAt) problems.push({ field: 'organizationId', reason: `${organization.name}已撤销` });
    if (input.foundOn > today) problems.push({ field: 'foundOn', reason: '发现日期不能晚于今天' });
    if (input.deadline < input.foundOn) problems.push({ field: 'deadline', reason: `整改期限（${input.deadline}）不能早于发现日期（${input.foundOn}）` });
    else if (input.deadline < today) problems.push({ field: 'deadline', reason: `整改期限（${input.deadline}）不能早于今天` });
    const chain = await ancestorIds(manager, organization.id);
    const supervisingOrganizationId = input.supervisingOrganizationId ?? organization.parentId ?? organization.id;
    if (!chain.includes(supervisingOrganizationId)) problems.push({ field: 'supervisingOrganizationId', reason: '监督单位必须是本组织或其上级组织' });
    if (problems.length > 0) return { problems };
    const kind = rectificationKindOf(input.source);
    const body: SupervisingBody = input.supervisingBody ?? (input.source === 'inspection' ? 'inspection' : 'discipline');
    const given: Partial<RectificationTimings> = { planWithin: input.planWithin, progressEvery: input.progressEvery, visitAfter: input.visitAfter };
    const timings = await this.settings.timingsFor(manager, supervisingOrganizationId, kind, given);
    return {
      row: {
        organizationId: organization.id,
        source: input.source,
        kind,
        reference: input.reference ?? null,
        description: input.description,
        category: input.category,
        severity: input.severity,
        foundOn: input.foundOn,
        originalDeadline: input.deadline,
        deadline: input.deadline,
        supervisingOrganizationId,
        supervisingBody: body,
        timings,
        status: kind === 'finding' && timings.planWithin ? 'planning' : 'rectifying',
        round: 0,
        roundStartedOn: input.foundOn,
        returnsThisRound: 0,
      },
    };
  }

  async list(query: ListRectificationsQuery & { limit?: number; offset?: number }, principal: Principal) {
    const qb = this.dataSource
      .getRepository(RectificationEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.organization', 'organization')
      .leftJoinAndSelect('r.supervisingOrganization', 'supervisingOrganization')
      .where(...organizationColumnScope(principal, 'r.organization_id'))
      .orderBy('r.deadline', 'ASC')
      .addOrderBy('r.createdAt', 'ASC')
      .take(Math.min(query.limit ?? 500, 1000))
      .skip(query.offset ?? 0);
    if (query.organizationId) qb.andWhere(`r.organization_id IN ${subtreeSql(':root', 'include')}`, { root: query.organizationId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.source) qb.andWhere('r.source = :source', { source: query.source });
    if (query.overdue !== undefined) {
      const today = calendarDate(new Date(), this.config.timeZone);
      const overdue = `(r.status IN ('planning', 'rectifying') AND r.deadline < :today)`;
      qb.andWhere(query.overdue ? overdue : `NOT ${overdue}`, { today });
    }
    const [items, total] = await qb.getManyAndCount();
    return { items: items.map((r) => toRectificationView(r, this.config.timeZone)), total };
  }

  /** A rectification with its milestone duties, its history, its notices and the clauses it rests on. */
  async get(id: string) {
    const r = await this.dataSource.getRepository(RectificationEntity).findOne({ where: { id }, relations: { organization: true, supervisingOrganization: true } });
    if (!r) throw notFound('整改事项', id);
    const duties = await this.dataSource.getRepository(DutyEntity).find({ where: { periodKey: Like(`rect:${id}:%`) }, relations: DUTY_VIEW_RELATIONS, order: { createdAt: 'ASC' } });
    const events = await this.dataSource.getRepository(RectificationEventEntity).find({ where: { rectificationId: id }, order: { at: 'ASC' } });
    const notices = await this.dataSource.getRepository(RectificationNoticeEntity).find({ where: { rectificationId: id }, order: { proposedAt: 'ASC' } });
    const actorIds = [...new Set(events.map((e) => e.actorPersonId).filter((x): x is string => !!x))];
    const actors = actorIds.length ? await this.dataSource.getRepository(PersonEntity).find({ select: { id: true, name: true }, where: { id: In(actorIds) } }) : [];
    const regime = await regimeOfRectification(this.dataSource.manager, r);
    const principal = await this.dataSource.query(`SELECT p.name FROM positions pos JOIN people p ON p.id = pos.holder_id WHERE pos.organization_id = $1 AND pos.role = 'principal' ORDER BY pos.created_at LIMIT 1`, [r.organizationId]);
    return {
      ...toRectificationView(r, this.config.timeZone),
      responsibleName: (principal[0]?.name as string | undefined) ?? null,
      citation: formatCitations(milestoneTemplate(regime, r.kind, 'report').citations),
      milestones: duties.map((d) => ({ ...toDutyView(d), milestone: d.periodKey.split(':')[2] })),
      events: events.map((e) => toRectificationEventView(e, actors.find((a) => a.id === e.actorPersonId)?.name ?? null)),
      notices: notices.map(toNoticeView),
    };
  }

  /** Withdraws a rectification recorded in error (or handled elsewhere): its open milestones are cancelled with it. */
  async cancel(id: string, reason: string, actorPersonId: string) {
    const exists = await this.dataSource.getRepository(RectificationEntity).findOneBy({ id });
    if (!exists) throw notFound('整改事项', id);
    if (exists.status === 'closed' || exists.status === 'cancelled') throw conflict('NOT_OPEN', `该整改事项已${exists.status === 'closed' ? '销号' : '撤销'}，不能撤销`);
    await this.cancellation.cancel({ periodKeyPrefix: `rect:${id}:` }, `整改事项撤销：${reason}`);
    await this.dataSource.transaction(async (manager) => {
      const r = await lockRectification(manager, id);
      if (!r) throw notFound('整改事项', id);
      await applyRectificationEvent(manager, r, { kind: 'cancelled' }, { type: 'cancelled', dedupeKey: 'cancelled', actorKind: 'person', actorPersonId, data: { reason } }, { cancelReason: reason });
    });
    await this.workflows.rectificationChanged(id);
    return this.get(id);
  }
}
