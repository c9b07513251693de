import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CONSOLE_DIST } from '@duban/api/console/serve-console';
import { clientTypes } from '../../tools/web/client-types';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

const ROOT = join(__dirname, '../..');

/** The console (apps/web) on the API's origin: its typed client, its pages under /console/, and who sees which menus. */
describe('console: client, serving and roles (real Postgres, Temporal, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, `console-${randomUUID().slice(0, 6)}`);
  });
  afterAll(() => sut.stop());

  const url = (path: string) => `${sut.anonymous.baseUrl}${path}`;

  it('the committed client types are what openapi-typescript makes of the live OpenAPI document (npm run web:client)', async () => {
    const live = await sut.anonymous.get('/api/openapi.json');
    expect(live.status).toBe(200);
    const committed = readFileSync(join(ROOT, 'apps/web/src/api/schema.d.ts'), 'utf8');
    expect(committed).toBe(await clientTypes(live.body));
  });

  it('GET / goes to the console', async () => {
    const response = await fetch(url('/'), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/console/');
    expect((await fetch(url('/console'), { redirect: 'manual' })).headers.get('location')).toBe('/console/');
  });

  it('every /console/* page is the console\'s index.html (the browser\'s router takes it from there), with a CSP that allows its scripts', async () => {
    const indexHtml = readFileSync(join(CONSOLE_DIST, 'index.html'), 'utf8');
    for (const path of ['/console/', '/console/login?next=%2Fmy-duties', `/console/duties/${randomUUID()}`, `/console/approvals/escalations/${randomUUID()}`, `/console/approvals/extensions/${randomUUID()}`]) {
      const response = await fetch(url(path));
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 200, type: expect.stringMatching(/^text\/html/) });
      expect(await response.text()).toBe(indexHtml);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).toMatch(/style-src [^;]*'unsafe-inline'/);
    }
  });

  it('serves the built assets, and a missing one is a 404, not the page', async () => {
    const script = /src="\/console\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(CONSOLE_DIST, 'index.html'), 'utf8'))![1];
    const asset = await fetch(url(`/console/${script}`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    const missing = await fetch(url('/console/assets/missing-0000.js'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('leaves the API alone: its routes answer as before, and no API route starts with /console', async () => {
    expect((await sut.anonymous.get('/health')).status).toBe(200);
    expect(await sut.anonymous.get('/duties')).toMatchObject({ status: 401, body: { statusCode: 401 } });
    expect(await sut.api.get(`/duties/${randomUUID()}`)).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect((await sut.anonymous.post('/console/duties')).status).toBe(404);
    const document = (await sut.anonymous.get('/api/openapi.json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/console'))).toEqual([]);
  });

  describe('GET /auth/me tells the console which menus to show', () => {
    const me = async (personId: string) => (await (await sut.as(personId)).get('/auth/me')).body;

    it('a position holder is a leader; a discipline secretary also supervises their subtree', async () => {
      expect(await me(tree.people.a.id)).toMatchObject({ roles: { leader: true, supervisor: false, administrator: false, systemAdmin: false }, supervises: [], administers: [] });
      expect(await me(tree.people.mj.id)).toMatchObject({ roles: { leader: true, supervisor: true, administrator: false, systemAdmin: false }, supervises: [tree.orgs.mid], administers: [] });
    });

    it('an organization administrator, with the organizations they administer', async () => {
      const person = await sut.api.post<{ id: string }>('/people', { name: '组织管理员', email: `admin-${randomUUID().slice(0, 6)}@e2e.duban.local` });
      expect(person.status).toBe(201);
      expect((await sut.api.post(`/organizations/${tree.orgs.a}/administrators`, { personId: person.body.id })).status).toBe(201);
      expect(await me(person.body.id)).toMatchObject({ roles: { leader: false, supervisor: false, administrator: true, systemAdmin: false }, administers: [tree.orgs.a] });
    });

    it('a system administrator', async () => {
      expect((await sut.api.get('/auth/me')).body).toMatchObject({ systemAdmin: true, roles: { systemAdmin: true } });
    });
  });
});
