import { listRoutes } from '../support/routes';
import { SystemUnderTest } from '../support/system-under-test';

/** Fail closed: every route says what it does and on which record, and none answers without a token. */
describe('every route is declared and guarded', () => {
  const sut = new SystemUnderTest();
  beforeAll(() => sut.start());
  afterAll(() => sut.stop());

  it('each handler has @Can or @Public, and only login and health are public', () => {
    const routes = listRoutes(sut.nest);
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => !r.rule && !r.isPublic).map((r) => r.route)).toEqual([]);
    expect(routes.filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /health', 'POST /auth/login']);
  });

  it('without a token, every other route answers 401 with the error shape, before looking at anything', async () => {
    const someId = '00000000-0000-4000-8000-000000000000';
    for (const route of listRoutes(sut.nest).filter((r) => !r.isPublic)) {
      const path = route.path.replace(/:[A-Za-z]+/g, someId);
      const res = await sut.anonymous.request(route.method, path, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      expect({ route: route.route, status: res.status }).toEqual({ route: route.route, status: 401 });
      expect(res.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.stringContaining('请先登录'), details: [] });
    }
  });

  it('the OpenAPI document says how to authenticate', async () => {
    const doc = await sut.anonymous.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.body.paths['/duties/{id}/completion'].post.security).toEqual([{ bearer: [] }]);
  });
});
