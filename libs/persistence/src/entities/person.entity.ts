import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /**
   * A contact address, not an identity (logins are): unique only where one administrator can see, so that
   * registering someone never reveals who exists in another subtree.
   */
  @Index('ix_people_email')
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /**
   * Where the person was registered: it places them in that organization's subtree (with their current and
   * past positions and administrator grants) until they hold a position. Null only for people a system
   * administrator registered outside the tree, whom only system administrators see.
   */
  @Index('ix_people_home_organization')
  @Column({ name: 'home_organization_id', type: 'uuid', nullable: true })
  homeOrganizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_organization_id' })
  homeOrganization?: OrganizationEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
