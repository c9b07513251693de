import { DEFAULT_CHASE_POLICY, ChasePolicy, Role, calendarDate } from '@duban/domain';
import { DutyEntity, OrganizationEntity, PersonEntity, PositionEntity, appendDutyEvent } from '@duban/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface Leader {
  personId: string;
  positionId: string;
  email: string;
  name: string;
}

/**
 * 上级 (top) → 本级 (mid, which owes the supervision talks) → two subordinates, each with its 一把手.
 * top has 一把手 + 纪委书记 (the higher body); mid has 一把手, 纪委书记, 组织部长.
 */
export interface TreeFixture {
  /** Above top: the grandparent of mid, for the second escalation level. */
  apex: { id: string; principal: Leader; discipline: Leader };
  /** The stationed supervision group (驻X纪检监察组) overseeing mid. */
  group: { id: string; principal: Leader };
  top: { id: string; principal: Leader; discipline: Leader };
  mid: { id: string; principal: Leader; discipline: Leader; organization: Leader };
  subs: { id: string; name: string; principal: Leader }[];
}

export async function buildTree(dataSource: DataSource, tag = randomUUID().slice(0, 8)): Promise<TreeFixture> {
  const org = (name: string, parentId: string | null, stationedGroupId: string | null = null) =>
    dataSource.getRepository(OrganizationEntity).save({ name, parentId, code: null, stationedGroupId });
  const seat = async (organizationId: string, role: Role, name: string, slug: string): Promise<Leader> => {
    const email = `${slug}.${tag}@test.duban.local`;
    const person = await dataSource.getRepository(PersonEntity).save({ name, email });
    const position = await dataSource.getRepository(PositionEntity).save({ organizationId, role, title: name, holderId: person.id });
    return { personId: person.id, positionId: position.id, email, name };
  };
  const apex = await org('上上级党委', null);
  const group = await org('驻本级纪检监察组', null);
  const top = await org('上级党委', apex.id);
  const mid = await org('本级党委', top.id, group.id);
  const subs = [await org('下级甲党委', mid.id), await org('下级乙党委', mid.id)];
  return {
    apex: { id: apex.id, principal: await seat(apex.id, 'principal', '上上级书记', 'apex-principal'), discipline: await seat(apex.id, 'discipline_secretary', '上上级纪委书记', 'apex-jiwei') },
    group: { id: group.id, principal: await seat(group.id, 'principal', '纪检监察组组长', 'group-head') },
    top: { id: top.id, principal: await seat(top.id, 'principal', '上级书记', 'top-principal'), discipline: await seat(top.id, 'discipline_secretary', '上级纪委书记', 'top-jiwei') },
    mid: {
      id: mid.id,
      principal: await seat(mid.id, 'principal', '本级书记', 'mid-principal'),
      discipline: await seat(mid.id, 'discipline_secretary', '本级纪委书记', 'mid-jiwei'),
      organization: await seat(mid.id, 'organization_head', '本级组织部长', 'mid-zuzhi'),
    },
    subs: [
      { id: subs[0].id, name: subs[0].name, principal: await seat(subs[0].id, 'principal', '甲书记', 'sub-a') },
      { id: subs[1].id, name: subs[1].name, principal: await seat(subs[1].id, 'principal', '乙书记', 'sub-b') },
    ],
  };
}

/** A supervision-talk duty owed by mid's 一把手 to one subordinate 一把手, written as the API would. */
export async function insertDuty(dataSource: DataSource, tree: TreeFixture, sub: number, dueAt: Date, policy: ChasePolicy = DEFAULT_CHASE_POLICY): Promise<DutyEntity> {
  const id = randomUUID();
  const duty = await dataSource.getRepository(DutyEntity).save({
    id,
    // Its own key: each inserted duty is a separate one (a test may insert several for the same counterpart).
    dedupeKey: `test:${id}`,
    templateId: 'supervision-talk',
    title: '监督谈话',
    organizationId: tree.mid.id,
    responsiblePositionId: tree.mid.principal.positionId,
    responsiblePersonId: tree.mid.principal.personId,
    counterpartOrganizationId: tree.subs[sub].id,
    counterpartPositionId: tree.subs[sub].principal.positionId,
    counterpartPersonId: tree.subs[sub].principal.personId,
    periodKey: String(dueAt.getUTCFullYear()),
    dueDate: calendarDate(dueAt),
    dueAt,
    status: 'pending',
    policy,
    citation: '《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（三）条',
    workflowId: `duty-${id}`,
  });
  await appendDutyEvent(dataSource.manager, { dutyId: id, type: 'created', dedupeKey: 'created', actorKind: 'system' });
  return duty;
}
