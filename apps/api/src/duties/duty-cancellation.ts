import { OPEN_DUTY_STATUSES } from '@duban/domain';
import { applyDutyCommand, DutyEntity } from '@duban/persistence';
import { dutyCancelledSignal } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { DutyWorkflows } from './duty-workflows';

export type CancellationScope = { dutyId: string } | { organizationId: string } | { periodKeyPrefix: string };

/** Cancels, with the reason, an open duty an administrator withdraws, or the open duties of a dissolved organization. */
@Injectable()
export class DutyCancellation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: DutyWorkflows,
  ) {}

  async cancel(scope: CancellationScope, reason: string): Promise<number> {
    const duties = await this.dataSource.transaction(async (m: EntityManager) => {
      const qb = m
        .getRepository(DutyEntity)
        .createQueryBuilder('d')
        .setLock('pessimistic_write')
        .where('d.status IN (:...open)', { open: OPEN_DUTY_STATUSES });
      if ('dutyId' in scope) qb.andWhere('d.id = :id', { id: scope.dutyId });
      else if ('periodKeyPrefix' in scope) qb.andWhere('d.period_key LIKE :prefix', { prefix: `${scope.periodKeyPrefix}%` });
      else qb.andWhere(new Brackets((w) => w.where('d.organization_id = :id', { id: scope.organizationId }).orWhere('d.counterpart_organization_id = :id', { id: scope.organizationId })));
      const cancelled: DutyEntity[] = [];
      for (const duty of await qb.getMany()) {
        const result = await applyDutyCommand(m, duty, {
          event: { kind: 'cancelled' },
          changes: { cancelReason: reason },
          timeline: { type: 'cancelled', dedupeKey: 'cancelled', actorKind: 'system', data: { reason } },
        });
        if (!result.refused) cancelled.push(duty);
      }
      return cancelled;
    });
    for (const duty of duties) await this.workflows.signal(duty.workflowId, dutyCancelledSignal, { reason });
    return duties.length;
  }
}
