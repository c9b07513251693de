import { ROLE_LABELS } from '@duban/domain';
import { OrganizationEntity, PersonEntity, PositionEntity } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badRequest, conflict, notFound } from '../common/errors/duban.exception';
import { AssignHolderDto, CreatePositionDto } from './dto/position.dto';

@Injectable()
export class PositionsService {
  constructor(
    @InjectRepository(PositionEntity) private readonly positions: Repository<PositionEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
  ) {}

  async create(organizationId: string, dto: CreatePositionDto): Promise<PositionEntity> {
    if (!(await this.organizations.existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
    if (dto.holderId) await this.requirePerson('holderId', dto.holderId);
    if (dto.role !== 'member' && (await this.positions.existsBy({ organizationId, role: dto.role }))) {
      throw conflict('POSITION_EXISTS', `该组织已设${ROLE_LABELS[dto.role]}职位，一个组织只设一个`);
    }
    return this.positions.save(
      this.positions.create({ organizationId, role: dto.role, title: dto.title ?? ROLE_LABELS[dto.role], holderId: dto.holderId ?? null }),
    );
  }

  async list(organizationId: string): Promise<PositionEntity[]> {
    if (!(await this.organizations.existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
    return this.positions.find({ where: { organizationId }, relations: { holder: true }, order: { createdAt: 'ASC' } });
  }

  async assignHolder(positionId: string, dto: AssignHolderDto): Promise<PositionEntity> {
    const position = await this.positions.findOneBy({ id: positionId });
    if (!position) throw notFound('职位', positionId);
    if (dto.personId) await this.requirePerson('personId', dto.personId);
    position.holderId = dto.personId;
    await this.positions.save(position);
    return this.positions.findOneOrFail({ where: { id: positionId }, relations: { holder: true } });
  }

  private async requirePerson(field: string, id: string): Promise<void> {
    if (!(await this.people.existsBy({ id }))) throw badRequest(field, `人员不存在：${id}`);
  }
}
