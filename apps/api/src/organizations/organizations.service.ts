import { ancestorIds, OrganizationEntity, PositionEntity, subtreeSql } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { organizationScope } from '../access/scope-sql';
import { Principal } from '../access/principal';
import { badRequest, conflict, notFound } from '../common/errors/duban.exception';
import { DutyCancellation } from '../duties/duty-cancellation';
import { CreateOrganizationDto, ListOrganizationsQuery, UpdateOrganizationDto } from './dto/organization.dto';

export interface OrganizationTreeNode {
  id: string;
  name: string;
  code: string | null;
  positions: { id: string; role: string; title: string; holder: { id: string; name: string } | null }[];
  children: OrganizationTreeNode[];
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(PositionEntity) private readonly positions: Repository<PositionEntity>,
    private readonly cancellation: DutyCancellation,
  ) {}

  /** Creates an organization; with `manager`, inside that transaction (the tree import creates many in one). */
  async create(dto: CreateOrganizationDto, manager: EntityManager = this.organizations.manager): Promise<OrganizationEntity> {
    const organizations = manager.getRepository(OrganizationEntity);
    if (dto.parentId && !(await organizations.existsBy({ id: dto.parentId }))) throw badRequest('parentId', `上级组织不存在：${dto.parentId}`);
    if (dto.stationedGroupId && !(await organizations.existsBy({ id: dto.stationedGroupId }))) throw badRequest('stationedGroupId', `组织不存在：${dto.stationedGroupId}`);
    return organizations.save(organizations.create({ name: dto.name, code: dto.code ?? null, parentId: dto.parentId ?? null, stationedGroupId: dto.stationedGroupId ?? null }));
  }

  list(query: ListOrganizationsQuery, principal: Principal): Promise<OrganizationEntity[]> {
    const qb = this.organizations.createQueryBuilder('o').where(...organizationScope(principal, 'o')).orderBy('o.createdAt', 'ASC');
    if (query.parentId) qb.andWhere('o.parent_id = :parentId', { parentId: query.parentId });
    return qb.getMany();
  }

  roots(): Promise<OrganizationEntity[]> {
    return this.organizations.find({ where: { parentId: IsNull() }, order: { createdAt: 'ASC' } });
  }

  async get(id: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw notFound('组织', id);
    return organization;
  }

  async update(id: string, dto: UpdateOrganizationDto): Promise<OrganizationEntity> {
    const organization = await this.get(id);
    // null detaches (a new root: the guard lets only system administrators through).
    if (dto.parentId !== undefined && dto.parentId !== null) {
      await this.requireParent(dto.parentId);
      const chain = await ancestorIds(this.organizations.manager, dto.parentId);
      if (chain.includes(id)) throw badRequest('parentId', '不能把组织设为自己或自己下级的下级（会形成环）');
    }
    if (dto.parentId !== undefined) organization.parentId = dto.parentId;
    if (dto.name !== undefined) organization.name = dto.name;
    if (dto.stationedGroupId !== undefined && dto.stationedGroupId !== null) await this.requireOrganization('stationedGroupId', dto.stationedGroupId);
    if (dto.stationedGroupId !== undefined) organization.stationedGroupId = dto.stationedGroupId;
    return this.organizations.save(organization);
  }

  /** Dissolves (撤销) an organization with no living subordinates; its open duties are cancelled with the reason. */
  async dissolve(id: string, reason: string) {
    const organization = await this.get(id);
    if (organization.dissolvedAt) throw conflict('ALREADY_DISSOLVED', '该组织已撤销');
    if (await this.organizations.existsBy({ parentId: id, dissolvedAt: IsNull() })) {
      throw conflict('HAS_SUBORDINATES', '该组织仍有未撤销的下级组织，请先调整或撤销下级');
    }
    await this.organizations.update({ id }, { dissolvedAt: new Date() });
    const cancelled = await this.cancellation.cancel({ organizationId: id }, `组织撤销：${reason}`);
    return { ...(await this.get(id)), cancelledDuties: cancelled };
  }

  /**
   * The organization and everything below it that the principal may see, with positions and their holders:
   * the same rule as reading each organization on its own (a leader sees their own organization, not below).
   */
  async subtree(id: string, principal: Principal): Promise<OrganizationTreeNode> {
    await this.get(id);
    const [scope, scopeParams] = organizationScope(principal, 'o');
    const rows: { id: string; name: string; code: string | null; parent_id: string | null }[] = await this.organizations
      .createQueryBuilder('o')
      .select(['o.id AS id', 'o.name AS name', 'o.code AS code', 'o.parent_id AS parent_id'])
      // Dissolved organizations included, as a single read of them is: their records stay someone's to see.
      .where(`o.id IN ${subtreeSql(':rootId', 'include')}`, { rootId: id })
      .andWhere(scope, scopeParams)
      .orderBy('o.created_at')
      .getRawMany();
    const positions = await this.positions
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.holder', 'holder')
      .where('p.organization_id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .orderBy('p.created_at')
      .getMany();
    const nodes = new Map<string, OrganizationTreeNode>(
      rows.map((r) => [r.id, { id: r.id, name: r.name, code: r.code, positions: [], children: [] }]),
    );
    for (const p of positions) {
      nodes.get(p.organizationId)!.positions.push({ id: p.id, role: p.role, title: p.title, holder: p.holder ? { id: p.holder.id, name: p.holder.name } : null });
    }
    // A node hangs under its parent only when the parent is visible too: nothing out of sight is reached through it.
    for (const r of rows) if (r.id !== id && r.parent_id) nodes.get(r.parent_id)?.children.push(nodes.get(r.id)!);
    return nodes.get(id)!;
  }

  private async requireOrganization(field: string, id: string): Promise<void> {
    if (!(await this.organizations.existsBy({ id }))) throw badRequest(field, `组织不存在：${id}`);
  }

  private async requireParent(parentId: string): Promise<void> {
    if (!(await this.organizations.existsBy({ id: parentId }))) throw badRequest('parentId', `上级组织不存在：${parentId}`);
  }
}
