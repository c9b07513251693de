import { runAuditVerify } from '@duban/api/audit/audit-verify.command';
import { Client } from 'pg';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

/** Every change is in the audit log, chained by hashes; the database refuses to alter it, and an edit is found. */
describe('the audit trail (real Postgres)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'audit');
  });
  afterAll(() => sut.stop());

  const entries = (where: string, params: unknown[] = []) =>
    sut.db.dataSource.query(`SELECT seq::int, actor, action, table_name, row_id, organization_id, before, after FROM audit_log WHERE ${where} ORDER BY seq`, params);

  it('records who changed what, with the row before and after', async () => {
    const admin = (await sut.api.get('/auth/me')).body;
    const renamed = await sut.api.patch(`/organizations/${tree.orgs.a}`, { name: '中共甲区委（新）' });
    expect(renamed.status).toBe(200);
    const [entry] = await entries(`table_name = 'organizations' AND row_id = $1 AND action = 'update'`, [tree.orgs.a]);
    expect(entry).toMatchObject({
      actor: `person:${admin.person.id}`,
      organization_id: tree.orgs.a,
      before: expect.objectContaining({ name: '中共甲区委' }),
      after: expect.objectContaining({ name: '中共甲区委（新）' }),
    });
    // Positions and holdings carry their organization, for exports by subtree.
    const [holding] = await entries(`table_name = 'position_holdings' AND after->>'person_id' = $1`, [tree.people.a.id]);
    expect(holding.organization_id).toBe(tree.orgs.a);
  });

  it('never copies a password hash into the log, but records that a password changed', async () => {
    const m = await sut.as(tree.people.m.id);
    expect((await m.put('/auth/password', { currentPassword: 'Test-Password-2026', newPassword: 'New-Password-2026' })).status).toBe(200);
    const rows = await entries(`table_name = 'users'`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(JSON.stringify([row.before, row.after])).not.toMatch(/password_hash|scrypt\$/);
    const [change] = await entries(`table_name = 'users' AND action = 'update' AND after->>'person_id' = $1`, [tree.people.m.id]);
    expect(change.actor).toBe(`person:${tree.people.m.id}`);
    expect(change.before.password_changed_at).not.toBe(change.after.password_changed_at);
  });

  it('the application cannot update, delete or truncate the log', async () => {
    for (const sql of ['UPDATE audit_log SET actor = $1', 'DELETE FROM audit_log WHERE actor <> $1', 'TRUNCATE audit_log', 'DELETE FROM audit_chain_head']) {
      await expect(sut.db.dataSource.query(sql, sql.includes('$1') ? ['x'] : [])).rejects.toThrow(/审计日志只能追加/);
    }
  });

  it('verifies the chain, then names the entry a superuser edited behind the triggers’ back', async () => {
    const whole = await sut.api.get('/audit/verify');
    expect(whole.status).toBe(200);
    expect(whole.body).toMatchObject({ ok: true, firstBroken: null });
    expect(whole.body.entries).toBeGreaterThan(20);
    const lines: string[] = [];
    expect(await runAuditVerify(sut.db.dataSource, (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(/审计日志完整：共 \d+ 条/);

    const [victim] = await entries(`table_name = 'organizations' AND action = 'update' AND row_id = $1`, [tree.orgs.a]);
    // As a superuser, with triggers off (replica mode), someone rewrites history.
    const superuser = new Client({ connectionString: sut.db.url });
    await superuser.connect();
    try {
      await superuser.query(`SET session_replication_role = replica`);
      await superuser.query(`UPDATE audit_log SET after = jsonb_set(after, '{name}', '"中共乙区委"') WHERE seq = $1`, [victim.seq]);
    } finally {
      await superuser.end();
    }

    const broken = await sut.api.get('/audit/verify');
    expect(broken.body).toMatchObject({ ok: false, entries: victim.seq - 1, firstBroken: { seq: String(victim.seq), reason: expect.stringContaining('被改动') } });
    lines.length = 0;
    expect(await runAuditVerify(sut.db.dataSource, (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toContain(`第 ${victim.seq} 条`);
  });

  it('a deleted entry breaks the chain at its place', async () => {
    const superuser = new Client({ connectionString: sut.db.url });
    await superuser.connect();
    try {
      await superuser.query(`SET session_replication_role = replica`);
      // Repair the edit above by deleting the whole tail from it: the head still remembers how long the chain was.
      const [{ seq }] = (await superuser.query(`SELECT max(seq)::int AS seq FROM audit_log`)).rows;
      await superuser.query(`DELETE FROM audit_log WHERE seq = $1`, [seq - 3]);
    } finally {
      await superuser.end();
    }
    const result = (await sut.api.get('/audit/verify')).body;
    expect(result.ok).toBe(false);
  });

  it('exports an organization subtree’s entries for a period as CSV that Excel reads', async () => {
    const res = await fetch(`${sut.api.baseUrl}/audit/export?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2099-12-31`, { headers: sut.api.authorization });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    // CRLF line ends, as every CSV the API writes for Excel.
    expect(text.split('\r\n')[0]).toBe('序号,时间,操作人,操作人姓名,动作,数据表,记录,组织,变更前,变更后,哈希');
    expect(text).toContain('中共甲区委（新）');
    expect(text).toContain('中共某市委');
    // Above the subtree: not in it.
    expect(text).not.toContain('中共某省委');

    const empty = await sut.api.get(`/audit/export?organizationId=${tree.orgs.mid}&from=2000-01-01&to=2000-12-31`);
    expect(empty.status).toBe(200);
    const bad = await sut.api.get(`/audit/export?organizationId=${tree.orgs.mid}&from=2026-13-01&to=2026-01-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('from');
  });

  it('lists a subtree’s entries a page at a time, newest first, to those who may export them', async () => {
    expect((await sut.api.patch(`/organizations/${tree.orgs.b}`, { name: '中共乙县委（改）' })).status).toBe(200);
    const first = await sut.api.get(`/audit/entries?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2099-12-31&pageSize=5`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 5 });
    expect(first.body.items).toHaveLength(5);
    expect(first.body.total).toBeGreaterThan(5);
    const seqs = first.body.items.map((e: { seq: string }) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
    const second = await sut.api.get(`/audit/entries?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2099-12-31&pageSize=5&page=2`);
    expect(Number(second.body.items[0].seq)).toBeLessThan(seqs[4]);
    expect(second.body.total).toBe(first.body.total);

    // The same entries as the export: the subtree’s, not those above it.
    const all = await sut.api.get(`/audit/entries?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2099-12-31&pageSize=200`);
    const organizations = new Set(all.body.items.map((e: { organization: string }) => e.organization));
    expect(organizations.has('中共某省委')).toBe(false);
    const renamed = first.body.items.find((e: { table: string; action: string; after: string | null }) => e.table === 'organizations' && e.action === 'update' && e.after?.includes('中共乙县委（改）'));
    expect(renamed).toMatchObject({ actionLabel: '修改', organization: '中共乙县委（改）', before: expect.stringContaining('"中共乙县委"') });

    // A supervisor of the subtree may; only a system administrator sees everything.
    const mj = await sut.as(tree.people.mj.id);
    expect((await mj.get(`/audit/entries?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2099-12-31`)).status).toBe(200);
    expect((await mj.get(`/audit/entries?from=2020-01-01&to=2099-12-31`)).status).toBe(403);
    // Above the leader's own organization, the subtree is out of their sight: not found, as every route answers.
    const a = await sut.as(tree.people.a.id);
    expect((await a.get(`/audit/entries?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2099-12-31`)).status).toBe(404);
    expect((await a.get(`/audit/entries?organizationId=${tree.orgs.a}&from=2020-01-01&to=2099-12-31`)).status).toBe(403);

    const bad = await sut.api.get(`/audit/entries?organizationId=${tree.orgs.mid}&from=2026-01-01&to=2026-12-31&pageSize=500`);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('pageSize');
  });
});
