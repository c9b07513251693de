import { listRoutes, routeFields } from '../support/routes';
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

  /**
   * Every record a request names is checked by the guard: a body or query field holding an id is declared in the
   * route's @Can, so that nobody reaches a record out of their scope through a field nobody thought of.
   * The exceptions say why they are safe.
   */
  it('every id in a body or query is declared to the access guard, or its exception says why', () => {
    const EXCEPTIONS: Record<string, string> = {
      'DutiesController.list query.organizationId': '列表：按范围在 SQL 中过滤',
      'DutiesController.list query.personId': '列表：按范围在 SQL 中过滤',
      'EscalationsController.list query.organizationId': '列表：按范围在 SQL 中过滤',
      'ExtensionsController.list query.organizationId': '列表：按范围在 SQL 中过滤',
      'ReviewsController.awaiting query.organizationId': '列表：按监督范围在 SQL 中过滤',
      'DutiesController.complete body.counterpartPersonId': 'DutiesService.requireCounterpart：本事项的对象或本人范围内的人员',
      'RectificationsController.list query.organizationId': '列表：按范围在 SQL 中过滤',
      'RectificationsController.putSettings body.noticeRecipientOrganizationIds': 'RectificationSettingsService.put：须为该组织（已声明）本身或其下级组织，否则 400',
      'ChecksController.confirmLiveStatements body.personIds': 'LiveStatementsService.confirm：须为本组织（已声明）现任的下级一把手，否则 400',
    };
    const undeclared: string[] = [];
    const routes = listRoutes(sut.nest);
    for (const route of routes) {
      const declared = new Set((route.rule?.resources ?? []).map((r) => r.path));
      for (const f of routeFields(sut.nest, route)) {
        const path = `${f.source}.${f.field}`;
        if (!f.constraints.includes('isUuid') || declared.has(path as never)) continue;
        if (!EXCEPTIONS[`${route.route} ${path}`]) undeclared.push(`${route.route} ${path}`);
      }
    }
    expect(undeclared).toEqual([]);
    // The walk does see the DTOs (it cannot pass by reading nothing).
    const create = routes.find((r) => r.route === 'OrganizationsController.create')!;
    expect(routeFields(sut.nest, create).map((f) => `${f.source}.${f.field}`)).toEqual(expect.arrayContaining(['body.parentId', 'body.name']));
    // Every exception is still a real field.
    for (const key of Object.keys(EXCEPTIONS)) {
      const [name, path] = key.split(' ');
      const route = routes.find((r) => r.route === name);
      expect({ key, found: route ? routeFields(sut.nest, route).some((f) => `${f.source}.${f.field}` === path) : false }).toEqual({ key, found: true });
    }
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
