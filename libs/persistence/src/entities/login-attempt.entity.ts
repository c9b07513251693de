import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins, counted per account and per address to throttle guessing. */
@Entity('login_attempts')
@Index('ix_login_attempts_login', ['login', 'at'])
@Index('ix_login_attempts_address', ['address', 'at'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  login!: string;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
