import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'insert' | 'update' | 'delete';

/**
 * One change to an audited table, written by a trigger (never by the application) and sealed at commit
 * into a hash chain: `hash = sha256(prev_hash | canonical text of the entry)`. Append-only: the database
 * refuses UPDATE, DELETE and TRUNCATE. See libs/persistence/src/audit/.
 */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** Position in the chain, 1, 2, 3…, given at commit (null only inside the writing transaction). */
  @Index('uq_audit_log_seq', { unique: true })
  @Column({ type: 'bigint', nullable: true })
  seq!: string | null;

  @Index('ix_audit_log_at')
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;

  /** `person:<uuid>` for a request, `system` for workflows and operator commands. */
  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'varchar', length: 8 })
  action!: AuditAction;

  @Column({ name: 'table_name', type: 'text' })
  tableName!: string;

  @Column({ name: 'row_id', type: 'text', nullable: true })
  rowId!: string | null;

  @Index('ix_audit_log_organization')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true })
  prevHash!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash!: string | null;
}
