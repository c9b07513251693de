import { ApiClient } from '../support/api-client';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

const YEAR = 2027;

interface Preview {
  duties: { key: string; organization: { id: string }; dueDate: string }[];
}

/** What a saved change did, read from two previews: keys added and removed, and `key:from→to` moved, each under its organization. */
function changes(before: Preview, after: Preview) {
  const was = new Map(before.duties.map((d) => [d.key, d]));
  const is = new Map(after.duties.map((d) => [d.key, d]));
  return {
    added: after.duties.filter((d) => !was.has(d.key)).map((d) => `${d.organization.id}|${d.key}`).sort(),
    removed: before.duties.filter((d) => !is.has(d.key)).map((d) => `${d.organization.id}|${d.key}`).sort(),
    moved: after.duties.filter((d) => was.has(d.key) && was.get(d.key)!.dueDate !== d.dueDate).map((d) => `${d.organization.id}|${d.key}:${was.get(d.key)!.dueDate}→${d.dueDate}`).sort(),
  };
}

/** The same, as the change preview predicted it. */
function predicted(diff: any) {
  const all = (pick: (o: any) => any[], show: (o: any, d: any) => string) => diff.organizations.flatMap((o: any) => pick(o).map((d: any) => show(o, d))).sort();
  return {
    added: all((o) => o.added, (o, d) => `${o.organizationId}|${d.key}`),
    removed: all((o) => o.removed, (o, d) => `${o.organizationId}|${d.key}`),
    moved: all((o) => o.moved, (o, d) => `${o.organizationId}|${d.key}:${d.fromDate}→${d.toDate}`),
  };
}

