import { OPEN_DUTY_STATUSES, ROLE_LABELS } from '@duban/domain';
import { appendDutyEvent, DutyEntity, OrganizationEntity, PersonEntity, PositionEntity, PositionHoldingEntity } from '@duban/persistence';
import { dutyReassignedSignal } from '@duban/workflows';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { badRequest, conflict, notFound } from '../common/errors/duban.exception';
import { DutyWorkflows } from '../duties/duty-workflows';
import { AssignHolderDto, CreatePositionDto } from './dto/position.dto';

@Injectable()
export class PositionsService {
  constructor(
    @InjectRepository(PositionEntity) private readonly positions: Repository<PositionEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly workflows: DutyWorkflows,
  ) {}

  async create(organizationId: string, dto: CreatePositionDto): Promise<PositionEntity> {
    if (!(await this.organizations.existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
    if (dto.holderId) await this.requirePerson('holderId', dto.holderId);
    if (dto.role !== 'member' && (await this.positions.existsBy({ organizationId, role: dto.role }))) {
      throw conflict('POSITION_EXISTS', `该组织已设${ROLE_LABELS[dto.role]}职位，一个组织只设一个`);
    }
    return this.positions.manager.transaction(async (manager) => {
      const position = await manager.getRepository(PositionEntity).save(
        manager.getRepository(PositionEntity).create({ organizationId, role: dto.role, title: dto.title ?? ROLE_LABELS[dto.role], holderId: dto.holderId ?? null }),
      );
      if (dto.holderId) await manager.getRepository(PositionHoldingEntity).save({ positionId: position.id, personId: dto.holderId });
      return position;
    });
  }

  async list(organizationId: string): Promise<PositionEntity[]> {
    if (!(await this.organizations.existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
    return this.positions.find({ where: { organizationId }, relations: { holder: true }, order: { createdAt: 'ASC' } });
  }

  /**
   * A new holder takes the position: the holding history records who held it when, and the open duties
   * the position owes move to the new holder (who is told); duties where it is the counterpart follow too.
   */
  async assignHolder(positionId: string, dto: AssignHolderDto): Promise<PositionEntity> {
    if (dto.personId) await this.requirePerson('personId', dto.personId);
    const moved = await this.positions.manager.transaction(async (manager) => {
      const position = await manager.getRepository(PositionEntity).findOne({ where: { id: positionId }, lock: { mode: 'pessimistic_write' } });
      if (!position) throw notFound('职位', positionId);
      if (position.holderId === dto.personId) return [];
      const now = new Date();
      await manager.update(PositionHoldingEntity, { positionId, endedAt: IsNull() }, { endedAt: now });
      await manager.update(PositionEntity, { id: positionId }, { holderId: dto.personId });
      if (!dto.personId) return [];
      await manager.getRepository(PositionHoldingEntity).save({ positionId, personId: dto.personId, startedAt: now });
      return this.moveOpenDuties(manager, positionId, position.holderId, dto.personId, now.getTime());
    });
    for (const { workflowId, seq } of moved) await this.workflows.signal(workflowId, dutyReassignedSignal, { personId: dto.personId!, seq });
    return this.positions.findOneOrFail({ where: { id: positionId }, relations: { holder: true } });
  }

  private async moveOpenDuties(manager: EntityManager, positionId: string, from: string | null, to: string, seq: number) {
    const open = { status: In([...OPEN_DUTY_STATUSES]) };
    const owed = await manager.getRepository(DutyEntity).find({ where: { responsiblePositionId: positionId, ...open }, lock: { mode: 'pessimistic_write' } });
    const facing = await manager.getRepository(DutyEntity).find({ where: { counterpartPositionId: positionId, ...open }, lock: { mode: 'pessimistic_write' } });
    for (const duty of owed) {
      await manager.update(DutyEntity, { id: duty.id }, { responsiblePersonId: to });
      await appendDutyEvent(manager, { dutyId: duty.id, type: 'reassigned', dedupeKey: `reassigned:${seq}`, actorKind: 'system', data: { role: 'responsible', positionId, from, to } });
    }
    for (const duty of facing) {
      await manager.update(DutyEntity, { id: duty.id }, { counterpartPersonId: to });
      await appendDutyEvent(manager, { dutyId: duty.id, type: 'reassigned', dedupeKey: `reassigned:${seq}:counterpart`, actorKind: 'system', data: { role: 'counterpart', positionId, from, to } });
    }
    return owed.map((d) => ({ workflowId: d.workflowId, seq }));
  }

  /** Who held the position when. */
  async holdings(positionId: string) {
    if (!(await this.positions.existsBy({ id: positionId }))) throw notFound('职位', positionId);
    return this.positions.manager.getRepository(PositionHoldingEntity).find({ where: { positionId }, order: { startedAt: 'ASC' } });
  }

  private async requirePerson(field: string, id: string): Promise<void> {
    if (!(await this.people.existsBy({ id }))) throw badRequest(field, `人员不存在：${id}`);
  }
}
