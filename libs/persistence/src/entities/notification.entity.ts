import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** `failed`: the mail server refused the address for good (5xx); kept for the record, not retried. */
export type NotificationStatus = 'pending' | 'sent' | 'failed';

/** Outbox of messages: at most one per (duty, step, recipient), whatever retries happen. */
@Entity('notifications')
@Index('uq_notifications_step_recipient', ['dutyId', 'stepKey', 'recipientPersonId'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'duty_id', type: 'uuid' })
  dutyId!: string;

  @Column({ name: 'step_key', type: 'varchar', length: 200 })
  stepKey!: string;

  @Column({ name: 'recipient_person_id', type: 'uuid' })
  recipientPersonId!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: 'email';

  @Column({ type: 'varchar', length: 254 })
  address!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** A warning notice whose PDF goes with the message. */
  @Column({ name: 'attachment_notice_id', type: 'uuid', nullable: true })
  attachmentNoticeId!: string | null;

  /** A reminder letter (履责提醒函) whose PDF goes with the message. */
  @Column({ name: 'attachment_letter_id', type: 'uuid', nullable: true })
  attachmentLetterId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
