import type { OverridableFields } from '@duban/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/**
 * An administrator's override of some fields of one template for an organization and its subtree, with the
 * reason. Never edited: a new override supersedes the current one, so the history and every reason stay.
 */
@Entity('obligation_overrides')
@Index('uq_obligation_overrides_current', ['organizationId', 'templateId'], { unique: true, where: 'superseded_at IS NULL' })
export class ObligationOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'template_id', type: 'varchar', length: 64 })
  templateId!: string;

  /** Only the overridden fields; an empty object revokes (the template is as inherited again). */
  @Column({ type: 'jsonb' })
  fields!: Partial<OverridableFields>;

  @Column({ type: 'text' })
  reason!: string;

  /** Whether the administrator applied it to the open duties at once, or only from the next period. */
  @Column({ name: 'applied_to_open_duties', type: 'boolean', default: false })
  appliedToOpenDuties!: boolean;

  @Column({ name: 'created_by_person_id', type: 'uuid', nullable: true })
  createdByPersonId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
