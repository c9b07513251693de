import { randomUUID } from 'node:crypto';
import { ApiClient, ApiResponse } from '../support/api-client';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { baseline, Field, inPool, OpenApiDocument, plausible, Route, routesOf, unboundedNumbers } from '../support/openapi-fuzz';
import { SystemUnderTest } from '../support/system-under-test';

/** ≈3,000 levels of `{"a":…}`: about 18 KB, the depth that overflowed the validation pipe's stack. */
const DEEP_OBJECT = '{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000);
const ONE_MB = 'x'.repeat(1 << 20);
const TOKEN = 'HOSTILE-VALUE-a4f3c1';

/**
 * A hostile value, as raw JSON for a body field and as raw (already encoded) text for a query parameter.
 * `refused` says where the API must answer 4xx; elsewhere (a query cannot carry null, a lone surrogate or a
 * number as such) it must still never answer 5xx.
 */
interface Hostile {
  what: string;
  json: string;
  query: (name: string) => string;
  refused: (field: Field, where: 'body' | 'query') => boolean;
}

const numeric = (field: Field) => field.schema.type === 'integer' || field.schema.type === 'number';

const HOSTILE: Hostile[] = [
  { what: 'NUL', json: JSON.stringify('a\u0000b'), query: (n) => `${n}=a%00b`, refused: () => true },
  // %ED%A0%80 is U+D800 in the UTF-8 way; a query decodes it as U+FFFD, a body keeps the lone surrogate.
  { what: 'lone surrogate', json: '"a\\ud800b"', query: (n) => `${n}=a%ED%A0%80b`, refused: (_, where) => where === 'body' },
  { what: 'null', json: 'null', query: (n) => `${n}=`, refused: (field, where) => where === 'body' && !field.schema.nullable },
  { what: '1 MB string', json: JSON.stringify(ONE_MB), query: (n) => `${n}=${ONE_MB}`, refused: () => true },
  { what: 'deep nesting', json: DEEP_OBJECT, query: (n) => `${n}${'[a]'.repeat(3_000)}=1`, refused: () => true },
  { what: 'out-of-range number', json: '1e20', query: (n) => `${n}=1e20`, refused: (field, where) => where === 'body' || numeric(field) },
];

/**
 * Every route of the OpenAPI document the API serves, every body and query field it declares, each hostile
 * value in turn over a plausible baseline (real ids in the path and in id fields), as the system
 * administrator — or, where only they may act at all, as the duty's responsible person or its supervisor,
 * so that the request reaches validation instead of a 403: the answer is a 4xx, never a 5xx (nor a 401:
 * the sessions must survive the whole run).
 */
