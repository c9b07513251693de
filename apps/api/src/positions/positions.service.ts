import { ROLE_LABELS } from '@duban/domain';
import { changeHolder, OrganizationEntity, PersonEntity, PositionEntity, PositionHoldingEntity } from '@duban/persistence';
import { dutyReassignedSignal } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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
    const change = await this.positions.manager.transaction((manager) => changeHolder(manager, positionId, dto.personId, new Date()));
    if (!change) throw notFound('职位', positionId);
    for (const { workflowId, personId, seq } of change.moved) await this.workflows.signal(workflowId, dutyReassignedSignal, { personId, seq });
    return this.positions.findOneOrFail({ where: { id: positionId }, relations: { holder: true } });
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
