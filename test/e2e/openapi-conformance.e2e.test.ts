import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { systemAdministrator } from '../support/logins';
import { describeFindings, runSchemathesis, SchemathesisOptions } from '../support/schemathesis';
import { SystemUnderTest } from '../support/system-under-test';

/** The routes of the session itself: fuzzed with a session of their own, since logging out ends it. */
const SESSION_PATHS = ['/auth/login', '/auth/logout', '/auth/password'];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** A pass takes about a minute on two idle cores; the bound leaves room for a machine shared with other work. */
const PASS_TIMEOUT_MS = 420_000;
/** Fixed, so that a run is repeatable; set DUBAN_SCHEMATHESIS_SEED to explore other inputs. */
const SEED = Number(process.env.DUBAN_SCHEMATHESIS_SEED ?? 20261201);

/**
 * The OpenAPI document the console's typed client is generated from tells the truth: Schemathesis generates
 * requests from it — valid ones and, from each constraint, invalid ones — against the real system, and checks
 * that no answer is a 5xx, every status and content type is documented, every answer matches its documented
 * schema, every schema-valid request is accepted (or refused only for a documented reason: 401, 403, 404,
 * 409…) and every schema-invalid request is refused. Every operation of the document is covered.
 */
describe('the OpenAPI document against the real API (Schemathesis)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let operations: string[];
  const tested = new Set<string>();
  const common = (): Pick<SchemathesisOptions, 'baseUrl' | 'configFile' | 'workers' | 'seed' | 'timeoutMs'> => ({
    baseUrl: sut.anonymous.baseUrl,
    timeoutMs: PASS_TIMEOUT_MS,
    seed: SEED,
    configFile: join(__dirname, 'openapi-conformance.schemathesis.toml'),
    workers: 2,
  });

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'conformance', { pack: 'anhui-2022' });
    const doc = (await sut.anonymous.get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).filter((m) => METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${path}`));
  });
  afterAll(() => sut.stop());

  it('every operation but the session routes, as a system administrator: no finding', async () => {
    const run = await runSchemathesis({ ...common(), token: sut.api.token!, excludePaths: SESSION_PATHS, maxExamples: 8, phases: ['examples', 'coverage', 'fuzzing'] });
    run.operations.forEach((op) => tested.add(op));
    expect(describeFindings(run)).toEqual([]);
    expect(run.operations.length).toBe(operations.filter((op) => !SESSION_PATHS.some((path) => op.endsWith(` ${path}`))).length);
  }, PASS_TIMEOUT_MS + 30_000);

  it('the session routes, each with a session of its own (login is throttled: 429 is documented): no finding', async () => {
    const admin = await systemAdministrator(sut.db.dataSource, sut.anonymous, randomUUID().slice(0, 8));
    const run = await runSchemathesis({ ...common(), token: admin.token!, includePaths: SESSION_PATHS, maxExamples: 5, phases: ['examples', 'coverage', 'fuzzing'] });
    run.operations.forEach((op) => tested.add(op));
    expect(describeFindings(run)).toEqual([]);
    expect(run.operations.length).toBe(SESSION_PATHS.length);
  }, PASS_TIMEOUT_MS + 30_000);

  it('every operation but the session routes, as a team member without administrator rights: no finding', async () => {
    const member = await sut.as(tree.people.b.id);
    const run = await runSchemathesis({ ...common(), token: member.token!, excludePaths: SESSION_PATHS, maxExamples: 3, phases: ['fuzzing'] });
    expect(describeFindings(run)).toEqual([]);
  }, PASS_TIMEOUT_MS + 30_000);

  it('covered every operation of the document', () => {
    expect([...tested].sort()).toEqual([...operations].sort());
  });
});
