import { calendarDate } from '@duban/domain';
import { ApiClient, ApiResponse } from '../support/api-client';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

/**
 * The permission matrix over HTTP: for each endpoint, who is allowed and who is refused — 401 without a
 * token, 404 outside one's scope (the record's existence is not revealed), 403 inside it without the right.
 *
 * 省委 top (tj 纪委书记) → 市委 mid (m 一把手, mj 纪委书记, member 班子成员, midAdmin 管理员) → 甲区委 a, 乙县委 b;
 * beside mid: 大学 other (oj 纪委书记, otherAdmin 管理员). admin is a system administrator.
 */
type Role = 'anonymous' | 'admin' | 'midAdmin' | 'otherAdmin' | 'tj' | 'mj' | 'oj' | 'm' | 'member' | 'a' | 'b';

describe('permission matrix (real Postgres, Temporal, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  const as = {} as Record<Role, ApiClient>;
  const ids = {} as Record<'other' | 'midAdmin' | 'otherAdmin' | 'member' | 'oj' | 'dutyA' | 'dutyB' | 'memberSeat' | 'proposal' | 'newcomer', string>;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'matrix', { pack: 'anhui-2022' });
    const person = async (name: string, key: string) => (await sut.api.post('/people', { name, email: `${key}.matrix@e2e.duban.local` })).body.id as string;
    ids.other = (await sut.api.post('/organizations', { name: '中共某大学委员会', parentId: tree.orgs.top })).body.id;
    ids.oj = await person('大学纪委书记', 'oj');
    await sut.api.post(`/organizations/${ids.other}/positions`, { role: 'discipline_secretary', holderId: ids.oj });
    ids.member = await person('市委委员', 'member');
    ids.memberSeat = (await sut.api.post(`/organizations/${tree.orgs.mid}/positions`, { role: 'member', holderId: ids.member })).body.id;
    ids.midAdmin = await person('市委管理员', 'mid-admin');
    ids.otherAdmin = await person('大学管理员', 'other-admin');
    ids.newcomer = (await sut.api.post('/people', { name: '新来的', email: 'newcomer.matrix@e2e.duban.local', organizationId: tree.orgs.mid })).body.id;
    expect((await sut.api.post(`/organizations/${tree.orgs.mid}/administrators`, { personId: ids.midAdmin })).status).toBe(201);
    expect((await sut.api.post(`/organizations/${ids.other}/administrators`, { personId: ids.otherAdmin })).status).toBe(201);

    const far = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    ids.dutyA = far.body.duties.find((d: any) => d.counterpart.id === tree.people.a.id).id;
    ids.dutyB = far.body.duties.find((d: any) => d.counterpart.id === tree.people.b.id).id;
    // A second batch (专题约谈, an event template: duties of their own) falls due in seconds, so that real
    // escalation proposals wait for a decision.
    const near = await issueOverHttp(sut.api, tree.orgs.mid, {
      templateId: 'special-admonition',
      dueAt: new Date(Date.now() + 2_000).toISOString(),
      policy: { reminderOffsets: [], gracePeriod: 'PT1S', approvalTimeout: 'PT10M', acknowledgeReminderInterval: null, overdueReminderInterval: null },
    });
    expect(near.status).toBe(201);

    as.anonymous = sut.anonymous;
    as.admin = sut.api;
    const people: [Role, string][] = [
      ['midAdmin', ids.midAdmin],
      ['otherAdmin', ids.otherAdmin],
      ['tj', tree.people.tj.id],
      ['mj', tree.people.mj.id],
      ['oj', ids.oj],
      ['m', tree.people.m.id],
      ['member', ids.member],
      ['a', tree.people.a.id],
      ['b', tree.people.b.id],
    ];
    for (const [role, id] of people) as[role] = await sut.as(id);

    ids.proposal = await eventually(async () => {
      const pending = (await sut.api.get(`/escalations?status=pending&organizationId=${tree.orgs.mid}`)).body;
      return pending.length === 2 ? pending[0].id : undefined;
    });
  });
  afterAll(() => sut.stop());

  interface Row {
    what: string;
    call: (api: ApiClient) => Promise<ApiResponse>;
    /** Checked first, so that an allowed change does not alter what the refusals see. */
    refused: [Role, 401 | 403 | 404][];
    allowed: [Role, number][];
  }

  const today = () => calendarDate(new Date());
  const later = () => new Date(Date.now() + 3 * 86_400_000).toISOString();
  const rows: Row[] = [
    {
      what: 'GET /duties/:id',
      call: (api) => api.get(`/duties/${ids.dutyA}`),
      refused: [['anonymous', 401], ['member', 404], ['b', 404], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['m', 200], ['a', 200], ['mj', 200], ['tj', 200], ['midAdmin', 200], ['admin', 200]],
    },
    {
      what: 'GET /duties/:id/history',
      call: (api) => api.get(`/duties/${ids.dutyA}/history`),
      refused: [['anonymous', 401], ['member', 404], ['oj', 404]],
      allowed: [['m', 200], ['mj', 200]],
    },
    {
      what: 'POST /duties/:id/acknowledgement',
      call: (api) => api.post(`/duties/${ids.dutyA}/acknowledgement`),
      refused: [['anonymous', 401], ['a', 403], ['mj', 403], ['midAdmin', 403], ['admin', 403], ['member', 404], ['b', 404], ['oj', 404]],
      allowed: [['m', 200]],
    },
    {
      what: 'POST /duties/:id/completion (a leader completing someone else’s duty)',
      call: (api) => api.post(`/duties/${ids.dutyB}/completion`, { heldOn: today(), note: '已谈话' }),
      refused: [['anonymous', 401], ['b', 403], ['a', 404], ['member', 404], ['mj', 403], ['tj', 403], ['admin', 403], ['oj', 404]],
      allowed: [['m', 200]],
    },
    {
      what: 'POST /duties/:id/review (the completion just recorded, accepted by the supervising body)',
      call: (api) => api.post(`/duties/${ids.dutyB}/review`, { decision: 'accept' }),
      refused: [['anonymous', 401], ['m', 403], ['b', 403], ['midAdmin', 403], ['admin', 403], ['a', 404], ['member', 404], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['mj', 200]],
    },
    {
      what: 'POST /duties/:id/extension-requests',
      call: (api) => api.post(`/duties/${ids.dutyA}/extension-requests`, { newDueAt: later(), reason: '对象外出' }),
      refused: [['anonymous', 401], ['a', 403], ['mj', 403], ['midAdmin', 403], ['member', 404], ['oj', 404]],
      allowed: [['m', 201]],
    },
    {
      what: 'POST /extension-requests/:id/decision',
      call: async (api) => {
        const [request] = (await sut.api.get(`/extension-requests?status=pending&organizationId=${tree.orgs.mid}`)).body;
        return api.post(`/extension-requests/${request.id}/decision`, { decision: 'refuse', reason: '理由不足' });
      },
      refused: [['anonymous', 401], ['m', 403], ['a', 403], ['admin', 403], ['midAdmin', 403], ['member', 404], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['mj', 200]],
    },
    {
      what: 'POST /escalations/:id/decision',
      call: (api) => api.post(`/escalations/${ids.proposal}/decision`, { decision: 'approve' }),
      refused: [['anonymous', 401], ['m', 403], ['admin', 403], ['midAdmin', 403], ['member', 404], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['tj', 200]],
    },
    {
      what: 'POST /organizations (under 市委)',
      call: (api) => api.post('/organizations', { name: '新设区委', parentId: tree.orgs.mid }),
      refused: [['anonymous', 401], ['mj', 403], ['m', 403], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['midAdmin', 201], ['admin', 201]],
    },
    {
      what: 'POST /organizations (a new top-level organization)',
      call: (api) => api.post('/organizations', { name: '另一个省委' }),
      refused: [['anonymous', 401], ['midAdmin', 403], ['mj', 403]],
      allowed: [['admin', 201]],
    },
    {
      what: 'PATCH /organizations/:id',
      call: (api) => api.patch(`/organizations/${tree.orgs.a}`, { name: '中共甲区委（更名）' }),
      refused: [['anonymous', 401], ['mj', 403], ['a', 403], ['m', 404], ['otherAdmin', 404]],
      allowed: [['midAdmin', 200]],
    },
    {
      what: 'PATCH /organizations/:id moving it into another subtree',
      call: (api) => api.patch(`/organizations/${tree.orgs.a}`, { parentId: ids.other }),
      refused: [['midAdmin', 404], ['otherAdmin', 404]],
      allowed: [],
    },
    {
      what: 'GET /organizations/:id/tree',
      call: (api) => api.get(`/organizations/${tree.orgs.mid}/tree`),
      refused: [['anonymous', 401], ['a', 404], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['m', 200], ['member', 200], ['mj', 200], ['tj', 200], ['midAdmin', 200]],
    },
    {
      what: 'POST /organizations/:id/dissolution',
      call: (api) => api.post(`/organizations/${tree.orgs.b}/dissolution`, { reason: '撤县设区' }),
      refused: [['anonymous', 401], ['mj', 403], ['b', 403], ['otherAdmin', 404]],
      allowed: [['midAdmin', 200]],
    },
    {
      what: 'POST /organizations/:id/positions',
      call: (api) => api.post(`/organizations/${tree.orgs.mid}/positions`, { role: 'member', title: '党委委员' }),
      refused: [['anonymous', 401], ['mj', 403], ['m', 403], ['otherAdmin', 404], ['oj', 404]],
      allowed: [['midAdmin', 201]],
    },
    {
      what: 'PUT /positions/:id/holder (appointing someone from beside the subtree)',
      call: (api) => api.put(`/positions/${ids.memberSeat}/holder`, { personId: ids.oj }),
      refused: [['midAdmin', 404]],
      allowed: [],
    },
    {
      what: 'PUT /positions/:id/holder',
      call: (api) => api.put(`/positions/${ids.memberSeat}/holder`, { personId: ids.newcomer }),
      refused: [['anonymous', 401], ['mj', 403], ['member', 403], ['otherAdmin', 404]],
      allowed: [['midAdmin', 200]],
    },
    {
      what: 'PUT /positions/:id/supervising',
      call: (api) => api.put(`/positions/${ids.memberSeat}/supervising`, { supervising: false }),
      refused: [['anonymous', 401], ['mj', 403], ['otherAdmin', 404]],
      allowed: [['midAdmin', 200]],
    },
    {
      what: 'GET /positions/:id/holdings',
      call: (api) => api.get(`/positions/${ids.memberSeat}/holdings`),
      refused: [['anonymous', 401], ['a', 404], ['oj', 404]],
      allowed: [['m', 200], ['mj', 200]],
    },
    {
      what: 'POST /people',
      call: (api) => api.post('/people', { name: '新人', email: `new.${Math.random().toString(36).slice(2)}@e2e.duban.local`, organizationId: tree.orgs.a }),
      refused: [['anonymous', 401], ['mj', 403], ['m', 404], ['otherAdmin', 404]],
      allowed: [['midAdmin', 201], ['admin', 201]],
    },
    {
      what: 'POST /people placed nowhere',
      call: (api) => api.post('/people', { name: '新人', email: `new.${Math.random().toString(36).slice(2)}@e2e.duban.local` }),
      refused: [['anonymous', 401], ['mj', 403], ['midAdmin', 403], ['otherAdmin', 403]],
      allowed: [['admin', 201]],
    },
    {
      what: 'GET /people/:id',
      call: (api) => api.get(`/people/${tree.people.a.id}`),
      refused: [['anonymous', 401], ['oj', 404], ['otherAdmin', 404], ['b', 404]],
      allowed: [['a', 200], ['mj', 200], ['tj', 200], ['midAdmin', 200]],
    },
    {
      what: 'PUT /people/:id/login',
      call: (api) => api.put(`/people/${tree.people.b.id}/login`, { login: 'matrix-b-login', password: 'Reset-Password-1' }),
      refused: [['anonymous', 401], ['mj', 403], ['b', 403], ['otherAdmin', 404], ['oj', 404]],
      allowed: [['midAdmin', 200]],
    },
    {
      what: 'PUT /people/:id/login granting system administration',
      call: (api) => api.put(`/people/${ids.member}/login`, { login: 'matrix-member', systemAdmin: true }),
      refused: [['midAdmin', 403]],
      allowed: [],
    },
    {
      what: 'POST /organizations/:id/administrators',
      call: (api) => api.post(`/organizations/${tree.orgs.a}/administrators`, { personId: tree.people.a.id }),
      refused: [['anonymous', 401], ['mj', 403], ['a', 403], ['otherAdmin', 404]],
      allowed: [['midAdmin', 201]],
    },
    {
      what: 'POST /organizations/:id/duties',
      call: (api) => issueOverHttp(api, tree.orgs.mid, { templateId: 'special-admonition', dueAt: new Date(Date.now() + 86_400_000).toISOString() }),
      refused: [['anonymous', 401], ['mj', 403], ['m', 403], ['otherAdmin', 404], ['oj', 404]],
      allowed: [['midAdmin', 201]],
    },
    {
      what: 'POST /duties/:id/cancellation',
      call: async (api) => {
        const fresh = await issueOverHttp(sut.api, tree.orgs.mid, { templateId: 'special-admonition', dueAt: new Date(Date.now() + 86_400_000).toISOString() });
        const toA = fresh.body.duties.find((d: any) => d.counterpart.id === tree.people.a.id);
        return api.post(`/duties/${toA.id}/cancellation`, { reason: '误下达' });
      },
      refused: [['anonymous', 401], ['mj', 403], ['m', 403], ['a', 403], ['otherAdmin', 404], ['oj', 404]],
      allowed: [['midAdmin', 200]],
    },
    {
      what: 'GET /audit/verify',
      call: (api) => api.get('/audit/verify'),
      refused: [['anonymous', 401], ['midAdmin', 403], ['mj', 403], ['m', 403]],
      allowed: [['admin', 200]],
    },
    {
      what: 'GET /audit/export',
      call: (api) => api.get(`/audit/export?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2030-12-31`),
      refused: [['anonymous', 401], ['m', 403], ['a', 404], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['mj', 200], ['tj', 200], ['midAdmin', 200], ['admin', 200]],
    },
    {
      what: 'GET /people/:id/ledger',
      call: (api) => api.get(`/people/${tree.people.m.id}/ledger?year=2026`),
      refused: [['anonymous', 401], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['m', 200], ['mj', 200], ['tj', 200], ['midAdmin', 200], ['admin', 200]],
    },
    {
      what: 'GET /people/:id/ledger of a colleague',
      call: (api) => api.get(`/people/${tree.people.mj.id}/ledger?year=2026&format=pdf`),
      refused: [['m', 403]],
      allowed: [['mj', 200], ['tj', 200]],
    },
    {
      what: 'GET /organizations/:id/ledger',
      call: (api) => api.get(`/organizations/${tree.orgs.mid}/ledger?year=2026&format=xlsx`),
      refused: [['anonymous', 401], ['m', 403], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['mj', 200], ['tj', 200], ['midAdmin', 200], ['admin', 200]],
    },
    {
      what: 'GET /duties/:id/statement-draft',
      call: async (api) => api.get(`/duties/${await statementDuty()}/statement-draft`),
      refused: [['anonymous', 401], ['member', 404], ['a', 404], ['oj', 404], ['otherAdmin', 404]],
      allowed: [['m', 200], ['mj', 200], ['midAdmin', 200]],
    },
  ];

  /** 市委书记's 书面述责述廉 of the year, issued on first use. */
  let statement: Promise<string> | undefined;
  function statementDuty(): Promise<string> {
    statement ??= issueOverHttp(sut.api, tree.orgs.mid, { templateId: 'accountability-statement', dueAt: new Date(Date.now() + 86_400_000).toISOString() }).then((res) => res.body.duties[0].id);
    return statement;
  }

  it.each(rows.map((row) => [row.what, row] as const))('%s', async (_what, row) => {
    for (const [role, status] of row.refused) {
      const res = await row.call(as[role]);
      expect({ role, status: res.status }).toEqual({ role, status });
      expect(res.body).toMatchObject({ statusCode: status, code: expect.any(String), message: expect.any(String) });
      if (status === 404) expect(res.body.message).toMatch(/不存在/);
    }
    for (const [role, status] of row.allowed) {
      const res = await row.call(as[role]);
      expect({ role, status: res.status, body: res.status === status ? undefined : res.body }).toEqual({ role, status, body: undefined });
    }
  });

  it('a record out of scope and a record that does not exist get the same answer', async () => {
    const outside = await as.oj.get(`/duties/${ids.dutyA}`);
    const unknown = await as.oj.get('/duties/00000000-0000-4000-8000-000000000000');
    expect(outside.status).toBe(404);
    expect({ ...outside.body, message: outside.body.message.replace(ids.dutyA, 'X') }).toEqual({ ...unknown.body, message: unknown.body.message.replace('00000000-0000-4000-8000-000000000000', 'X') });
  });

  it('lists are filtered by scope in the query', async () => {
    const dutyIds = async (role: Role) => ((await as[role].get('/duties?pageSize=200')).body.items as any[]).map((d) => d.id);
    const all = await dutyIds('admin');
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect((await dutyIds('mj')).sort()).toEqual(all.filter(Boolean).sort());
    expect(await dutyIds('oj')).toEqual([]);
    expect(await dutyIds('member')).toEqual([]);
    expect(await dutyIds('a')).toContain(ids.dutyA);
    expect(await dutyIds('a')).not.toContain(ids.dutyB);
    const total = async (role: Role) => (await as[role].get('/duties')).body.total;
    expect(await total('oj')).toBe(0);

    const orgNames = async (role: Role) => ((await as[role].get('/organizations')).body as any[]).map((o) => o.id);
    expect(await orgNames('oj')).toEqual([ids.other]);
    expect(await orgNames('m')).toEqual([tree.orgs.mid]);
    expect(await orgNames('midAdmin')).toEqual(expect.arrayContaining([tree.orgs.mid, tree.orgs.a]));
    expect(await orgNames('midAdmin')).not.toContain(tree.orgs.top);
    expect(await orgNames('midAdmin')).not.toContain(ids.other);

    const escalations = async (role: Role) => ((await as[role].get('/escalations')).body as any[]).length;
    expect(await escalations('mj')).toBeGreaterThanOrEqual(2);
    expect(await escalations('mj')).toBe(await escalations('admin'));
    expect(await escalations('oj')).toBe(0);
    expect(await escalations('otherAdmin')).toBe(0);
    const extensions = async (role: Role) => ((await as[role].get('/extension-requests')).body as any[]).length;
    expect(await extensions('mj')).toBe(1);
    expect(await extensions('oj')).toBe(0);

    const peopleIds = async (role: Role, q = '') => ((await as[role].get(`/people${q}`)).body as any[]).map((p) => p.id);
    // The university's 纪委书记 sees its people: themselves and the university's administrator (placed by the grant).
    expect((await peopleIds('oj')).sort()).toEqual([ids.oj, ids.otherAdmin].sort());
    expect(await peopleIds('mj')).toEqual(expect.arrayContaining([tree.people.m.id, tree.people.a.id]));
    expect(await peopleIds('mj')).not.toContain(tree.people.t.id);
    // Filters narrow within the scope, never widen it.
    expect(await peopleIds('oj', `?q=${encodeURIComponent('书记')}`)).toEqual([ids.oj]);
    expect((await as.oj.get(`/organizations?parentId=${tree.orgs.mid}`)).status).toBe(404);
  });

  it('the workflow’s own steps are recorded as the system’s, a supervisor’s decision as theirs', async () => {
    const rows: { action: string; actor: string; status: string }[] = await sut.db.dataSource.query(
      `SELECT action, actor, after->>'status' AS status FROM audit_log WHERE table_name = 'escalation_proposals' AND row_id = $1 ORDER BY seq`,
      [ids.proposal],
    );
    expect(rows[0]).toEqual({ action: 'insert', actor: 'system', status: 'pending' });
    expect(rows.at(-1)).toEqual({ action: 'update', actor: `person:${tree.people.tj.id}`, status: 'approved' });
  });
});
