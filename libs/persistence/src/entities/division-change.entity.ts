import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** A change in the division of work among the team members (班子成员分工调整), to be filed with the higher committee. */
@Entity('division_changes')
@Index('ix_division_changes_organization', ['organizationId', 'changedOn'])
export class DivisionChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'changed_on', type: 'date' })
  changedOn!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'recorded_by_person_id', type: 'uuid', nullable: true })
  recordedByPersonId!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
