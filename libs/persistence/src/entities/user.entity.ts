import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/**
 * A login for a person of the directory. Identity only: what the user may see and do follows the
 * positions the person holds (and administrator grants), never this row — except `systemAdmin`.
 * A password-less row is a person who signs in through the organization's single sign-on (later).
 */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_users_person', { unique: true })
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @OneToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** Lower-case login name. */
  @Index('uq_users_login', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  login!: string;

  /** `scrypt$N$r$p$salt$hash` (base64); null when the user has no password (single sign-on). */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ name: 'system_admin', type: 'boolean', default: false })
  systemAdmin!: boolean;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
