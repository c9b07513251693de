import { appraisalApplies, citationsOfDuty } from '@duban/domain';
import { appendDutyEvent, DutyAppraisal, DutyEntity, lockDuty } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../common/errors/duban.exception';
import { DutiesService } from '../duties/duties.service';
import { AppraiseDutyDto } from './dto/review.dto';

/**
 * 评议 results on a leader's yearly 述责述廉, where the regime has them (see `appraisalApplies`): recorded once by
 * the supervising body on a completed report, kept on the duty and in its timeline (`appraised`).
 */
@Injectable()
export class AppraisalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly duties: DutiesService,
  ) {}

  async appraise(id: string, dto: AppraiseDutyDto, actorPersonId: string) {
    await this.dataSource.transaction(async (manager) => {
      const duty = await lockDuty(manager, id);
      if (!duty) throw notFound('事项', id);
      const applies = appraisalApplies(duty.templateId, citationsOfDuty(duty.templateId, duty.citation));
      if (!applies.applies) throw conflict('APPRAISAL_NOT_APPLICABLE', applies.reason);
      if (duty.status !== 'completed') throw conflict('NOT_COMPLETED', '述责述廉尚未登记完成（或已被退回重新办理），不能记录评议结果');
      if (duty.appraisal) throw conflict('ALREADY_APPRAISED', `该述责述廉已有评议结果（${duty.appraisal.grade}），不能重复评议`);
      const { rule } = applies;
      const appraisal: DutyAppraisal = {
        grade: dto.grade,
        comment: dto.comment ?? null,
        byPersonId: actorPersonId,
        at: new Date().toISOString(),
        citation: `${rule.document}${rule.clause}`,
      };
      await manager.update(DutyEntity, { id }, { appraisal });
      await appendDutyEvent(manager, { dutyId: id, type: 'appraised', dedupeKey: 'appraised', actorKind: 'person', actorPersonId, data: { ...appraisal } });
    });
    return this.duties.get(id);
  }
}
