import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { ApiClient } from '../support/api-client';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { TEST_PASSWORD } from '../support/logins';
import { SystemUnderTest } from '../support/system-under-test';

/**
 * What a hostile probe of a running duban found (issue 19), each reproduced over HTTP on the real system:
 * a subtree administrator taking over the system administrator, cutting their organization loose, planting
 * formulas in exports; account changes missing from the audit export; a completion naming anyone; an e-mail
 * address revealing who exists elsewhere; a leader's tree showing what a single read refuses.
 *
 * 省委 top (t, tj) → 市委 mid (m, mj, mz; midAdmin administers it) → 甲区委 a, 乙县委 b.
 */
describe('access holes (real Postgres, Temporal, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let midAdmin: ApiClient;
  let adminPersonId: string;
  let seq = 0;
  const email = (what: string) => `${what}.${++seq}.holes@e2e.duban.local`;
  const created = (res: { status: number; body: any }) => {
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const registerIn = (organizationId: string | undefined, name: string, api = sut.api) =>
    api.post('/people', { name, email: email('p'), ...(organizationId ? { organizationId } : {}) });
  const loginOf = async (personId: string) => (await sut.db.dataSource.query(`SELECT login FROM users WHERE person_id = $1`, [personId]))[0]?.login as string;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'holes', { pack: 'anhui-2022' });
    const midAdminId = created(await registerIn(tree.orgs.mid, '市委管理员'));
    expect((await sut.api.post(`/organizations/${tree.orgs.mid}/administrators`, { personId: midAdminId })).status).toBe(201);
    midAdmin = await sut.as(midAdminId);
    adminPersonId = (await sut.api.get('/auth/me')).body.person.id;
  });
  afterAll(() => sut.stop());

  describe('a subtree administrator cannot take over the system administrator', () => {
    it('does not see them, nor reset, disable or rename their login', async () => {
      const listed = (await midAdmin.get('/people')).body.map((p: any) => p.id);
      expect(listed).toEqual(expect.arrayContaining([tree.people.m.id, tree.people.a.id]));
      expect(listed).not.toContain(adminPersonId);
      expect((await midAdmin.get(`/people/${adminPersonId}`)).status).toBe(404);
      for (const change of [{ password: 'Taken-Over-2026' }, { disabled: true }, { login: 'renamed-admin' }]) {
        expect((await midAdmin.put(`/people/${adminPersonId}/login`, change)).status).toBe(404);
      }
      const login = await loginOf(adminPersonId);
      expect((await sut.anonymous.post('/auth/login', { login, password: TEST_PASSWORD })).status).toBe(200);
      expect((await sut.anonymous.post('/auth/login', { login, password: 'Taken-Over-2026' })).status).toBe(401);
    });

    it('even once the system administrator holds a position in the subtree: seen, not managed', async () => {
      created(await sut.api.post(`/organizations/${tree.orgs.b}/positions`, { role: 'member', title: '挂职委员', holderId: adminPersonId }));
      expect((await midAdmin.get(`/people/${adminPersonId}`)).status).toBe(200);
      const refused = await midAdmin.put(`/people/${adminPersonId}/login`, { password: 'Taken-Over-2026' });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toContain('系统管理员');
    });

    it('nor anyone with rights beyond the administrator’s own (here: an administrator of the province)', async () => {
      const both = created(await registerIn(tree.orgs.a, '省委派驻干部'));
      expect((await sut.api.post(`/organizations/${tree.orgs.top}/administrators`, { personId: both })).status).toBe(201);
      expect((await midAdmin.get(`/people/${both}`)).status).toBe(200);
      expect((await midAdmin.put(`/people/${both}/login`, { login: 'province-helper', password: 'Taken-Over-2026' })).status).toBe(403);
      expect((await sut.api.put(`/people/${both}/login`, { login: 'province-helper', password: 'Province-Helper-2026' })).status).toBe(200);
    });

    it('manages those placed in the subtree: registered there, holding or having held a position there', async () => {
      const registered = created(await registerIn(tree.orgs.a, '甲区委干事', midAdmin));
      expect((await midAdmin.put(`/people/${registered}/login`, { login: `a-clerk-${seq}`, password: 'Clerk-Password-2026' })).status).toBe(200);

      const former = created(await registerIn(undefined, '原乙县委书记'));
      expect((await midAdmin.get(`/people/${former}`)).status).toBe(404);
      const seat = tree.positions['b:principal'];
      expect((await sut.api.put(`/positions/${seat}/holder`, { personId: former })).status).toBe(200);
      expect((await sut.api.put(`/positions/${seat}/holder`, { personId: tree.people.b.id })).status).toBe(200);
      expect((await midAdmin.get(`/people/${former}`)).status).toBe(200);
      expect((await midAdmin.get('/people')).body.map((p: any) => p.id)).toContain(former);
    });

    it('registers people only in its subtree; only a system administrator registers someone placed nowhere', async () => {
      const nowhere = await registerIn(undefined, '无归属人员', midAdmin);
      expect(nowhere.status).toBe(403);
      expect((await registerIn(tree.orgs.top, '省委干事', midAdmin)).status).toBe(404);
      const unplaced = created(await registerIn(undefined, '待分配人员'));
      expect((await midAdmin.get(`/people/${unplaced}`)).status).toBe(404);
      expect((await midAdmin.get('/people')).body.map((p: any) => p.id)).not.toContain(unplaced);
      expect((await sut.api.get('/people')).body.map((p: any) => p.id)).toContain(unplaced);
    });
  });

  describe('a subtree administrator cannot cut an organization loose', () => {
    it('detaching (parentId null) is refused, the province keeps sight of it; a system administrator may', async () => {
      for (const org of [tree.orgs.mid, tree.orgs.a]) {
        const res = await midAdmin.patch(`/organizations/${org}`, { parentId: null });
        expect(res.status).toBe(403);
        expect(res.body.message).toContain('只有系统管理员');
      }
      expect((await sut.api.get(`/organizations/${tree.orgs.mid}`)).body.parentId).toBe(tree.orgs.top);
      const tj = await sut.as(tree.people.tj.id);
      expect((await tj.get(`/organizations/${tree.orgs.mid}`)).status).toBe(200);

      const detached = await sut.api.patch(`/organizations/${tree.orgs.a}`, { parentId: null });
      expect([detached.status, detached.body.parentId]).toEqual([200, null]);
      const back = await sut.api.patch(`/organizations/${tree.orgs.a}`, { parentId: tree.orgs.mid });
      expect([back.status, back.body.parentId]).toEqual([200, tree.orgs.mid]);
    });
  });

  describe('exports write planted formulas as text', () => {
    const planted = { a: '=HYPERLINK("http://evil.example","点我")', b: '@SUM(A1:A9)' };

    beforeAll(async () => {
      expect((await midAdmin.patch(`/organizations/${tree.orgs.a}`, { name: planted.a })).status).toBe(200);
      expect((await midAdmin.patch(`/organizations/${tree.orgs.b}`, { name: planted.b })).status).toBe(200);
      expect((await sut.api.put(`/organizations/${tree.orgs.top}/cycle-settings`, { packId: 'czu-2022', dueDateMode: 'calendar_day' })).status).toBe(200);
    });

    const download = async (path: string) => {
      const response = await fetch(`${sut.api.baseUrl}${path}`, { headers: midAdmin.authorization });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const formulaLike = (cell: unknown) => typeof cell === 'string' && /^[=+@\t\r]/.test(cell);

    it('in the preview CSV', async () => {
      const rows: string[][] = parse(await download(`/organizations/${tree.orgs.mid}/preview.csv?year=2027`), { bom: true, relax_column_count: true });
      const cells = rows.flat();
      expect(cells).toContain(`'${planted.a}`);
      expect(cells).toContain(`'${planted.b}`);
      expect(cells.filter(formulaLike)).toEqual([]);
    });

    it('in the preview Excel workbook', async () => {
      const workbook = new Workbook();
      await workbook.xlsx.load((await download(`/organizations/${tree.orgs.mid}/preview.xlsx?year=2027`)) as unknown as ArrayBuffer);
      const cells: unknown[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.value))));
      expect(cells).toContain(`'${planted.a}`);
      expect(cells.filter(formulaLike)).toEqual([]);
      expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
    });

    it('in the audit export', async () => {
      const rows: string[][] = parse(await download(`/audit/export?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2099-12-31`), { bom: true });
      expect(rows.flat().filter(formulaLike)).toEqual([]);
    });
  });

  describe('account changes are in the audit export', () => {
    it('of the subtrees where the person is placed, and all of them in the system administrator’s export', async () => {
      const reset = await sut.api.put(`/people/${tree.people.mz.id}/login`, { login: `holes-mz-${seq}`, password: 'Reset-Password-2026' });
      expect(reset.status).toBe(200);
      const userId = reset.body.id;
      const exportOf = async (api: ApiClient, organizationId?: string) => {
        const query = `${organizationId ? `organizationId=${organizationId}&` : ''}from=2020-01-01&to=2099-12-31`;
        const response = await fetch(`${api.baseUrl}/audit/export?${query}`, { headers: api.authorization });
        return { status: response.status, rows: response.status === 200 ? (parse(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true }) as Record<string, string>[]) : [] };
      };
      const aboutUser = (rows: Record<string, string>[], id: string) => rows.filter((r) => r['数据表'] === 'users' && r['记录'] === id);

      const mid = await exportOf(midAdmin, tree.orgs.mid);
      expect(aboutUser(mid.rows, userId).map((r) => r['动作'])).toEqual(expect.arrayContaining(['新增']));
      expect(mid.rows.filter((r) => r['数据表'] === 'people' && r['记录'] === tree.people.mz.id)).toHaveLength(1);
      expect(aboutUser((await exportOf(sut.api, tree.orgs.a)).rows, userId)).toEqual([]);

      const everything = await exportOf(sut.api);
      expect(everything.status).toBe(200);
      expect(aboutUser(everything.rows, userId).length).toBeGreaterThan(0);
      const adminUser = (await sut.api.get('/auth/me')).body.id;
      expect(aboutUser(everything.rows, adminUser).length).toBeGreaterThan(0);
      expect((await exportOf(midAdmin)).status).toBe(403);
    });
  });

  it('sends the usual security headers and no X-Powered-By', async () => {
    const response = await fetch(`${sut.api.baseUrl}/health`);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('a completion names the duty’s counterpart or someone the leader can see, nobody else', async () => {
    const enabled = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(enabled.status).toBe(201);
    const [duty] = enabled.body.duties;
    const m = await sut.as(tree.people.m.id);
    const outside = await m.post(`/duties/${duty.id}/completion`, { heldOn: '2026-01-05', note: '谈话', counterpartPersonId: tree.people.t.id });
    expect(outside.status).toBe(400);
    expect(outside.body.details).toEqual([{ field: 'counterpartPersonId', reason: expect.stringContaining('不在您的范围内') }]);
    const own = await m.post(`/duties/${duty.id}/completion`, { heldOn: '2026-01-05', note: '谈话', counterpartPersonId: duty.counterpart.id });
    expect(own.status).toBe(200);
  });

  it('registering an address held in another subtree reveals nothing; one in sight is refused', async () => {
    const elsewhere = await midAdmin.post('/people', { name: '同邮箱的人', email: tree.people.t.email, organizationId: tree.orgs.mid });
    expect(elsewhere.status).toBe(201);
    const inSight = await midAdmin.post('/people', { name: '同邮箱的人', email: tree.people.a.email, organizationId: tree.orgs.mid });
    expect([inSight.status, inSight.body.code]).toEqual([409, 'EMAIL_TAKEN']);
  });

  it('a leader’s tree shows what the leader may read one by one, and nothing below it', async () => {
    const m = await sut.as(tree.people.m.id);
    expect((await m.get(`/organizations/${tree.orgs.a}`)).status).toBe(404);
    const own = (await m.get(`/organizations/${tree.orgs.mid}/tree`)).body;
    expect(own.positions.length).toBeGreaterThan(0);
    expect(own.children).toEqual([]);
    const mj = await sut.as(tree.people.mj.id);
    expect((await mj.get(`/organizations/${tree.orgs.mid}/tree`)).body.children.map((c: any) => c.id).sort()).toEqual([tree.orgs.a, tree.orgs.b].sort());
  });
});
