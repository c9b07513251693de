import { DubanConfig } from '@duban/config';
import { calendarDate, onDay } from '@duban/domain';
import { appendRectificationEvent, DutyEntity, lockRectification, nextDocumentNumber, RectificationEntity, RectificationNoticeEntity, RectificationSettingsEntity } from '@duban/persistence';
import { DubanWorkflowClient } from '@duban/temporal';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Principal } from '../access/principal';
import { supervisedOrganizationScope } from '../access/scope-sql';
import { badRequest, conflict, forbidden, notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { DutiesService } from '../duties/duties.service';
import { CompletionReviewsService } from '../reviews/completion-reviews.service';
import { DecideNoticeDto, ReviewRectificationDto, VisitRectificationDto } from './dto/rectification.dto';
import { RectificationsService } from './rectifications.service';
import { toRectificationView } from './rectification-view';

/**
 * What the supervising body does to a rectification: review its report (accept, or send it back as inadequate or
 * paper-only), make the follow-up visit (confirm, or reopen), decide on a proposed public notice. Reviews and
 * visits go through the report's and the visit's duties (the duty command service tells the rectification);
 * only a supervisor of the supervising organization (or above it) may act.
 */
@Injectable()
export class RectificationVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly workflows: DubanWorkflowClient,
    private readonly rectifications: RectificationsService,
    private readonly reviews: CompletionReviewsService,
    private readonly duties: DutiesService,
  ) {}

  async review(id: string, dto: ReviewRectificationDto, principal: Principal) {
    const r = await this.verifiable(id, principal);
    if (r.status !== 'reviewing') throw conflict('NOT_REVIEWING', `该整改事项当前为“${toRectificationView(r, this.config.timeZone).statusLabel}”，没有待审核的整改报告`);
    const report = await this.milestone(r, 'report');
    if (!report) throw conflict('NOT_REVIEWING', '没有待审核的整改报告');
    let newDueAt: string | undefined;
    if (dto.decision === 'return') {
      if (!dto.reason) throw badRequest('reason', '退回时必须说明理由');
      if (!dto.newDeadline) throw badRequest('newDeadline', '退回时必须给出新的整改期限');
      if (dto.newDeadline <= this.today()) throw badRequest('newDeadline', '新的整改期限必须晚于今天');
      newDueAt = onDay(dto.newDeadline, this.config.timeZone).at;
    }
    await this.reviews.review(report.id, { decision: dto.decision, reason: dto.reason, newDueAt, returnKind: dto.decision === 'return' ? (dto.returnKind ?? 'inadequate') : undefined }, principal.personId);
    return this.rectifications.get(id);
  }

  async visit(id: string, dto: VisitRectificationDto, principal: Principal) {
    const r = await this.verifiable(id, principal);
    if (r.status !== 'accepted') throw conflict('NOT_VISITABLE', '只有整改报告审核通过、待回访的整改事项可以登记回访');
    const visit = await this.milestone(r, 'visit');
    if (!visit) throw conflict('NOT_VISITABLE', '回访事项尚未下达，请稍后再试');
    if (dto.outcome === 'reopen') {
      if (!dto.newDeadline) throw badRequest('newDeadline', '重新整改时必须给出新的整改期限');
      if (dto.newDeadline <= this.today()) throw badRequest('newDeadline', '新的整改期限必须晚于今天');
    }
    await this.duties.complete(visit.id, { heldOn: dto.heldOn, note: dto.note }, principal, { visitOutcome: dto.outcome, ...(dto.outcome === 'reopen' ? { newDeadline: dto.newDeadline } : {}) });
    return this.rectifications.get(id);
  }

  /** Approves (numbered, kept, sent to the listed organizations by the follow-up) or rejects the proposed notice. */
  async decideNotice(id: string, dto: DecideNoticeDto, principal: Principal) {
    await this.verifiable(id, principal);
    await this.dataSource.transaction(async (manager) => {
      const r = await lockRectification(manager, id);
      if (!r) throw notFound('整改事项', id);
      const notice = await manager.getRepository(RectificationNoticeEntity).findOne({ where: { rectificationId: id, status: 'proposed' }, order: { proposedAt: 'ASC' } });
      if (!notice) throw conflict('NOT_PENDING', '该整改事项没有待审批的通报曝光');
      const decidedAt = new Date();
      if (dto.approve) {
        const settings = await manager.getRepository(RectificationSettingsEntity).findOneBy({ organizationId: r.supervisingOrganizationId });
        const recipients = settings?.noticeRecipientOrganizationIds ?? [];
        if (recipients.length === 0) throw badRequest('approve', '监督单位尚未设置通报范围，请管理员先在“整改设置”中指定通报发送的组织');
        const { year, seq, number } = await nextDocumentNumber(manager, 'rectification-notice', Number(calendarDate(decidedAt, this.config.timeZone).slice(0, 4)));
        await manager.update(RectificationNoticeEntity, { id: notice.id }, { status: 'approved', decidedAt, decidedByPersonId: principal.personId, decisionNote: dto.note ?? null, year, seq, number, recipientOrganizationIds: recipients });
        await appendRectificationEvent(manager, id, { type: 'notice_approved', dedupeKey: `notice_approved:${notice.id}`, actorKind: 'person', actorPersonId: principal.personId, data: { noticeId: notice.id, number, note: dto.note ?? null } });
      } else {
        await manager.update(RectificationNoticeEntity, { id: notice.id }, { status: 'rejected', decidedAt, decidedByPersonId: principal.personId, decisionNote: dto.note ?? null });
        await manager.update(RectificationEntity, { id }, { escalation: 'notice_rejected' });
        await appendRectificationEvent(manager, id, { type: 'notice_rejected', dedupeKey: `notice_rejected:${notice.id}`, actorKind: 'person', actorPersonId: principal.personId, data: { noticeId: notice.id, note: dto.note ?? null } });
      }
    });
    await this.workflows.rectificationChanged(id);
    return this.rectifications.get(id);
  }

  /** The supervising body's queue: reports to review, notices to decide, visits to make, of the rectifications it verifies. */
  async queue(principal: Principal) {
    const qb = this.dataSource
      .getRepository(RectificationEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.organization', 'organization')
      .leftJoinAndSelect('r.supervisingOrganization', 'supervisingOrganization')
      .where(...supervisedOrganizationScope(principal, 'r.supervising_organization_id'))
      .andWhere(`(r.status IN ('reviewing', 'accepted') OR EXISTS (SELECT 1 FROM rectification_notices n WHERE n.rectification_id = r.id AND n.status = 'proposed'))`)
      .andWhere(`NOT EXISTS (SELECT 1 FROM positions own WHERE own.organization_id = r.organization_id AND own.role = 'principal' AND own.holder_id = :me)`, { me: principal.personId })
      .orderBy('r.deadline', 'ASC')
      .take(500);
    const items = await qb.getMany();
    const proposed = items.length ? await this.dataSource.getRepository(RectificationNoticeEntity).findBy({ rectificationId: In(items.map((r) => r.id)), status: 'proposed' }) : [];
    const view = (r: RectificationEntity) => toRectificationView(r, this.config.timeZone);
    return {
      reviews: items.filter((r) => r.status === 'reviewing').map(view),
      notices: items.filter((r) => proposed.some((n) => n.rectificationId === r.id)).map((r) => ({ ...view(r), notice: proposed.find((n) => n.rectificationId === r.id)!.reason })),
      visits: items.filter((r) => r.status === 'accepted').map(view),
    };
  }

  /** The rectification, if the principal is a supervisor of its supervising organization (or above) and not its 一把手. */
  private async verifiable(id: string, principal: Principal): Promise<RectificationEntity> {
    const qb = this.dataSource
      .getRepository(RectificationEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.organization', 'organization')
      .where('r.id = :id', { id });
    const r = await qb.getOne();
    if (!r) throw notFound('整改事项', id);
    const supervises = await qb.clone().andWhere(...supervisedOrganizationScope(principal, 'r.supervising_organization_id')).getExists();
    if (!supervises) throw forbidden('只有监督单位（或其上级）的纪委书记、组织部长等监督人员可以审核、回访和审批通报');
    return r;
  }

  private milestone(r: RectificationEntity, milestone: 'report' | 'visit'): Promise<DutyEntity | null> {
    return this.dataSource.getRepository(DutyEntity).findOneBy({ periodKey: `rect:${r.id}:${milestone}:${r.round}` });
  }

  private today(): string {
    return calendarDate(new Date(), this.config.timeZone);
  }
}
