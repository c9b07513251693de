import type { RectificationEscalation, RectificationKind, RectificationSeverity, RectificationSource, RectificationStatus, RectificationTimings, SupervisingBody } from '@duban/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/**
 * A finding to rectify (or a supervision recommendation to answer), owned by its organization's 一把手 and
 * verified by the supervising body; followed up by the workflow `rectification-<id>`, its milestones chased as
 * duties keyed `rect:<id>:…`. Its status changes only through `rectificationTransition` (see rectification-commands).
 */
@Entity('rectifications')
@Index('ix_rectifications_org_status', ['organizationId', 'status'])
@Index('ix_rectifications_supervising', ['supervisingOrganizationId', 'status'])
export class RectificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The organization that rectifies (its 一把手 is the first responsible). */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 40 })
  source!: RectificationSource;

  @Column({ type: 'varchar', length: 16 })
  kind!: RectificationKind;

  /** The source's own number (反馈意见、建议书文号), if any. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 50 })
  category!: string;

  @Column({ type: 'varchar', length: 16 })
  severity!: RectificationSeverity;

  /** The day the finding was made (反馈之日). */
  @Column({ name: 'found_on', type: 'date' })
  foundOn!: string;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn!: string;

  @Column({ name: 'original_deadline', type: 'date' })
  originalDeadline!: string;

  /** The deadline in force (moved by a return or a reopening visit). */
  @Column({ type: 'date' })
  deadline!: string;

  @Column({ name: 'supervising_organization_id', type: 'uuid' })
  supervisingOrganizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervising_organization_id' })
  supervisingOrganization?: OrganizationEntity;

  @Column({ name: 'supervising_body', type: 'varchar', length: 16 })
  supervisingBody!: SupervisingBody;

  @Column({ type: 'jsonb' })
  timings!: RectificationTimings;

  @Column({ type: 'varchar', length: 16 })
  status!: RectificationStatus;

  @Column({ type: 'integer', default: 0 })
  round!: number;

  @Column({ name: 'round_started_on', type: 'date' })
  roundStartedOn!: string;

  @Column({ name: 'returns_this_round', type: 'integer', default: 0 })
  returnsThisRound!: number;

  @Column({ name: 'late_since', type: 'date', nullable: true })
  lateSince!: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  escalation!: RectificationEscalation | null;

  @Column({ name: 'admonition_due_on', type: 'date', nullable: true })
  admonitionDueOn!: string | null;

  @Column({ name: 'paper_only_at', type: 'timestamptz', nullable: true })
  paperOnlyAt!: Date | null;

  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn!: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  /** The sheet it came from (all rows of one import share it); null: recorded one by one. */
  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId!: string | null;

  @Column({ name: 'recorded_by_person_id', type: 'uuid', nullable: true })
  recordedByPersonId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One step in a rectification's history (recorded, late, talk, notice, visit…), once per key. */
@Entity('rectification_events')
@Index('uq_rectification_events_key', ['rectificationId', 'dedupeKey'], { unique: true })
export class RectificationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'rectification_id', type: 'uuid' })
  rectificationId!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 100 })
  dedupeKey!: string;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind!: 'person' | 'system';

  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  data!: Record<string, unknown>;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}

export type NoticeStatus = 'proposed' | 'approved' | 'rejected';

/** A public notice (通报曝光) proposed to the supervising body; once approved, numbered and sent to the listed organizations. */
@Entity('rectification_notices')
@Index('uq_rectification_notices_reason', ['rectificationId', 'reason'], { unique: true })
export class RectificationNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'rectification_id', type: 'uuid' })
  rectificationId!: string;

  @Column({ type: 'varchar', length: 24 })
  reason!: 'late_after_talk' | 'paper_only';

  @Column({ type: 'varchar', length: 16 })
  status!: NoticeStatus;

  @CreateDateColumn({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by_person_id', type: 'uuid', nullable: true })
  decidedByPersonId!: string | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  /** 整改通报〔2027〕第 N 号, given on approval (numbered per year, see nextDocumentNumber). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  number!: string | null;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  @Column({ type: 'integer', nullable: true })
  seq!: number | null;

  @Column({ name: 'recipient_organization_ids', type: 'jsonb', default: [] })
  recipientOrganizationIds!: string[];

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}

/**
 * A supervising organization's settings for the rectifications it verifies: the milestones' time limits (product
 * defaults where unset) and the organizations its public notices go to.
 */
@Entity('rectification_settings')
export class RectificationSettingsEntity {
  @Column({ name: 'organization_id', type: 'uuid', primary: true })
  organizationId!: string;

  @Column({ type: 'jsonb', default: {} })
  timings!: Partial<RectificationTimings>;

  @Column({ name: 'notice_recipient_organization_ids', type: 'jsonb', default: [] })
  noticeRecipientOrganizationIds!: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
