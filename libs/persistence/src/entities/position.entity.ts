import type { Role } from '@duban/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';

/** A seat in an organization (一把手, 班子成员, 纪委书记, 组织部长) and who holds it now. */
@Entity('positions')
@Index('uq_positions_single_role', ['organizationId', 'role'], { unique: true, where: "role <> 'member'" })
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_positions_organization')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Index('ix_positions_holder')
  @Column({ name: 'holder_id', type: 'uuid', nullable: true })
  holderId!: string | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_id' })
  holder?: PersonEntity | null;

  /** Marked by an administrator: the holder supervises the organization's subtree like a 纪委书记 or 组织部长. */
  @Column({ type: 'boolean', default: false })
  supervising!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
