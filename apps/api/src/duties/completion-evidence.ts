import { missingCompletionEvidence, templateOfDuty } from '@duban/domain';
import { DutyEntity, EvidenceFileEntity } from '@duban/persistence';
import { HttpStatus } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DubanException } from '../common/errors/duban.exception';
import { CompleteDutyDto } from './dto/duty.dto';

/**
 * A completion holds what the duty's template asks as evidence (the pack's `evidence`): a file uploaded before
 * (field `evidence`), the counterpart (the duty's own by default), the day and the note. Inside the completion's
 * transaction, with the duty locked, so a file removed at the same moment cannot slip through.
 */
export async function requireCompletionEvidence(manager: EntityManager, duty: DutyEntity, dto: CompleteDutyDto): Promise<void> {
  const files = await manager.getRepository(EvidenceFileEntity).countBy({ dutyId: duty.id });
  const problems = missingCompletionEvidence(templateOfDuty(duty.templateId, duty.citation), {
    heldOn: dto.heldOn,
    counterpartPersonId: dto.counterpartPersonId ?? duty.counterpartPersonId,
    note: dto.note,
    files,
  });
  if (problems.length === 0) return;
  const message = `请求参数有误：${problems.map((p) => `${p.field} ${p.reason}`).join('；')}`;
  throw new DubanException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, problems);
}
