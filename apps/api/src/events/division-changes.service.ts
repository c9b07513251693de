import { DubanConfig } from '@duban/config';
import { calendarDate } from '@duban/domain';
import { DivisionChangeEntity, OrganizationEntity } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badRequest, notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { RecordDivisionChangeDto } from './dto/event.dto';
import { EventDuties } from './event-duties';

@Injectable()
export class DivisionChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly duties: EventDuties,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /** Records a change in the division of work among the team: the filing with the higher committee (分工报备) is owed. */
  async record(organizationId: string, dto: RecordDivisionChangeDto) {
    if (dto.changedOn > calendarDate(new Date(), this.config.timeZone)) throw badRequest('changedOn', '不能晚于今天');
    const change = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
      if (!organization) throw notFound('组织', organizationId);
      if (organization.dissolvedAt) throw badRequest('organizationId', '该组织已撤销');
      return manager.getRepository(DivisionChangeEntity).save({ organizationId, changedOn: dto.changedOn, description: dto.description, recordedByPersonId: dto.actorPersonId ?? null });
    });
    // The fact is recorded; its duties are the worker's to issue.
    const { skipped, pending } = await this.duties.issue({ kind: 'division_change', id: change.id, organizationId, date: dto.changedOn });
    return { ...change, duties: await this.duties.viewsOf(change.id), skipped, pending };
  }

  async list(organizationId: string) {
    if (!(await this.dataSource.getRepository(OrganizationEntity).existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
    return this.dataSource.getRepository(DivisionChangeEntity).find({ where: { organizationId }, order: { changedOn: 'DESC', recordedAt: 'DESC' } });
  }
}
