import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DutyEntity } from './duty.entity';

export type ExtensionRequestStatus = 'pending' | 'granted' | 'refused' | 'withdrawn';

/** The responsible leader asks for a later due date; a supervisor grants or refuses it. */
@Entity('extension_requests')
@Index('ix_extension_requests_status', ['status'])
export class ExtensionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_extension_requests_duty')
  @Column({ name: 'duty_id', type: 'uuid' })
  dutyId!: string;

  @ManyToOne(() => DutyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'duty_id' })
  duty?: DutyEntity;

  @Column({ name: 'requested_by_person_id', type: 'uuid' })
  requestedByPersonId!: string;

  @Column({ name: 'requested_due_at', type: 'timestamptz' })
  requestedDueAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ExtensionRequestStatus;

  @Column({ name: 'decided_by_person_id', type: 'uuid', nullable: true })
  decidedByPersonId!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'granted_due_at', type: 'timestamptz', nullable: true })
  grantedDueAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
