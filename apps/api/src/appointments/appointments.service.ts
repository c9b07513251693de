import { DubanConfig } from '@duban/config';
import { calendarDate, startOfDay } from '@duban/domain';
import { AppointmentEntity, PersonEntity, PositionEntity, ReminderLetterEntity } from '@duban/persistence';
import { DubanWorkflowClient } from '@duban/temporal';
import { appointmentWorkflowId } from '@duban/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { badRequest, notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { EventDuties } from '../events/event-duties';
import { waitWithin } from '../temporal/wait-within';
import { ListAppointmentsQuery, RecordAppointmentDto } from './dto/appointment.dto';

@Injectable()
export class AppointmentsService {
  private readonly logger = new Logger(AppointmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly duties: EventDuties,
    private readonly workflows: DubanWorkflowClient,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /**
   * Records a 任免 and hands it to its workflow `appointment-<id>`, which carries it out on the effective date.
   * Effective today or earlier: waits (up to DECISION_WAIT) for it to take effect, so the answer shows the duties.
   */
  async record(dto: RecordAppointmentDto) {
    const position = await this.dataSource.getRepository(PositionEntity).findOne({ where: { id: dto.positionId }, relations: { organization: true } });
    if (!position) throw badRequest('positionId', `职位不存在：${dto.positionId}`);
    if (dto.organizationId && dto.organizationId !== position.organizationId) throw badRequest('organizationId', '与职位所在组织不一致');
    if (position.organization?.dissolvedAt) throw badRequest('positionId', '该职位所在组织已撤销');
    if (!(await this.dataSource.getRepository(PersonEntity).existsBy({ id: dto.personId }))) throw badRequest('personId', `人员不存在：${dto.personId}`);
    if (dto.kind === 'removal' && position.holderId !== dto.personId && !(await this.scheduledFor(dto.positionId, dto.personId))) {
      throw badRequest('personId', '该人员未担任（也未被任命）此职位，无从免职');
    }
    const id = randomUUID();
    const appointment = await this.dataSource.getRepository(AppointmentEntity).save({
      id,
      kind: dto.kind,
      personId: dto.personId,
      positionId: dto.positionId,
      organizationId: position.organizationId,
      effectiveOn: dto.effectiveOn,
      documentNo: dto.documentNo,
      status: 'scheduled',
      holdingId: null,
      appliedAt: null,
      workflowId: appointmentWorkflowId(id),
    });
    const effectiveAt = startOfDay(dto.effectiveOn, this.config.timeZone);
    const handle = await this.workflows.startAppointment({ appointmentId: id, effectiveAt });
    if (dto.effectiveOn <= calendarDate(new Date(), this.config.timeZone)) {
      await waitWithin(this.workflows.untilStopped(() => handle.result()), this.config.api.decisionWaitMs).catch((error: Error) => this.logger.warn(`任免流程尚未完成（${appointment.workflowId}）：${error.message}`));
    }
    return this.get(id);
  }

  async list(query: ListAppointmentsQuery) {
    const where: FindOptionsWhere<AppointmentEntity> = {};
    if (query.organizationId) where.organizationId = query.organizationId;
    if (query.personId) where.personId = query.personId;
    const rows = await this.dataSource.getRepository(AppointmentEntity).find({ where, relations: { person: true, position: true }, order: { effectiveOn: 'DESC', recordedAt: 'DESC' }, take: 500 });
    return rows.map((a) => this.view(a));
  }

  /** The 任免 with the duties it started and the reminder letter sent, if any. */
  async get(id: string) {
    const appointment = await this.dataSource.getRepository(AppointmentEntity).findOne({ where: { id }, relations: { person: true, position: true } });
    if (!appointment) throw notFound('任免记录', id);
    const letter = await this.dataSource.getRepository(ReminderLetterEntity).findOne({ select: { id: true, number: true, issuedAt: true, rectificationDutyIds: true, rectificationIds: true }, where: { appointmentId: id } });
    return { ...this.view(appointment), duties: await this.duties.viewsOf(id), reminderLetter: letter };
  }

  async letterPdf(id: string): Promise<{ number: string; pdf: Buffer }> {
    const letter = await this.dataSource.getRepository(ReminderLetterEntity).findOneBy({ id });
    if (!letter) throw notFound('履责提醒函', id);
    return { number: letter.number, pdf: letter.pdf };
  }

  private scheduledFor(positionId: string, personId: string) {
    return this.dataSource.getRepository(AppointmentEntity).existsBy({ positionId, personId, status: 'scheduled' });
  }

  private view(a: AppointmentEntity) {
    return {
      id: a.id,
      kind: a.kind,
      status: a.status,
      person: a.person ? { id: a.person.id, name: a.person.name } : { id: a.personId },
      position: a.position ? { id: a.position.id, title: a.position.title, role: a.position.role } : { id: a.positionId },
      organizationId: a.organizationId,
      effectiveOn: a.effectiveOn,
      documentNo: a.documentNo,
      holdingId: a.holdingId,
      appliedAt: a.appliedAt,
      recordedAt: a.recordedAt,
    };
  }
}
