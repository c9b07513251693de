import { ApiClient } from './api-client';

export interface HttpTree {
  people: Record<'t' | 'tj' | 'm' | 'mj' | 'mz' | 'a' | 'b', { id: string; email: string }>;
  orgs: Record<'top' | 'mid' | 'a' | 'b', string>;
  positions: Record<string, string>;
}

/**
 * Builds, over HTTP, 省委 (一把手 t, 纪委书记 tj) → 市委 (一把手 m, 纪委书记 mj, 组织部长 mz) → 甲区委 (a), 乙县委 (b).
 * `tag` keeps codes and e-mails apart between test files sharing a server; `pack` is chosen on the province
 * (the whole tree follows it), so that its templates can be issued by hand (`issueOverHttp`).
 */
export async function buildTreeOverHttp(api: ApiClient, tag: string, options: { pack?: string } = {}): Promise<HttpTree> {
  const ok = <T>(res: { status: number; body: T }, what: string): T => {
    if (res.status !== 201) throw new Error(`${what} 失败：${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const names = { t: '省委书记', tj: '省纪委书记', m: '市委书记', mj: '市纪委书记', mz: '市委组织部长', a: '甲区委书记', b: '乙县委书记' } as const;
  const people = {} as HttpTree['people'];
  for (const [key, name] of Object.entries(names) as [keyof typeof names, string][]) {
    const body = ok(await api.post<{ id: string; email: string }>('/people', { name, email: `${key}.${tag}@e2e.duban.local` }), `登记${name}`);
    people[key] = { id: body.id, email: body.email };
  }
  const orgs = {} as HttpTree['orgs'];
  const org = async (key: keyof HttpTree['orgs'], name: string, parent?: keyof HttpTree['orgs']) => {
    orgs[key] = ok(await api.post<{ id: string }>('/organizations', { name, code: `${tag}-${key}`, ...(parent ? { parentId: orgs[parent] } : {}) }), `新建${name}`).id;
  };
  await org('top', '中共某省委');
  await org('mid', '中共某市委', 'top');
  await org('a', '中共甲区委', 'mid');
  await org('b', '中共乙县委', 'mid');
  const positions: Record<string, string> = {};
  const seats: [keyof HttpTree['orgs'], string, keyof HttpTree['people']][] = [
    ['top', 'principal', 't'],
    ['top', 'discipline_secretary', 'tj'],
    ['mid', 'principal', 'm'],
    ['mid', 'discipline_secretary', 'mj'],
    ['mid', 'organization_head', 'mz'],
    ['a', 'principal', 'a'],
    ['b', 'principal', 'b'],
  ];
  for (const [orgKey, role, holder] of seats) {
    positions[`${orgKey}:${role}`] = ok(await api.post<{ id: string }>(`/organizations/${orgs[orgKey]}/positions`, { role, holderId: people[holder].id }), `设置职位`).id;
  }
  if (options.pack) {
    const set = await api.put(`/organizations/${orgs.top}/cycle-settings`, { packId: options.pack });
    if (set.status !== 200) throw new Error(`选择策略包失败：${set.status} ${JSON.stringify(set.body)}`);
  }
  return { people, orgs, positions };
}

/** The one door for a duty issued by hand: a template of the organization's pack (the supervision talk by default), a due moment, chase changes. */
export function issueOverHttp(api: ApiClient, organizationId: string, body: { templateId?: string; dueAt: string; policy?: Record<string, unknown> }) {
  return api.post(`/organizations/${organizationId}/duties`, { templateId: 'supervision-talk', ...body });
}
