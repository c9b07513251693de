import type { ChasePolicy } from '@duban/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** An obligation switched on for an organization and a year, with the chase policy in force. */
@Entity('obligation_activations')
@Index('uq_obligation_activations', ['organizationId', 'obligationId', 'year'], { unique: true })
export class ObligationActivationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'obligation_id', type: 'varchar', length: 64 })
  obligationId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'jsonb' })
  policy!: ChasePolicy;

  /** An administrator's due moment instead of the template's (e.g. for a drill). */
  @Column({ name: 'due_at_override', type: 'timestamptz', nullable: true })
  dueAtOverride!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
