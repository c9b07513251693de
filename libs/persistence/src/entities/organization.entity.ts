import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Short code used by administrators and in imports, unique when given. */
  @Index('uq_organizations_code', { unique: true, where: 'code IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  code!: string | null;

  @Index('ix_organizations_parent')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: OrganizationEntity | null;

  /** The stationed supervision group (驻X纪检监察组) that oversees this organization, itself an organization. */
  @Column({ name: 'stationed_group_id', type: 'uuid', nullable: true })
  stationedGroupId!: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stationed_group_id' })
  stationedGroup?: OrganizationEntity | null;

  /**
   * For an internal unit (内设机构): the team member's seat that oversees it (分管), so duties "each unit head
   * under a member" reach it.
   */
  @Column({ name: 'overseen_by_position_id', type: 'uuid', nullable: true })
  overseenByPositionId!: string | null;

  /** Set when the organization is dissolved (撤销); its open duties are cancelled. */
  @Column({ name: 'dissolved_at', type: 'timestamptz', nullable: true })
  dissolvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