describe('input fuzz over the OpenAPI document (real Postgres, Temporal, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let doc: OpenApiDocument;
  const ids = {} as Record<'duty' | 'extension' | 'proposal', string>;
  const actors = {} as Record<'responsible' | 'supervisor' | 'ownSession', ApiClient>;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'fuzz', { pack: 'anhui-2022' });
    const enabled = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    expect(enabled.status).toBe(201);
    ids.duty = enabled.body.duties[0].id;
    // A duty due in two seconds with a one-second grace (专题约谈: an event template, duties of their own): a real
    // escalation proposal waits for a decision.
    const near = await issueOverHttp(sut.api, tree.orgs.mid, {
      templateId: 'special-admonition',
      dueAt: new Date(Date.now() + 2_000).toISOString(),
      policy: { reminderOffsets: [], gracePeriod: 'PT1S', approvalTimeout: 'PT10M', acknowledgeReminderInterval: null, overdueReminderInterval: null },
    });
    expect(near.status).toBe(201);
    actors.responsible = await sut.as(tree.people.m.id);
    actors.supervisor = await sut.as(tree.people.mj.id);
    actors.ownSession = await sut.as((await sut.api.get('/auth/me')).body.person.id);
    const asked = await actors.responsible.post(`/duties/${ids.duty}/extension-requests`, { newDueAt: new Date(Date.now() + 60 * 86_400_000).toISOString(), reason: '外出学习' });
    expect(asked.status).toBe(201);
    ids.extension = asked.body.id;
    ids.proposal = await eventually(async () => (await sut.api.get(`/escalations?status=pending&organizationId=${tree.orgs.mid}`)).body[0]?.id);
    doc = (await sut.anonymous.get('/api/openapi.json')).body;
  });
  afterAll(() => sut.stop());

  /** A real record for each kind of id in a path or a body; a random UUID for the rest. */
  function idFor(name: string, template = ''): string {
    if (['personId', 'holderId', 'counterpartPersonId'].includes(name)) return tree.people.b.id;
    if (['organizationId', 'parentId', 'stationedGroupId'].includes(name)) return tree.orgs.b;
    if (name === 'positionId') return tree.positions['b:principal'];
    if (name !== 'id') return randomUUID();
    const kind = template.split('/')[1];
    const byKind: Record<string, string> = {
      organizations: tree.orgs.b,
      people: tree.people.b.id,
      positions: tree.positions['b:principal'],
      duties: ids.duty,
      'extension-requests': ids.extension,
      escalations: ids.proposal,
    };
    return byKind[kind] ?? randomUUID();
  }

  /**
   * Who may call the route on the records above: the responsible person records and asks, the supervisor
   * decides; the administrator's own session answers the routes that could end it (logout, password).
   */
  function actorFor(route: Route): ApiClient {
    if (route.template.startsWith('/auth/')) return actors.ownSession;
    if (/^\/duties\/\{id\}\/(completion|acknowledgement|extension-requests)$/.test(route.template)) return actors.responsible;
    if (/^\/(escalations|extension-requests)\/\{id\}\/decision$/.test(route.template)) return actors.supervisor;
    return sut.api;
  }

  function pathOf(route: Route, hostile?: { param: string; raw: string }): string {
    return route.template.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (hostile?.param === name) return hostile.raw;
      if (name === 'obligationId' || name === 'templateId') return 'supervision-talk';
      if (name === 'packId') return 'central-2021';
      if (name === 'year') return '2027';
      return idFor(name, route.template);
    });
  }

  /** The required query parameters, plausibly filled (the audit export needs its organization and dates). */
  function baseQuery(route: Route, except?: string): string[] {
    return route.query.filter((f) => f.required && f.name !== except).map((f) => `${f.name}=${encodeURIComponent(String(plausible(doc, f.name, f.schema, (n) => idFor(n))))}`);
  }

  /** The baseline body with the raw hostile JSON at `path` (an absent parent object or array filled in plausibly). */
  function bodyWith(route: Route, path: (string | number)[], json: string): string {
    const body: Record<string | number, unknown> = baseline(doc, route.bodySchema!, (n) => idFor(n));
    let at = body;
    path.forEach((key, i) => {
      if (i === path.length - 1) {
        at[key] = TOKEN;
        return;
      }
      if (at[key] === undefined) {
        const field = route.body!.find((f) => f.path.join('.') === path.slice(0, i + 1).join('.'));
        at[key] = field ? plausible(doc, String(key), { ...field.schema, example: undefined }, (n) => idFor(n)) : {};
      }
      if (typeof path[i + 1] === 'number' && (!Array.isArray(at[key]) || !(at[key] as unknown[]).length)) at[key] = [{}];
      at = at[key] as Record<string | number, unknown>;
    });
    return JSON.stringify(body).replace(`"${TOKEN}"`, json);
  }

  interface Probe {
    api: ApiClient;
    label: string;
    method: string;
    path: string;
    raw?: string;
    mustRefuse: boolean;
  }

  function probes(routes: Route[]): Probe[] {
    const list: Probe[] = [];
    for (const route of routes) {
      const at = `${route.method} ${route.template}`;
      const api = actorFor(route);
      const query = (extra: string[] = []) => {
        const parts = [...baseQuery(route), ...extra];
        return parts.length ? `?${parts.join('&')}` : '';
      };
      // The route as it is, only where that changes nothing.
      if (route.method === 'GET') list.push({ api, label: `${at} (baseline)`, method: 'GET', path: pathOf(route) + query(), mustRefuse: false });
      for (const param of route.pathParams) {
        for (const [what, raw] of [['NUL', '%00'], ['lone surrogate', '%ED%A0%80']]) {
          list.push({ api, label: `${at} path ${param}: ${what}`, method: route.method, path: pathOf(route, { param, raw }) + query(), raw: route.bodySchema ? '{}' : undefined, mustRefuse: true });
        }
      }
      for (const field of route.query) {
        for (const hostile of HOSTILE) {
          const parts = [...baseQuery(route, field.name), hostile.query(field.name)];
          list.push({ api, label: `${at} query ${field.name}: ${hostile.what}`, method: route.method, path: `${pathOf(route)}?${parts.join('&')}`, raw: route.bodySchema ? '{}' : undefined, mustRefuse: hostile.refused(field, 'query') });
        }
      }
      if (['POST', 'PUT', 'PATCH'].includes(route.method)) {
        list.push({ api, label: `${at} body: deep nesting`, method: route.method, path: pathOf(route) + query(), raw: DEEP_OBJECT, mustRefuse: true });
      }
      for (const field of route.body ?? []) {
        for (const hostile of HOSTILE) {
          list.push({ api, label: `${at} body ${field.name}: ${hostile.what}`, method: route.method, path: pathOf(route) + query(), raw: bodyWith(route, field.path, hostile.json), mustRefuse: hostile.refused(field, 'body') });
        }
      }
    }
    return list;
  }

  describe('the server errors of issue 19, each request as reported: a 400 naming the field', () => {
    const refused = (field: string | RegExp, reason: RegExp) => ({
      status: 400,
      code: 'VALIDATION_FAILED',
      details: expect.arrayContaining([{ field: typeof field === 'string' ? field : expect.stringMatching(field), reason: expect.stringMatching(reason) }]),
    });
    const answer = (res: ApiResponse) => ({ status: res.status, code: res.body?.code, details: res.body?.details });

    it('deeply nested JSON (≈3,000 levels, 20–120 KB), on the public login and on a body route', async () => {
      const login = await sut.anonymous.request('POST', '/auth/login', undefined, `{"login":${DEEP_OBJECT},"password":"x"}`);
      expect(answer(login)).toEqual(refused(/^login(\.a)+$/, /嵌套过深/));
      const arrays = '['.repeat(60_000) + ']'.repeat(60_000); // 120 KB
      expect(answer(await sut.anonymous.request('POST', '/auth/login', undefined, arrays))).toEqual(refused(/^0(\.0)+$/, /嵌套过深/));
      expect(answer(await sut.api.request('POST', '/organizations', undefined, `{"name":"某","parentId":${DEEP_OBJECT}}`))).toEqual(refused(/^parentId/, /嵌套过深/));
      expect((await sut.anonymous.get('/health')).status).toBe(200);
    });

    it('a NUL character in a body or a query string', async () => {
      expect(answer(await sut.anonymous.post('/auth/login', { login: 'a\u0000b', password: 'x' }))).toEqual(refused('login', /空字符/));
      expect(answer(await sut.api.get('/people?q=%00'))).toEqual(refused('q', /空字符/));
    });

    it('a lone surrogate in an e-mail or a text field', async () => {
      expect(answer(await sut.api.post('/people', { name: '张三', email: '\ud800' }))).toEqual(refused('email', /代理项/));
      expect(answer(await sut.api.post('/organizations', { name: '\ud800', parentId: tree.orgs.a }))).toEqual(refused('name', /代理项/));
    });

    it('null in optional fields that cannot be empty', async () => {
      await sut.as(tree.people.a.id); // a has a login, as the account in the report had
      expect(answer(await sut.api.patch(`/organizations/${tree.orgs.a}`, { name: null }))).toEqual(refused('name', /应为字符串/));
      expect(answer(await sut.api.put(`/people/${tree.people.a.id}/login`, { disabled: null }))).toEqual(refused('disabled', /true 或 false/));
    });

    it('a page number out of any range', async () => {
      expect(answer(await sut.api.get('/duties?page=1e20'))).toEqual(refused('page', /过大（最大为 10000）/));
    });

    it('impossible date-times and calendar dates, absurd durations', async () => {
      const issue = (body: object) => sut.api.post(`/organizations/${tree.orgs.a}/duties`, { templateId: 'supervision-talk', dueAt: '2027-06-30T00:00:00+08:00', ...body });
      expect(answer(await issue({ dueAt: '2027-02-30T00:00:00+08:00' }))).toEqual(refused('dueAt', /实际存在/));
      expect(answer(await issue({ dueAt: '2027-02-28T24:00+08:00' }))).toEqual(refused('dueAt', /实际存在/));
      expect(answer(await issue({ policy: { gracePeriod: 'P99999999999Y' } }))).toEqual(refused('policy.gracePeriod', /最长 P10Y/));
      expect(answer(await issue({ policy: { reminderOffsets: ['P7D', 'P99999999999Y'] } }))).toEqual(refused('policy.reminderOffsets', /最长 P10Y/));
      expect(answer(await sut.api.put(`/organizations/${tree.orgs.a}/cycle-settings`, { leadTime: 'P99999999999Y' }))).toEqual(refused('leadTime', /最长 P10Y/));
      expect((await sut.api.put(`/organizations/${tree.orgs.a}/cycle-settings`, { packId: 'central-2021' })).status).toBe(200);
      const override = await sut.api.put(`/organizations/${tree.orgs.a}/overrides/supervision-talk`, { fields: { gracePeriod: 'P99999999999Y' }, reason: '测试' });
      expect(answer(override)).toEqual(refused(/gracePeriod/, /时长过长/));
      // Calendar dates were already refused (each by its own check); they now share isCalendarDate.
      expect(answer(await sut.api.get('/calendar/working-day?date=2027-02-30'))).toEqual(refused('date', /应为日期/));
      expect(answer(await sut.api.get('/duties?dueFrom=2027-02-29'))).toEqual(refused('dueFrom', /应为日期/));
      const appointment = { kind: 'appointment', personId: tree.people.a.id, positionId: tree.positions['a:principal'], effectiveOn: '2027-02-29', documentNo: '测〔2027〕1号' };
      expect(answer(await sut.api.post('/appointments', appointment))).toEqual(refused('effectiveOn', /应为日期/));
    });
  });

  it('documents a maximum and a minimum for every numeric parameter and field', () => {
    expect(unboundedNumbers(doc)).toEqual([]);
  });

  it('answers every hostile value on every route with a 4xx, never a 5xx', async () => {
    const routes = routesOf(doc);
    expect(routes.length).toBeGreaterThan(50);
    const list = probes(routes);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    await inPool(list, 6, async (probe) => {
      let res: ApiResponse | { status: string; body: unknown };
      try {
        res = await probe.api.request(probe.method, probe.path, undefined, probe.raw);
      } catch (error) {
        res = { status: `连接错误 ${String((error as { cause?: { code?: string } }).cause?.code ?? error)}`, body: null };
      }
      if (typeof res.status === 'number') statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const ok = typeof res.status === 'number' && res.status !== 401 && res.status < 500 && (!probe.mustRefuse || res.status >= 400);
      if (!ok) failures.push(`${probe.label} → ${res.status} ${JSON.stringify(res.body)?.slice(0, 200)}`);
    });
    expect(failures).toEqual([]);
    // The run reached the validation of most requests: 400s dominate, the 404s of unknown records do not.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(list.length / 2);
    for (const api of [sut.api, actors.responsible, actors.supervisor]) expect((await api.get('/auth/me')).status).toBe(200);
  });
});
