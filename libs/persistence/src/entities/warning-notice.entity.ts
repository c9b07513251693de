import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DutyEntity } from './duty.entity';

/** A numbered warning notice (预警函) issued when an escalation goes out, kept with its PDF. */
@Entity('warning_notices')
@Index('uq_warning_notices_number', ['year', 'seq'], { unique: true })
export class WarningNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_warning_notices_duty')
  @Column({ name: 'duty_id', type: 'uuid' })
  dutyId!: string;

  @ManyToOne(() => DutyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'duty_id' })
  duty?: DutyEntity;

  /** One notice per escalation that went out. */
  @Index('uq_warning_notices_proposal', { unique: true })
  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 64 })
  number!: string;

  @Column({ name: 'recipient_organization_id', type: 'uuid', nullable: true })
  recipientOrganizationId!: string | null;

  @Column({ type: 'bytea' })
  pdf!: Buffer;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
