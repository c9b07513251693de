import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SPOT_CHECK_KINDS = ['statement_spot_check', 'personal_matters_sampling', 'personal_matters_verification'] as const;
export type SpotCheckKind = (typeof SPOT_CHECK_KINDS)[number];

export interface DrawCandidate {
  personId: string;
  positionId: string;
  organizationId: string;
}

export interface DrawExclusion {
  personId: string;
  /** `rule`: excluded by duban (already under check); `administrator`: excluded with the administrator's reason. */
  by: 'rule' | 'administrator';
  reason: string;
}

/**
 * A random spot check (抽查核实, AH（九）; 个人有关事项抽查, BJ（二十）): the seed duban drew, the list it drew from,
 * who was excluded and why, and who was drawn. One live draw per organization, kind and year; a voided draw stays.
 */
@Entity('spot_check_draws')
@Index('uq_spot_check_draws_live', ['organizationId', 'kind', 'year'], { unique: true, where: '"voided_at" IS NULL' })
export class SpotCheckDrawEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: SpotCheckKind;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'template_id', type: 'varchar', length: 64 })
  templateId!: string;

  @Column({ type: 'varchar', length: 40 })
  method!: string;

  /** 32 random bytes (crypto.randomBytes) as hex. */
  @Column({ type: 'varchar', length: 128 })
  seed!: string;

  @Column({ name: 'rate_percent', type: 'int' })
  ratePercent!: number;

  @Column({ type: 'jsonb' })
  candidates!: DrawCandidate[];

  @Column({ type: 'jsonb' })
  exclusions!: DrawExclusion[];

  /** Person ids drawn, in rank order. */
  @Column({ type: 'jsonb' })
  drawn!: string[];

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'drawn_by_person_id', type: 'uuid' })
  drawnByPersonId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ name: 'voided_by_person_id', type: 'uuid', nullable: true })
  voidedByPersonId!: string | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason!: string | null;
}