/** What an override or a pack change does to the year, before it is saved; and that it is what saving does (real Postgres). */
describe('configuration change preview (API, Postgres)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let api: ApiClient;

  const preview = async (organizationId: string): Promise<Preview> => {
    const res = await api.get(`/organizations/${organizationId}/preview?year=${YEAR}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const diff = async (organizationId: string, change: Record<string, unknown>) => {
    const res = await api.post(`/organizations/${organizationId}/configuration-diff`, { year: YEAR, change });
    expect(res.status).toBe(200);
    return res.body;
  };
  /** Rows that any write would add or change: the audit trail records every change to configuration and duties. */
  const written = async () =>
    (await sut.db.dataSource.query(`SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM obligation_overrides) AS overrides, (SELECT count(*) FROM duties) AS duties`))[0];

  beforeAll(async () => {
    await sut.start();
    api = sut.api;
    // 省委 follows anhui-2022; 市委 (m, mj, mz) with 甲区委 (a) and 乙县委 (b) below inherit it.
    tree = await buildTreeOverHttp(api, 'diff', { pack: 'anhui-2022' });
  });
  afterAll(() => sut.stop());

  it('a count override: the talks to each subordinate 一把手 become two a year, listed exactly, and nothing is written', async () => {
    const before = await written();
    const res = await diff(tree.orgs.mid, { kind: 'override', templateId: 'supervision-talk', fields: { minPerPeriod: 2 } });
    expect(await written()).toEqual(before);

    const show = (d: any) => `${d.templateId}:${d.responsible.name}→${d.counterpart?.name}:${d.dueDate}`;
    expect(res.year).toBe(YEAR);
    expect(res.totals).toEqual({ added: 4, removed: 2, moved: 0 });
    expect(res.organizations).toHaveLength(1);
    const [mid] = res.organizations;
    expect({ organizationId: mid.organizationId, name: mid.name }).toEqual({ organizationId: tree.orgs.mid, name: '中共某市委' });
    expect(mid.removed.map(show).sort()).toEqual(['supervision-talk:市委书记→乙县委书记:2027-12-31', 'supervision-talk:市委书记→甲区委书记:2027-12-31']);
    expect(mid.added.map(show).sort()).toEqual([
      'supervision-talk:市委书记→乙县委书记:2027-06-30',
      'supervision-talk:市委书记→乙县委书记:2027-12-31',
      'supervision-talk:市委书记→甲区委书记:2027-06-30',
      'supervision-talk:市委书记→甲区委书记:2027-12-31',
    ]);
    expect(mid.moved).toEqual([]);

    // Saving the override does to the preview exactly what was predicted.
    const previewBefore = await preview(tree.orgs.top);
    const saved = await api.put(`/organizations/${tree.orgs.mid}/overrides/supervision-talk`, { fields: { minPerPeriod: 2 }, reason: '市委决定每半年谈一次' });
    expect(saved.status).toBe(200);
    expect(changes(previewBefore, await preview(tree.orgs.top))).toEqual(predicted(res));
  });

  it('a due-rule override moves the annual plans of the subtree, and saving it moves them the same way', async () => {
    const before = await written();
    const res = await diff(tree.orgs.mid, { kind: 'override', templateId: 'annual-plan', fields: { dueRule: { kind: 'months_into_period', months: 6 } } });
    expect(await written()).toEqual(before);
    expect(res.totals).toEqual({ added: 0, removed: 0, moved: 3 });
    // 市委, 甲区委 and 乙县委 (the subtree of the override, parents first); 省委 above keeps its date.
    expect(res.organizations.map((o: any) => o.organizationId)).toEqual([tree.orgs.mid, tree.orgs.a, tree.orgs.b]);
    for (const o of res.organizations) {
      expect(o.moved).toEqual([expect.objectContaining({ templateId: 'annual-plan', fromDate: '2027-03-31', toDate: '2027-06-30', dueDate: '2027-06-30' })]);
      expect([o.added, o.removed]).toEqual([[], []]);
    }
    const previewBefore = await preview(tree.orgs.top);
    expect((await api.put(`/organizations/${tree.orgs.mid}/overrides/annual-plan`, { fields: { dueRule: { kind: 'months_into_period', months: 6 } }, reason: '上半年内完成' })).status).toBe(200);
    expect(changes(previewBefore, await preview(tree.orgs.top))).toEqual(predicted(res));
  });

  it('a pack change on the top organization: the whole tree, predicted exactly', async () => {
    const before = await written();
    const res = await diff(tree.orgs.top, { kind: 'pack', packId: 'central-2021' });
    expect(await written()).toEqual(before);
    expect(res.totals.removed).toBeGreaterThan(0);
    expect(res.totals.added + res.totals.removed + res.totals.moved).toBe(res.organizations.reduce((n: number, o: any) => n + o.added.length + o.removed.length + o.moved.length, 0));
    expect(res.organizations.map((o: any) => o.organizationId)).toContain(tree.orgs.top);
    const previewBefore = await preview(tree.orgs.top);
    expect((await api.put(`/organizations/${tree.orgs.top}/cycle-settings`, { packId: 'central-2021' })).status).toBe(200);
    expect(changes(previewBefore, await preview(tree.orgs.top))).toEqual(predicted(res));
    // Back again: the reverse change is predicted as the mirror image.
    const back = await diff(tree.orgs.top, { kind: 'pack', packId: 'anhui-2022' });
    expect(predicted(back)).toEqual({ added: predicted(res).removed, removed: predicted(res).added, moved: [] });
  });

  it('refuses bad changes as saving them would, naming the field', async () => {
    const refused = async (change: unknown, field: string, reason: string | RegExp) => {
      const res = await api.post(`/organizations/${tree.orgs.mid}/configuration-diff`, { year: YEAR, change });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field, reason: expect.stringMatching(reason) }]);
    };
    await refused({ kind: 'pack', packId: 'nowhere-2030' }, 'change.packId', '应为以下策略包之一');
    await refused({ kind: 'pack' }, 'change.packId', 'kind=pack 时必须提供');
    await refused({ kind: 'override', templateId: 'no-such-duty', fields: { minPerPeriod: 2 } }, 'change.templateId', '中没有义务模板 no-such-duty');
    await refused({ kind: 'override', templateId: 'supervision-talk', fields: { title: '改名' } }, 'change.fields.title', '不能覆盖的字段');
    await refused({ kind: 'override', templateId: 'supervision-talk', fields: { minPerPeriod: 0 } }, 'change.fields.minPerPeriod', '1 至 366');
    await refused({ kind: 'override', templateId: 'supervision-talk' }, 'change.fields', '应为对象');
    await refused({ kind: 'rename' }, 'change.kind', '应为 pack 或 override');
    const noYear = await api.post(`/organizations/${tree.orgs.mid}/configuration-diff`, { change: { kind: 'pack', packId: 'anhui-2022' } });
    expect(noYear.status).toBe(400);
    expect(noYear.body.details.map((d: any) => d.field)).toContain('year');
  });

  it('is documented in OpenAPI with every status it answers', async () => {
    const post = (await sut.anonymous.get('/api/openapi.json')).body.paths['/organizations/{id}/configuration-diff'].post;
    expect(Object.keys(post.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '413']);
    expect(post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ConfigurationDiffDto' });
  });

  it('is for administrators: a 一把手 of the organization may not ask', async () => {
    const leader = await sut.as(tree.people.a.id);
    const res = await leader.post(`/organizations/${tree.orgs.a}/configuration-diff`, { year: YEAR, change: { kind: 'pack', packId: 'central-2021' } });
    expect(res.status).toBe(403);
  });
});
