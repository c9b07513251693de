import { DubanConfig } from '@duban/config';
import { dueDateOf } from '@duban/domain';
import { applyDutyCommand, DutyEntity, EvidenceFileEntity, lockDuty } from '@duban/persistence';
import { DubanWorkflowClient } from '@duban/temporal';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../access/principal';
import { supervisedDutyScope } from '../access/scope-sql';
import { badRequest, DubanException, notFound, unavailable } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { DutiesService } from '../duties/duties.service';
import { claimed } from '../duties/duty-claim';
import { toDutyView } from '../duties/duty-view';
import { ListReviewsQuery, ReviewCompletionDto } from './dto/review.dto';

/** How long a return waits for a chase run still closing on the completion before it gives up (503). */
const STALE_CHASE_WAIT_MS = 15_000;

/**
 * The review of a completion by the supervising body (the AccessGuard checked `supervise`, not on one's own
 * case): accept it, or return it as insufficient or perfunctory with a reason and a new due date. A return is
 * claimed in the database (the duty reopens through the lifecycle, the completion moves into the timeline) and
 * the chase is started again inside the same transaction: if the start fails nothing was returned; if the commit
 * fails, the new run finds the duty not reopened and ends without a word.
 */
@Injectable()
export class CompletionReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly workflows: DubanWorkflowClient,
    private readonly duties: DutiesService,
  ) {}

  /** Completed duties the principal supervises whose completion awaits review, with their evidence files. */
  async awaiting(query: ListReviewsQuery, principal: Principal) {
    const qb = this.dataSource
      .getRepository(DutyEntity)
      .createQueryBuilder('duty')
      .leftJoinAndSelect('duty.organization', 'organization')
      .leftJoinAndSelect('duty.responsiblePerson', 'responsiblePerson')
      .leftJoinAndSelect('duty.counterpartPerson', 'counterpartPerson')
      .leftJoinAndSelect('duty.counterpartOrganization', 'counterpartOrganization')
      .where(`duty.status = 'completed' AND duty.review_state IS DISTINCT FROM 'accepted'`)
      .andWhere(...supervisedDutyScope(principal, 'duty'))
      .orderBy('duty.completedAt', 'ASC')
      .take(500);
    if (query.organizationId) qb.andWhere('duty.organization_id = :organizationId', { organizationId: query.organizationId });
    const duties = await qb.getMany();
    const files = duties.length
      ? await this.dataSource.getRepository(EvidenceFileEntity).find({
          select: { id: true, dutyId: true, fileName: true, contentType: true, size: true, uploadedAt: true },
          where: duties.map((d) => ({ dutyId: d.id })),
          order: { uploadedAt: 'ASC' },
        })
      : [];
    return duties.map((duty) => ({
      ...toDutyView(duty),
      evidence: files.filter((f) => f.dutyId === duty.id).map(({ dutyId: _dutyId, ...file }) => ({ ...file, downloadUrl: `/evidence/${file.id}` })),
    }));
  }

  async review(id: string, dto: ReviewCompletionDto, actorPersonId: string) {
    if (dto.decision === 'accept') await this.accept(id, dto.reason ?? null, actorPersonId);
    else await this.return(id, this.returnOf(dto), actorPersonId);
    const view = await this.duties.get(id);
    await this.workflows.rectificationChanged(view.periodKey);
    return view;
  }

  private async accept(id: string, note: string | null, actorPersonId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const duty = await this.locked(manager, id);
      claimed(
        await applyDutyCommand(manager, duty, {
          event: { kind: 'completion_accepted' },
          changes: { reviewState: 'accepted' },
          timeline: {
            type: 'completion_accepted',
            dedupeKey: `completion_accepted:${duty.returnCount}`,
            actorKind: 'person',
            actorPersonId,
            data: { completedAt: duty.completedAt?.toISOString() ?? null, completion: duty.completion, ...(note ? { note } : {}) },
          },
        }),
      );
    });
  }

  private async return(id: string, { reason, newDueAt, returnKind }: { reason: string; newDueAt: Date; returnKind: string | null }, actorPersonId: string): Promise<void> {
    const before = await this.dataSource.getRepository(DutyEntity).findOneBy({ id });
    if (!before) throw notFound('事项', id);
    // A run still closing on the completion (or one that never heard of it) must end before the new one starts.
    if (before.status === 'completed') await this.unavailableIfFails(() => this.workflows.closeStaleChase(before.workflowId, STALE_CHASE_WAIT_MS));
    await this.dataSource.transaction(async (manager) => {
      const duty = await this.locked(manager, id);
      const returnSeq = duty.returnCount + 1;
      const evidence = await manager.getRepository(EvidenceFileEntity).find({ select: { id: true, fileName: true }, where: { dutyId: id } });
      const returned = { completedAt: duty.completedAt?.toISOString() ?? null, completion: duty.completion, evidence };
      const applied = claimed(
        await applyDutyCommand(manager, duty, {
          event: { kind: 'completion_returned' },
          changes: { returnCount: returnSeq, reviewState: 'returned', returnReason: reason, completedAt: null, completion: null, dueAt: newDueAt, dueDate: dueDateOf(newDueAt, this.config.timeZone) },
          timeline: {
            type: 'completion_returned',
            dedupeKey: `completion_returned:${returnSeq}`,
            actorKind: 'person',
            actorPersonId,
            data: { returnSeq, reason, ...(returnKind ? { returnKind } : {}), previousDueAt: before.dueAt.toISOString(), newDueAt: newDueAt.toISOString(), returned },
          },
        }),
      );
      if (applied.tell.some((e) => e.kind === 'restart_chase')) await this.unavailableIfFails(() => this.workflows.restartChase(applied.duty, returnSeq));
    });
  }

  private returnOf(dto: ReviewCompletionDto): { reason: string; newDueAt: Date; returnKind: string | null } {
    if (!dto.reason) throw badRequest('reason', '退回时必须说明理由');
    if (!dto.newDueAt) throw badRequest('newDueAt', '退回时必须给出新的截止时刻');
    const newDueAt = new Date(dto.newDueAt);
    if (newDueAt.getTime() <= Date.now()) throw badRequest('newDueAt', '新的截止时刻必须晚于现在');
    return { reason: dto.reason, newDueAt, returnKind: dto.returnKind ?? null };
  }

  private async locked(manager: EntityManager, id: string): Promise<DutyEntity> {
    const duty = await lockDuty(manager, id);
    if (!duty) throw notFound('事项', id);
    return duty;
  }

  private async unavailableIfFails(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      if (error instanceof DubanException) throw error;
      throw unavailable(`督办流程暂不可用，退回未生效，请稍后重试：${(error as Error).message}`);
    }
  }
}
