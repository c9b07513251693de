import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppointmentEntity } from './appointment.entity';

/** A numbered reminder letter about open rectifications (巡察整改履责提醒函) sent to a new 一把手, kept with its PDF. */
@Entity('reminder_letters')
@Index('uq_reminder_letters_number', ['year', 'seq'], { unique: true })
export class ReminderLetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** One letter per appointment. */
  @Index('uq_reminder_letters_appointment', { unique: true })
  @Column({ name: 'appointment_id', type: 'uuid' })
  appointmentId!: string;

  @ManyToOne(() => AppointmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appointment_id' })
  appointment?: AppointmentEntity;

  /** The duty the letter fulfils (owed by the body above), completed when the letter goes out. */
  @Column({ name: 'duty_id', type: 'uuid' })
  dutyId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'recipient_person_id', type: 'uuid' })
  recipientPersonId!: string;

  /** The open rectification duties the letter lists (letters issued before the register). */
  @Column({ name: 'rectification_duty_ids', type: 'jsonb' })
  rectificationDutyIds!: string[];

  /** The open rectifications of the register the letter lists. */
  @Column({ name: 'rectification_ids', type: 'jsonb', default: [] })
  rectificationIds!: string[];

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 64 })
  number!: string;

  @Column({ type: 'bytea' })
  pdf!: Buffer;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
