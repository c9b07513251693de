import type { CalendarYear } from '@duban/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A year of holidays and make-up working days supplied by an administrator (it replaces a built-in year). */
@Entity('calendar_years')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'jsonb' })
  data!: CalendarYear;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
