import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';
import { PositionEntity } from './position.entity';

/** 任职 (appointment), 调任 (transfer: leaves the other posts held) or 免职 (removal: the post falls vacant). */
export type AppointmentKind = 'appointment' | 'transfer' | 'removal';
/** `scheduled` until the effective date, then `effective`; `void` when the position was gone by then. */
export type AppointmentStatus = 'scheduled' | 'effective' | 'void';

/** A recorded 任免 with its document: it changes who holds the position from its effective date. */
@Entity('appointments')
@Index('ix_appointments_organization', ['organizationId', 'effectiveOn'])
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AppointmentKind;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ name: 'position_id', type: 'uuid' })
  positionId!: string;

  @ManyToOne(() => PositionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'position_id' })
  position?: PositionEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** The day it takes effect, in the organization's zone. */
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: string;

  /** 任免文号, e.g. 常工党〔2027〕12号. */
  @Column({ name: 'document_no', type: 'varchar', length: 100 })
  documentNo!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: AppointmentStatus;

  /** The holding it started (not for a removal), once effective. */
  @Column({ name: 'holding_id', type: 'uuid', nullable: true })
  holdingId!: string | null;

  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;

  @Column({ name: 'workflow_id', type: 'varchar', length: 100 })
  workflowId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
