import type { DueDateMode, RegimeId } from '@duban/domain';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/**
 * What an organization sets for its cycles; a null column means "as the parent" (children inherit their
 * parent's pack and settings unless they set their own).
 */
@Entity('organization_settings')
export class OrganizationSettingsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** The policy pack (regime) the organization follows. */
  @Column({ name: 'pack_id', type: 'varchar', length: 32, nullable: true })
  packId!: RegimeId | null;

  @Column({ name: 'due_date_mode', type: 'varchar', length: 32, nullable: true })
  dueDateMode!: DueDateMode | null;

  /** How long before a period opens its duties are created (ISO-8601 duration). */
  @Column({ name: 'lead_time', type: 'varchar', length: 32, nullable: true })
  leadTime!: string | null;

  /** First year of the current term (届), from which per-term periods count. */
  @Column({ name: 'term_start_year', type: 'int', nullable: true })
  termStartYear!: number | null;

  /** True while the organization's cycles run (the workflow `cycle-<organization id>`). */
  @Column({ name: 'cycles_enabled', type: 'boolean', default: false })
  cyclesEnabled!: boolean;

  @Column({ name: 'cycles_enabled_at', type: 'timestamptz', nullable: true })
  cyclesEnabledAt!: Date | null;

  /** The cycle has created every duty whose creation time is at or before this instant. */
  @Column({ name: 'cycles_opened_through', type: 'timestamptz', nullable: true })
  cyclesOpenedThrough!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
