import { DEVELOPMENT_TOKEN_SECRET } from '@duban/config';
import { JwtService } from '@nestjs/jwt';
import { ApiClient } from '../support/api-client';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { addressBackoffMs, THROTTLE } from '@duban/api/auth/login-throttle';
import { TEST_PASSWORD } from '../support/logins';
import { SystemUnderTest } from '../support/system-under-test';

/** Logins, tokens and hostile input: refused or stored harmlessly, never a crash. */
describe('identity and bad input (real Postgres, Temporal, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let m: ApiClient;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'input', { pack: 'anhui-2022' });
    m = await sut.as(tree.people.m.id);
    const enabled = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(enabled.status).toBe(201);
  });
  afterAll(() => sut.stop());

  const shape = (status: number, code: string) => ({ statusCode: status, code, message: expect.any(String), details: expect.any(Array) });

  describe('tokens', () => {
    it('refuses malformed, forged, expired and unknown-session tokens with 401 in Chinese', async () => {
      const me = (await m.get('/auth/me')).body;
      const [session] = await sut.db.dataSource.query(`SELECT id FROM user_sessions WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1`, [me.id]);
      const sign = (secret: string, claims: object, options: object = {}) => new JwtService({ secret }).sign(claims, { subject: me.id, issuer: 'duban', ...options });
      const cases: [string, Record<string, string>, string][] = [
        ['no header', {}, 'UNAUTHENTICATED'],
        ['not a bearer', { authorization: 'Basic YWRtaW46YWRtaW4=' }, 'UNAUTHENTICATED'],
        ['garbage', { authorization: 'Bearer not-a-token' }, 'UNAUTHENTICATED'],
        ['three garbage parts', { authorization: 'Bearer aaa.bbb.ccc' }, 'INVALID_TOKEN'],
        ['forged signature', { authorization: `Bearer ${sign('another-secret-another-secret-123456', { sid: session.id })}` }, 'INVALID_TOKEN'],
        ['expired', { authorization: `Bearer ${sign(DEVELOPMENT_TOKEN_SECRET, { sid: session.id }, { expiresIn: -10 })}` }, 'INVALID_TOKEN'],
        ['unknown session', { authorization: `Bearer ${sign(DEVELOPMENT_TOKEN_SECRET, { sid: '00000000-0000-4000-8000-000000000000' })}` }, 'INVALID_TOKEN'],
        ['session of someone else', { authorization: `Bearer ${sign(DEVELOPMENT_TOKEN_SECRET, { sid: session.id }, { subject: '00000000-0000-4000-8000-000000000001' })}` }, 'INVALID_TOKEN'],
        ['alg none', { authorization: `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: me.id, sid: session.id, iss: 'duban' })).toString('base64url')}.x` }, 'INVALID_TOKEN'],
      ];
      for (const [what, headers, code] of cases) {
        const res = await sut.anonymous.request('GET', '/auth/me', undefined, undefined, headers);
        expect({ what, status: res.status, code: res.body.code }).toEqual({ what, status: 401, code });
        expect(res.body.message).toMatch(/登录|令牌/);
      }
      // The real one still works.
      expect((await sut.anonymous.request('GET', '/auth/me', undefined, undefined, { authorization: `Bearer ${sign(DEVELOPMENT_TOKEN_SECRET, { sid: session.id })}` })).status).toBe(200);
    });

    it('logout ends the session; a password change ends all of them', async () => {
      const a1 = await sut.as(tree.people.a.id);
      const a2 = await sut.as(tree.people.a.id);
      expect((await a1.post('/auth/logout')).status).toBe(200);
      expect((await a1.get('/auth/me')).status).toBe(401);
      expect((await a2.get('/auth/me')).status).toBe(200);

      const weak = await a2.put('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body.details[0]).toEqual({ field: 'newPassword', reason: '至少 10 个字符，且须同时包含字母和数字' });
      const wrong = await a2.put('/auth/password', { currentPassword: 'Not-The-Password-1', newPassword: 'Another-Password-9' });
      expect(wrong.status).toBe(400);
      expect((await a2.put('/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another-Password-9' })).status).toBe(200);
      expect((await a2.get('/auth/me')).status).toBe(401);
      const [{ login }] = await sut.db.dataSource.query(`SELECT login FROM users WHERE person_id = $1`, [tree.people.a.id]);
      expect((await sut.anonymous.post('/auth/login', { login, password: TEST_PASSWORD })).status).toBe(401);
      expect((await sut.anonymous.post('/auth/login', { login, password: 'Another-Password-9' })).status).toBe(200);
    });

    it('a disabled account cannot log in and its sessions end', async () => {
      const b = await sut.as(tree.people.b.id);
      expect((await sut.api.put(`/people/${tree.people.b.id}/login`, { disabled: true })).status).toBe(200);
      expect((await b.get('/auth/me')).status).toBe(401);
      const [{ login }] = await sut.db.dataSource.query(`SELECT login FROM users WHERE person_id = $1`, [tree.people.b.id]);
      expect((await sut.anonymous.post('/auth/login', { login, password: TEST_PASSWORD })).body).toEqual(shape(401, 'BAD_CREDENTIALS'));
    });
  });

  describe('bodies', () => {
    it('refuses a body over the limit with 413 in the error shape', async () => {
      const res = await m.request('POST', `/duties/00000000-0000-4000-8000-000000000000/completion`, undefined, JSON.stringify({ note: 'x'.repeat(300_000) }));
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求体过大', details: [] });
    });

    it('refuses unknown fields, the old actorPersonId included', async () => {
      const duties = (await m.get('/duties')).body.items;
      const res = await m.post(`/duties/${duties[0].id}/completion`, { actorPersonId: tree.people.m.id, heldOn: '2026-01-01', note: '已谈话' });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'actorPersonId', reason: '是不允许的字段' }]);
      const login = await sut.anonymous.post('/auth/login', { login: 'x', password: 'y', remember: true });
      expect(login.status).toBe(400);
    });

    it('stores SQL-like and formula-like text verbatim in every text field, and finds it again', async () => {
      const evil = [`Robert'); DROP TABLE duties;--`, `' OR '1'='1`, `=HYPERLINK("http://x")`, `\\'; SELECT pg_sleep(5);--`, '<script>alert(1)</script>', '😀 督办 %_\\'];
      for (const text of evil) {
        const org = await sut.api.post('/organizations', { name: text, parentId: tree.orgs.mid });
        expect(org.status).toBe(201);
        expect((await sut.api.get(`/organizations/${org.body.id}`)).body.name).toBe(text);
        const person = await sut.api.post('/people', { name: text, email: `p${Math.random().toString(36).slice(2)}@e2e.duban.local` });
        expect(person.status).toBe(201);
        const found = (await sut.api.get(`/people?q=${encodeURIComponent(text)}`)).body;
        expect(found.map((p: any) => p.name)).toContain(text);
        const seat = await sut.api.post(`/organizations/${org.body.id}/positions`, { role: 'member', title: text.slice(0, 100) });
        expect(seat.status).toBe(201);
        expect(seat.body.title).toBe(text.slice(0, 100));
      }
      // A search that looks like SQL matches nothing, and leaks nothing.
      expect((await m.get(`/people?q=${encodeURIComponent("' OR 1=1 --")}`)).body).toEqual([]);
      // Fields with a format refuse it instead.
      expect((await sut.api.post('/organizations', { name: '某', code: "x'; DROP TABLE organizations;--" })).status).toBe(400);
      expect((await sut.api.post('/people', { name: '某', email: "x' OR 1=1" })).status).toBe(400);
      expect((await sut.api.get(`/duties?status=${encodeURIComponent("pending' OR 'a'='a")}`)).status).toBe(400);
      expect((await sut.api.get(`/duties/${encodeURIComponent("1' OR '1'='1")}`)).status).toBe(400);
      expect((await sut.anonymous.post('/auth/login', { login: "admin' --", password: "' OR ''='" })).status).toBe(401);

      // Fresh duties of their own: an event template's (专题约谈) belong to the request.
      const enabled = await issueOverHttp(sut.api, tree.orgs.mid, { templateId: 'special-admonition', dueAt: new Date(Date.now() + 86_400_000).toISOString() });
      const [duty, other] = enabled.body.duties;
      const asked = await m.post(`/duties/${duty.id}/extension-requests`, { newDueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), reason: evil[0] });
      expect(asked.status).toBe(201);
      const mj = await sut.as(tree.people.mj.id);
      const refused = await mj.post(`/extension-requests/${asked.body.id}/decision`, { decision: 'refuse', reason: evil[1] });
      expect(refused.body).toMatchObject({ status: 'refused', decisionReason: evil[1] });
      const done = await m.post(`/duties/${duty.id}/completion`, { heldOn: new Date().toISOString().slice(0, 10), note: evil[3] });
      expect(done.status).toBe(200);
      expect(done.body.completion.note).toBe(evil[3]);
      const cancelled = await sut.api.post(`/duties/${other.id}/cancellation`, { reason: evil[2] });
      expect([cancelled.status, cancelled.body.cancelReason]).toEqual([200, `管理员撤销：${evil[2]}`]);

      // The audit export writes formula-like cells as text.
      const csv = await fetch(`${sut.api.baseUrl}/audit/export?organizationId=${tree.orgs.mid}&from=2020-01-01&to=2099-12-31`, { headers: sut.api.authorization });
      expect(await csv.text()).not.toMatch(/(^|,)=HYPERLINK/m);
      // Nothing was dropped, nothing crashed.
      expect((await sut.anonymous.get('/health')).body).toEqual({ status: 'ok' });
      expect((await sut.api.get('/duties')).status).toBe(200);
    });
  });

  describe('login throttling', () => {
    it('locks an account after repeated failures (429), even for the right password', async () => {
      const [{ login }] = await sut.db.dataSource.query(`SELECT login FROM users WHERE person_id = $1`, [tree.people.m.id]);
      for (let i = 0; i < 5; i++) expect((await sut.anonymous.post('/auth/login', { login, password: `wrong-${i}` })).status).toBe(401);
      const locked = await sut.anonymous.post('/auth/login', { login, password: TEST_PASSWORD });
      expect(locked.status).toBe(429);
      expect(locked.body).toEqual(shape(429, 'TOO_MANY_ATTEMPTS'));
      expect(locked.body.message).toMatch(/登录失败次数过多/);
      // Other accounts are not locked by it.
      expect((await sut.as(tree.people.t.id).then((api) => api.get('/auth/me'))).status).toBe(200);
    });

    it('slows an address that tries many accounts, but never locks a known account out with its right password', async () => {
      // 31 guesses from one address (this test's 127.0.0.1: behind a proxy, the whole deployment).
      for (let i = 0; i <= THROTTLE.perAddress; i++) expect((await sut.anonymous.post('/auth/login', { login: `nobody-${i}`, password: 'x' })).status).toBe(401);
      const [{ login }] = await sut.db.dataSource.query(`SELECT login FROM users WHERE person_id = $1`, [tree.people.t.id]);
      expect((await sut.anonymous.post('/auth/login', { login, password: TEST_PASSWORD })).status).toBe(200);
      // The guesses were counted against the address: what slows it down (see login-throttle.spec).
      const [{ failures }] = await sut.db.dataSource.query(`SELECT count(*)::int AS failures FROM login_attempts WHERE login LIKE 'nobody-%'`);
      expect(addressBackoffMs(failures)).toBeGreaterThan(0);
    });
  });
});
