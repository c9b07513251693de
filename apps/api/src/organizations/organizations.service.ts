import { ancestorIds, OrganizationEntity, PositionEntity } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
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

  async create(dto: CreateOrganizationDto): Promise<OrganizationEntity> {
    if (dto.parentId) await this.requireParent(dto.parentId);
    if (dto.stationedGroupId) await this.requireOrganization('stationedGroupId', dto.stationedGroupId);
    return this.organizations.save(
      this.organizations.create({ name: dto.name, code: dto.code ?? null, parentId: dto.parentId ?? null, stationedGroupId: dto.stationedGroupId ?? null }),
    );
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
    if (dto.parentId !== undefined) {
      await this.requireParent(dto.parentId);
      const chain = await ancestorIds(this.organizations.manager, dto.parentId);
      if (chain.includes(id)) throw badRequest('parentId', '不能把组织设为自己或自己下级的下级（会形成环）');
      organization.parentId = dto.parentId;
    }
    if (dto.name !== undefined) organization.name = dto.name;
    if (dto.stationedGroupId !== undefined) {
      await this.requireOrganization('stationedGroupId', dto.stationedGroupId);
      organization.stationedGroupId = dto.stationedGroupId;
    }
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

  /** The organization and everything below it, with positions and their holders. */
  async subtree(id: string): Promise<OrganizationTreeNode> {
    await this.get(id);
    const rows: (OrganizationEntity & { parent_id: string | null })[] = await this.organizations.query(
      `WITH RECURSIVE tree AS (
         SELECT id, name, code, parent_id, created_at, 0 AS depth FROM organizations WHERE id = $1
         UNION ALL SELECT o.id, o.name, o.code, o.parent_id, o.created_at, t.depth + 1 FROM organizations o JOIN tree t ON o.parent_id = t.id WHERE t.depth < 64
       ) SELECT id, name, code, parent_id FROM tree ORDER BY depth, created_at`,
      [id],
    );
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
