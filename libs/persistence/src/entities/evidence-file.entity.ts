import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DutyEntity } from './duty.entity';
import { PersonEntity } from './person.entity';

export const EVIDENCE_STORE_KINDS = ['postgres', 's3'] as const;
export type EvidenceStoreKind = (typeof EVIDENCE_STORE_KINDS)[number];

/** An evidence file (履职佐证材料) kept with a duty: minutes, a signed form, a photo. The bytes stay out of the audit log. */
@Entity('evidence_files')
@Index('ix_evidence_files_duty', ['dutyId', 'uploadedAt'])
export class EvidenceFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'duty_id', type: 'uuid' })
  dutyId!: string;

  @ManyToOne(() => DutyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'duty_id' })
  duty?: DutyEntity;

  /** As the uploader named it (UTF-8). */
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** Decided from the content (magic bytes), not from what the client said. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'int' })
  size!: number;

  /** Hex SHA-256 of the content. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Which store holds the bytes: this row (`postgres`) or an S3-compatible bucket (`s3`, under `objectKey`). */
  @Column({ type: 'varchar', length: 16, default: 'postgres' })
  store!: EvidenceStoreKind;

  /** The bytes, when this table is the store; null when they are in an object store. */
  @Column({ type: 'bytea', nullable: true })
  content!: Buffer | null;

  /** The object's key in the bucket, when an object store holds the bytes. */
  @Column({ name: 'object_key', type: 'varchar', length: 300, nullable: true })
  objectKey!: string | null;

  @Column({ name: 'uploaded_by_person_id', type: 'uuid' })
  uploadedByPersonId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_person_id' })
  uploadedBy?: PersonEntity;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
