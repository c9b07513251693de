import type { Audience } from '@duban/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DutyEntity } from './duty.entity';

/** `escalated`: a level that needs no approval went out directly. */
export type ProposalStatus = 'pending' | 'approved' | 'auto_escalated' | 'escalated' | 'rejected' | 'extended' | 'withdrawn';

/** A proposal to escalate an overdue duty to the higher body, waiting for a supervisor. */
@Entity('escalation_proposals')
@Index('uq_escalation_proposals_step', ['dutyId', 'round', 'level'], { unique: true })
@Index('ix_escalation_proposals_status', ['status'])
export class EscalationProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'duty_id', type: 'uuid' })
  dutyId!: string;

  @ManyToOne(() => DutyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'duty_id' })
  duty?: DutyEntity;

  /** Which due date the proposal belongs to: 0, then +1 per extension. */
  @Column({ type: 'int' })
  round!: number;

  @Column({ type: 'int' })
  level!: number;

  /** The higher body the escalation goes to (null at the top of the tree). */
  @Column({ name: 'target_organization_id', type: 'uuid', nullable: true })
  targetOrganizationId!: string | null;

  /** Who is told when it goes out, e.g. ['parent:principal', 'parent:discipline_secretary']. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  audience!: Audience[];

  @Column({ type: 'varchar', length: 20 })
  status!: ProposalStatus;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ name: 'decides_by', type: 'timestamptz' })
  decidesBy!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by_person_id', type: 'uuid', nullable: true })
  decidedByPersonId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'new_due_at', type: 'timestamptz', nullable: true })
  newDueAt!: Date | null;
}
