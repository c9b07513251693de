import { DubanConfig } from '@duban/config';
import { calendarDate } from '@duban/domain';
import { applyDutyCommand, DutyEntity, DutyEventEntity, EvidenceFileEntity, findDuties, findDutyView, lockDuty, PersonEntity, WarningNoticeEntity } from '@duban/persistence';
import { dutyAcknowledgedSignal, dutyCompletedSignal } from '@duban/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badRequest, forbidden, notFound } from '../common/errors/duban.exception';
import { dutyScope, personScope } from '../access/scope-sql';
import { Principal } from '../access/principal';
import { DUBAN_CONFIG } from '../config/config.module';
import { CompleteDutyDto, ListDutiesQuery } from './dto/duty.dto';
import { toDutyView, toEventView } from './duty-view';
import { claimed } from './duty-claim';
import { requireCompletionEvidence } from './completion-evidence';
import { DutyWorkflows } from './duty-workflows';

@Injectable()
export class DutiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly workflows: DutyWorkflows,
  ) {}

  async list(query: ListDutiesQuery, principal: Principal) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { items, total } = await findDuties(this.dataSource.manager, { ...query, scope: dutyScope(principal, 'd'), page, pageSize });
    return { items: items.map((d) => toDutyView(d)), total, page, pageSize };
  }

  async get(id: string) {
    const duty = await findDutyView(this.dataSource.manager, id);
    if (!duty) throw notFound('事项', id);
    // Counted on the (duty, uploaded_at) index: the files themselves are listed by GET /duties/:id/evidence.
    const evidenceCount = await this.dataSource.getRepository(EvidenceFileEntity).countBy({ dutyId: id });
    return { ...toDutyView(duty), evidenceCount, history: await this.history(id) };
  }

  async history(id: string) {
    if (!(await this.dataSource.getRepository(DutyEntity).existsBy({ id }))) throw notFound('事项', id);
    const events = await this.dataSource.getRepository(DutyEventEntity).find({ where: { dutyId: id }, order: { at: 'ASC', id: 'ASC' } });
    return events.map(toEventView);
  }

  /** The responsible leader records the duty as done, with evidence; the chase stops. */
  /** `extra`: more for the history step (a rectification visit's outcome). */
  async complete(id: string, dto: CompleteDutyDto, principal: Principal, extra: Record<string, unknown> = {}) {
    const actorPersonId = principal.personId;
    const heldOn = dto.heldOn.slice(0, 10);
    if (heldOn > calendarDate(new Date(), this.config.timeZone)) throw badRequest('heldOn', '不能晚于今天');
    const workflowId = await this.dataSource.transaction(async (manager) => {
      const duty = await lockDuty(manager, id);
      if (!duty) throw notFound('事项', id);
      if (duty.responsiblePersonId !== actorPersonId) throw forbidden('只有该事项的责任人本人可以登记完成');
      const workflowId = duty.workflowId;
      const completion = { heldOn, counterpartPersonId: dto.counterpartPersonId ?? duty.counterpartPersonId, note: dto.note };
      claimed(
        await applyDutyCommand(manager, duty, {
          event: { kind: 'completed' },
          changes: { completedAt: new Date(), completion },
          // A completion redone after a return is a step of its own in the history.
          timeline: { type: 'completed', dedupeKey: duty.returnCount > 0 ? `completed:${duty.returnCount}` : 'completed', actorKind: 'person', actorPersonId, data: { ...completion, ...extra } },
        }),
      );
      // After the claim, so a closed duty answers 409 whatever the body says; a bad counterpart or missing evidence rolls the claim back.
      await this.requireCounterpart(dto.counterpartPersonId, duty, principal);
      await requireCompletionEvidence(manager, duty, dto);
      return workflowId;
    });
    await this.workflows.signal(workflowId, dutyCompletedSignal);
    const view = await this.get(id);
    await this.workflows.rectificationChanged(view.periodKey);
    return view;
  }

  /** The actual counterpart is the duty's own, or someone the actor can see; anyone else reads as unknown. */
  private async requireCounterpart(personId: string | undefined, duty: DutyEntity, principal: Principal): Promise<void> {
    if (personId === undefined || personId === duty.counterpartPersonId) return;
    const visible = await this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.id = :personId', { personId })
      .andWhere(...personScope(principal, 'p'))
      .getExists();
    if (!visible) throw badRequest('counterpartPersonId', `人员不存在或不在您的范围内：${personId}`);
  }

  /** The responsible leader acknowledges (签收) the duty: the "please acknowledge" requests stop. */
  async acknowledge(id: string, actorPersonId: string) {
    const workflowId = await this.dataSource.transaction(async (manager) => {
      const duty = await lockDuty(manager, id);
      if (!duty) throw notFound('事项', id);
      if (duty.responsiblePersonId !== actorPersonId) throw forbidden('只有该事项的责任人本人可以签收');
      claimed(
        await applyDutyCommand(manager, duty, {
          event: { kind: 'acknowledged' },
          timeline: { type: 'acknowledged', dedupeKey: 'acknowledged', actorKind: 'person', actorPersonId },
        }),
      );
      return duty.workflowId;
    });
    await this.workflows.signal(workflowId, dutyAcknowledgedSignal);
    return this.get(id);
  }

  /** The numbered warning notices (预警函) issued for a duty, without their PDFs. */
  async warningNotices(id: string) {
    if (!(await this.dataSource.getRepository(DutyEntity).existsBy({ id }))) throw notFound('事项', id);
    const notices = await this.dataSource.getRepository(WarningNoticeEntity).find({
      select: { id: true, number: true, year: true, seq: true, proposalId: true, recipientOrganizationId: true, issuedAt: true },
      where: { dutyId: id },
      order: { issuedAt: 'ASC' },
    });
    return notices.map((n) => ({ ...n, pdfUrl: `/warning-notices/${n.id}/pdf` }));
  }

  async warningNoticePdf(noticeId: string): Promise<{ number: string; pdf: Buffer }> {
    const notice = await this.dataSource.getRepository(WarningNoticeEntity).findOneBy({ id: noticeId });
    if (!notice) throw notFound('预警函', noticeId);
    return { number: notice.number, pdf: notice.pdf };
  }
}
