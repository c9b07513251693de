import type { ChasePolicy, DutyStatus } from '@duban/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';

export interface CompletionEvidence {
  heldOn: string;
  counterpartPersonId: string | null;
  note: string;
}

/** The review of a completion by the supervising body: accepted, or returned (and being redone). */
export type DutyReviewState = 'accepted' | 'returned';

/** A 评议 result recorded on a 述责述廉 duty. */
export interface DutyAppraisal {
  grade: string;
  comment: string | null;
  byPersonId: string;
  at: string;
  /** The clause that gives the regime its 评议 (《…》第…条). */
  citation: string;
}

/** One duty owed by one person, with its due date, chased by the workflow `duty-<id>`. */
@Entity('duties')
@Index('ix_duties_org_status_due', ['organizationId', 'status', 'dueAt'])
@Index('ix_duties_responsible_status', ['responsiblePersonId', 'status'])
export class DutyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /**
   * The one key of a duty, whichever path issues it (cycle, event, manual): organization, template, period,
   * seat and counterpart (see dutyDedupeKey). Issuing the same duty twice never creates a second one.
   */
  @Index('uq_duties_dedupe', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  /** The pack template the duty comes from (e.g. 'supervision-talk'). */
  @Column({ name: 'template_id', type: 'varchar', length: 64 })
  templateId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The organization whose leader owes the duty. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'responsible_position_id', type: 'uuid' })
  responsiblePositionId!: string;

  @Column({ name: 'responsible_person_id', type: 'uuid' })
  responsiblePersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_person_id' })
  responsiblePerson?: PersonEntity;

  @Column({ name: 'counterpart_organization_id', type: 'uuid', nullable: true })
  counterpartOrganizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'counterpart_organization_id' })
  counterpartOrganization?: OrganizationEntity | null;

  @Column({ name: 'counterpart_position_id', type: 'uuid', nullable: true })
  counterpartPositionId!: string | null;

  @Column({ name: 'counterpart_person_id', type: 'uuid', nullable: true })
  counterpartPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'counterpart_person_id' })
  counterpartPerson?: PersonEntity | null;

  @Column({ name: 'period_key', type: 'varchar', length: 64 })
  periodKey!: string;

  /** Start of the period; reminders that would fall before it are skipped. */
  @Column({ name: 'period_start', type: 'timestamptz', nullable: true })
  periodStart!: Date | null;

  /** End of the duty's slice of its period (exclusive); lets a changed due rule be applied to open duties. */
  @Column({ name: 'period_end', type: 'timestamptz', nullable: true })
  periodEnd!: Date | null;

  /** The period in words, e.g. 2027年第一季度. */
  @Column({ name: 'period_label', type: 'varchar', length: 40, nullable: true })
  periodLabel!: string | null;

  /** Calendar due date in the organization's zone, as shown to people. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 32 })
  status!: DutyStatus;

  @Column({ type: 'jsonb' })
  policy!: ChasePolicy;

  /** 《document》clause, the source of this duty. */
  @Column({ type: 'text' })
  citation!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 100 })
  workflowId!: string;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  completion!: CompletionEvidence | null;

  /** When the responsible leader acknowledged (签收) the duty. */
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** How many times the supervising body returned the duty's completion (敷衍、走过场…). */
  @Column({ name: 'return_count', type: 'integer', default: 0 })
  returnCount!: number;

  /**
   * The last review of a completion: 'accepted', or 'returned' (the duty reopened; a completion redone after it
   * awaits review again). Null: never reviewed.
   */
  @Column({ name: 'review_state', type: 'varchar', length: 16, nullable: true })
  reviewState!: DutyReviewState | null;

  /** The reason of the last return (the whole history of returns is in the timeline). */
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  appraisal!: DutyAppraisal | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
