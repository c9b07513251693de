import { DubanConfig } from '@duban/config';
import { calendarDate, INCIDENT_KIND_LABELS, PERSONAL_INCIDENT_KINDS } from '@duban/domain';
import { IncidentEntity, OrganizationEntity, PositionEntity } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badRequest, notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { RecordIncidentDto } from './dto/event.dto';
import { EventDuties } from './event-duties';

@Injectable()
export class IncidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly duties: EventDuties,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /** Records an incident; the packs in force name the duties it starts (专题约谈, 专题民主生活会…), chased at once. */
  async record(organizationId: string, dto: RecordIncidentDto) {
    if (dto.occurredOn > calendarDate(new Date(), this.config.timeZone)) throw badRequest('occurredOn', '不能晚于今天');
    const personal = PERSONAL_INCIDENT_KINDS.includes(dto.kind);
    if (personal && !dto.personId) throw badRequest('personId', `“${INCIDENT_KIND_LABELS[dto.kind]}”须指明涉及的领导班子成员`);
    const { incident, seat } = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
      if (!organization) throw notFound('组织', organizationId);
      if (organization.dissolvedAt) throw badRequest('organizationId', '该组织已撤销');
      const seat = dto.personId ? await manager.getRepository(PositionEntity).findOneBy({ organizationId, holderId: dto.personId }) : null;
      if (dto.personId && !seat) throw badRequest('personId', '该人员不是本组织领导班子成员');
      const incident = await manager.getRepository(IncidentEntity).save({
        organizationId,
        kind: dto.kind,
        occurredOn: dto.occurredOn,
        description: dto.description,
        personId: dto.personId ?? null,
        recordedByPersonId: dto.actorPersonId ?? null,
      });
      return { incident, seat };
    });
    // The fact is recorded; its duties are the worker's to issue.
    const subject = personal && seat ? { personId: seat.holderId!, positionId: seat.id } : null;
    const { skipped, pending } = await this.duties.issue({ kind: 'incident', id: incident.id, organizationId, date: dto.occurredOn, incidentKind: dto.kind, subject });
    return { ...this.view(incident), duties: await this.duties.viewsOf(incident.id), skipped, pending };
  }

  async list(organizationId: string) {
    if (!(await this.dataSource.getRepository(OrganizationEntity).existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
    const incidents = await this.dataSource.getRepository(IncidentEntity).find({ where: { organizationId }, order: { occurredOn: 'DESC', recordedAt: 'DESC' } });
    return incidents.map((i) => this.view(i));
  }

  async get(id: string) {
    const incident = await this.dataSource.getRepository(IncidentEntity).findOneBy({ id });
    if (!incident) throw notFound('事件', id);
    return { ...this.view(incident), duties: await this.duties.viewsOf(id) };
  }

  private view(i: IncidentEntity) {
    return { id: i.id, organizationId: i.organizationId, kind: i.kind, kindLabel: INCIDENT_KIND_LABELS[i.kind], occurredOn: i.occurredOn, description: i.description, personId: i.personId, recordedAt: i.recordedAt };
  }
}
