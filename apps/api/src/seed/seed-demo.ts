import { OrganizationEntity, PersonEntity, PositionEntity, PositionHoldingEntity } from '@duban/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_TREE, DemoOrg } from './demo-tree';

/** Which regime each part of the demo tree follows (the nearest pack applies below it). */
export const DEMO_PACKS: Readonly<Record<string, string>> = {
  'demo-prov': 'central-2021',
  'demo-city': 'beijing-2021',
  'demo-univ': 'anhui-2022',
  'demo-cs': 'czu-2022',
  'demo-admin': 'shanxi-school-2022',
};

export interface SeedResult {
  created: boolean;
  organizations: { id: string; code: string; name: string; hasChildren: boolean }[];
}

/** Writes the demo tree once; a second run finds it by code and changes nothing. */
export async function seedDemo(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const existing = await manager.getRepository(OrganizationEntity).findOneBy({ code: DEMO_TREE.code });
    const created = !existing;
    if (created) await insertOrg(manager, DEMO_TREE, null);
    const codes = flatten(DEMO_TREE);
    const orgs = await manager.getRepository(OrganizationEntity).find({ where: codes.map((c) => ({ code: c.code })) });
    return {
      created,
      organizations: codes.map((c) => {
        const org = orgs.find((o) => o.code === c.code)!;
        return { id: org.id, code: c.code, name: org.name, hasChildren: c.children.length > 0 };
      }),
    };
  });
}

async function insertOrg(manager: EntityManager, org: DemoOrg, parentId: string | null): Promise<void> {
  const saved = await manager.getRepository(OrganizationEntity).save({ name: org.name, code: org.code, parentId });
  for (const p of org.people) {
    const person = await manager.getRepository(PersonEntity).save({ name: p.name, email: p.email, homeOrganizationId: saved.id });
    const position = await manager.getRepository(PositionEntity).save({ organizationId: saved.id, role: p.role, title: p.title, holderId: person.id });
    await manager.getRepository(PositionHoldingEntity).save({ positionId: position.id, personId: person.id });
  }
  for (const child of org.children) await insertOrg(manager, child, saved.id);
}

function flatten(org: DemoOrg): DemoOrg[] {
  return [org, ...org.children.flatMap(flatten)];
}
