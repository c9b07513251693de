import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person chosen to present live, as confirmed: the seat they held and its organization then. */
export interface LiveStatementPresenter {
  personId: string;
  positionId: string;
  organizationId: string;
}

/**
 * The subordinate 一把手 a superior committee hears live (现场述责述廉) in a year, with the meeting date, as the
 * administrator confirmed them (BJ（十一）, AH（九）). One row per organization and year; an edit replaces the list.
 */
@Entity('live_statement_selections')
@Index('uq_live_statement_selections', ['organizationId', 'year'], { unique: true })
export class LiveStatementSelectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'meeting_date', type: 'date' })
  meetingDate!: string;

  @Column({ type: 'jsonb' })
  presenters!: LiveStatementPresenter[];

  /** The list duban proposed when this was confirmed, so an edit is visible against it. */
  @Column({ type: 'jsonb' })
  proposed!: string[];

  /** The manual request that issued the presentations (its workflow `manual-duties-<id>`). */
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'confirmed_by_person_id', type: 'uuid' })
  confirmedByPersonId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
