import type { DutyEventType } from '@duban/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DutyEntity } from './duty.entity';

export type ActorKind = 'person' | 'system';

/** One step of a duty's history; append-only. `dedupeKey` makes a retried step record once. */
@Entity('duty_events')
@Index('uq_duty_events_dedupe', ['dutyId', 'dedupeKey'], { unique: true })
export class DutyEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Index('ix_duty_events_duty')
  @Column({ name: 'duty_id', type: 'uuid' })
  dutyId!: string;

  @ManyToOne(() => DutyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'duty_id' })
  duty?: DutyEntity;

  @Column({ type: 'varchar', length: 40 })
  type!: DutyEventType;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind!: ActorKind;

  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  data!: Record<string, unknown>;
}
