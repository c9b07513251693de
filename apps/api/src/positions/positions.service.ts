import { DubanConfig } from '@duban/config';
import { calendarDate, ROLE_LABELS } from '@duban/domain';
import { OrganizationEntity, PersonEntity, PositionEntity, PositionHoldingEntity } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { badRequest, conflict, notFound } from '../common/errors/duban.exception';
import { AppointmentsService } from '../appointments/appointments.service';
import { DUBAN_CONFIG } from '../config/config.module';
import { AssignHolderDto, CreatePositionDto } from './dto/position.dto';

@Injectable()
export class PositionsService {
  constructor(
    @InjectRepository(PositionEntity) private readonly positions: Repository<PositionEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly appointments: AppointmentsService,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /** Creates a seat, with its first holder if given; with `within`, inside that transaction (the tree import). */
  async create(organizationId: string, dto: CreatePositionDto, within?: EntityManager): Promise<PositionEntity> {
    const manager = within ?? this.positions.manager;
    if (!(await manager.getRepository(OrganizationEntity).existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
    if (dto.holderId && !(await manager.getRepository(PersonEntity).existsBy({ id: dto.holderId }))) throw badRequest('holderId', `人员不存在：${dto.holderId}`);
    if (dto.role !== 'member' && (await manager.getRepository(PositionEntity).existsBy({ organizationId, role: dto.role }))) {
      throw conflict('POSITION_EXISTS', `该组织已设${ROLE_LABELS[dto.role]}职位，一个组织只设一个`);
    }
    const insert = async (tx: EntityManager) => {
      const position = await tx.getRepository(PositionEntity).save(
        tx.getRepository(PositionEntity).create({ organizationId, role: dto.role, title: dto.title ?? ROLE_LABELS[dto.role], holderId: dto.holderId ?? null }),
      );
      if (dto.holderId) await tx.getRepository(PositionHoldingEntity).save({ positionId: position.id, personId: dto.holderId });
      return position;
    };
    return within ? insert(within) : manager.transaction(insert);
  }

  async list(organizationId: string): Promise<PositionEntity[]> {
    if (!(await this.organizations.existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
    return this.positions.find({ where: { organizationId }, relations: { holder: true }, order: { createdAt: 'ASC' } });
  }

  /**
   * Sets the holder now: an appointment (or, for `null`, a removal of the holder) effective today, carried out
   * like any other 任免 (POST /appointments) — the holding history, the position's open duties following the new
   * holder (who is told), a new 一把手's duties and tenure clock. Waits (up to DECISION_WAIT) for it to take effect.
   */
  async assignHolder(positionId: string, dto: AssignHolderDto): Promise<PositionEntity> {
    const position = await this.positions.findOneBy({ id: positionId });
    if (!position) throw notFound('职位', positionId);
    if (dto.personId) await this.requirePerson('personId', dto.personId);
    const effectiveOn = calendarDate(new Date(), this.config.timeZone);
    const documentNo = dto.documentNo ?? '（直接设置任职人，未填文号）';
    if (dto.personId && dto.personId !== position.holderId) {
      await this.appointments.record({ kind: 'appointment', personId: dto.personId, positionId, effectiveOn, documentNo });
    } else if (!dto.personId && position.holderId) {
      await this.appointments.record({ kind: 'removal', personId: position.holderId, positionId, effectiveOn, documentNo });
    }
    return this.positions.findOneOrFail({ where: { id: positionId }, relations: { holder: true } });
  }

  /** Who held the position when. */
  async holdings(positionId: string) {
    if (!(await this.positions.existsBy({ id: positionId }))) throw notFound('职位', positionId);
    return this.positions.manager.getRepository(PositionHoldingEntity).find({ where: { positionId }, order: { startedAt: 'ASC', endedAt: { direction: 'ASC', nulls: 'LAST' } } });
  }

  private async requirePerson(field: string, id: string): Promise<void> {
    if (!(await this.people.existsBy({ id }))) throw badRequest(field, `人员不存在：${id}`);
  }
}
