import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who held a position when: history kept across changes of holder. */
@Entity('position_holdings')
@Index('ix_position_holdings_position', ['positionId', 'startedAt'])
export class PositionHoldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'position_id', type: 'uuid' })
  positionId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** Set when the holder reached 3 years in the post: a priority target of the in-tenure audit (CZ 11). */
  @Column({ name: 'audit_priority_flagged_at', type: 'timestamptz', nullable: true })
  auditPriorityFlaggedAt!: Date | null;

  /** Set when the holder reached 5 years in the same post: due for rotation (SX（十七）). */
  @Column({ name: 'rotation_flagged_at', type: 'timestamptz', nullable: true })
  rotationFlaggedAt!: Date | null;
}
