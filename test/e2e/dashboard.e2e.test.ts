import { calendarDate } from '@duban/domain';
import { ApiClient } from '../support/api-client';
import { eventually } from '../support/eventually';
import { completeWithEvidence } from '../support/evidence';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

/** No reminders, no acknowledgement requests: only what a test sets in motion happens. */
const QUIET = { reminderOffsets: [], acknowledgeReminderInterval: null, overdueReminderInterval: null };

/**
 * The 督办看板 on real servers: a tree with duties completed on time and late, lapsed, escalated (pending,
 * approved, rejected), cancelled and still open in every colour; every figure equals the `total` of the
 * `GET /duties` query behind it (its row's `query` plus the figure's filter).
 */
describe('dashboard (Postgres, Temporal, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  const as = {} as Record<'m' | 'mj' | 'tj' | 'a' | 'b', ApiClient>;
  let year: number;

  /** Issues one duty (an event template owed by the organization's 一把手, no counterpart) and returns its id. */
  async function issue(org: keyof HttpTree['orgs'], dueInMs: number, policy: Record<string, unknown>): Promise<string> {
    const res = await issueOverHttp(sut.api, tree.orgs[org], { templateId: 'work-division-filing', dueAt: new Date(Date.now() + dueInMs).toISOString(), policy: { ...QUIET, ...policy } });
    expect({ status: res.status, count: res.body.duties?.length }).toEqual({ status: 201, count: 1 });
    return res.body.duties[0].id;
  }
  const statusOf = async (id: string) => (await sut.api.get(`/duties/${id}`)).body.status as string;
  const until = (id: string, status: string) => eventually(async () => ((await statusOf(id)) === status ? true : undefined));
  async function pendingProposal(dutyId: string): Promise<string> {
    return eventually(async () => {
      const list = (await as.mj.get(`/escalations?status=pending`)).body as any[];
      return list.find((p) => p.dutyId === dutyId)?.id as string | undefined;
    });
  }
  async function decide(proposalId: string, body: Record<string, unknown>, expected: string) {
    const res = await as.mj.post(`/escalations/${proposalId}/decision`, body);
    expect([200, 202]).toContain(res.status);
    await eventually(async () => {
      const list = (await as.mj.get(`/escalations?status=${expected}`)).body as any[];
      return list.some((p) => p.id === proposalId) ? true : undefined;
    });
  }

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'dash', { pack: 'anhui-2022' });
    for (const who of ['m', 'mj', 'tj', 'a', 'b'] as const) as[who] = await sut.as(tree.people[who].id);
    year = Number(calendarDate(new Date(), sut.config.timeZone).slice(0, 4));
    const lapse = { gracePeriod: 'P30D' };
    const escalate = { gracePeriod: 'PT1S', approvalTimeout: 'PT10M', escalation: [{ after: 'PT1S', notify: ['parent:principal'], requiresApproval: true }] };

    // 市委 itself: one lapsed duty whose escalation waits for a decision.
    const midPending = await issue('mid', 2_000, escalate);
    // 甲区委: completed late, open (黄), escalation rejected.
    const aLate = await issue('a', 2_000, lapse);
    await issue('a', 3_600_000, { warningWindow: 'P1D' });
    const aRejected = await issue('a', 2_000, escalate);
    // 乙县委: completed on time, open (蓝), escalation approved, and one cancelled (not counted).
    const bOnTime = await issue('b', 86_400_000, {});
    await issue('b', 3 * 86_400_000, { warningWindow: 'PT1H' });
    const bApproved = await issue('b', 2_000, escalate);
    const bCancelled = await issue('b', 86_400_000, {});

    const today = calendarDate(new Date(), sut.config.timeZone);
    expect((await completeWithEvidence(as.b, bOnTime, { heldOn: today, note: '已报备' })).status).toBe(200);
    expect((await sut.api.post(`/duties/${bCancelled}/cancellation`, { reason: '误下达' })).status).toBe(200);
    await until(aLate, 'overdue');
    expect((await completeWithEvidence(as.a, aLate, { heldOn: today, note: '逾期补报' })).status).toBe(200);
    await decide(await pendingProposal(aRejected), { decision: 'reject', reason: '已督促，暂不上报' }, 'rejected');
    await decide(await pendingProposal(bApproved), { decision: 'approve' }, 'approved');
    await pendingProposal(midPending);
  }, 120_000);
  afterAll(() => sut.stop());

  /** The total of the duty list behind a figure, read as the supervisor reading the dashboard. */
  async function drillDown(reader: ApiClient, query: Record<string, unknown>, filter: Record<string, unknown>) {
    const params = new URLSearchParams(Object.entries({ ...query, ...filter, pageSize: 200 }).map(([k, v]): [string, string] => [k, String(v)]));
    const res = await reader.get(`/duties?${params}`);
    expect(res.status).toBe(200);
    return res.body as { total: number; items: any[] };
  }
  const figure = (row: any, path: string): number => path.split('.').reduce((v, k) => v[k], row);

  /** Every figure of every row and month equals its drill-down's total; colours agree with the duty views. */
  async function expectReproducible(reader: ApiClient, board: any) {
    const filters = board.figureFilters as Record<string, Record<string, string>>;
    const rows = [board.total, board.own, ...board.children];
    for (const row of rows) {
      for (const [path, filter] of Object.entries(filters)) {
        const list = await drillDown(reader, row.query, filter);
        expect({ row: row.query.organizationId, subtree: row.query.subtree ?? false, path, total: list.total }).toEqual({
          row: row.query.organizationId,
          subtree: row.query.subtree ?? false,
          path,
          total: figure(row, path),
        });
        if (filter.colour) expect(list.items.map((d) => d.colour)).toEqual(list.items.map(() => filter.colour));
      }
    }
    for (const month of board.months) {
      for (const path of ['due', 'completedOnTime', 'completedLate', 'open', 'overdue']) {
        expect({ month: month.month, path, total: (await drillDown(reader, month.query, filters[path])).total }).toEqual({ month: month.month, path, total: month[path] });
      }
    }
    expect(board.escalations.query).toEqual(board.total.query);
  }

  it('counts the 市委 subtree: itself, each district with its own subtree, the ranking, the months, the escalations', async () => {
    const res = await as.mj.get(`/organizations/${tree.orgs.mid}/dashboard?year=${year}`);
    expect(res.status).toBe(200);
    const board = res.body;
    expect(board).toMatchObject({ organization: { id: tree.orgs.mid, name: '中共某市委' }, year });
    expect(board.total).toMatchObject({
      due: 7,
      completed: 2,
      completedOnTime: 1,
      completedLate: 1,
      completionRate: 0.2857,
      onTimeRate: 0.1429,
      open: 5,
      overdue: 3,
      colours: { blue: 1, yellow: 1, red: 3 },
      escalations: { proposed: 3, pending: 1, approved: 1, rejected: 1 },
    });
    expect(board.own).toMatchObject({ due: 1, completed: 0, open: 1, colours: { blue: 0, yellow: 0, red: 1 }, escalations: { proposed: 1, pending: 1, approved: 0, rejected: 0 } });
    expect(board.children.map((c: any) => [c.organization.name, c.due, c.completedOnTime, c.completedLate, c.colours])).toEqual([
      ['中共甲区委', 3, 0, 1, { blue: 0, yellow: 1, red: 1 }],
      ['中共乙县委', 3, 1, 0, { blue: 1, yellow: 0, red: 1 }],
    ]);
    expect(board.ranking.map((r: any) => [r.rank, r.organization.name, r.onTimeRate])).toEqual([
      [1, '中共乙县委', 0.3333],
      [2, '中共甲区委', 0],
    ]);
    const december = board.months.find((m: any) => m.due > 0);
    expect(board.months).toHaveLength(12);
    expect(board.months.filter((m: any) => m.due > 0)).toHaveLength(1);
    expect(december).toMatchObject({ due: 7, completedOnTime: 1, completedLate: 1, open: 5, overdue: 3 });
    expect(board.escalations).toMatchObject({ proposed: 3, pending: 1, approved: 1, rejected: 1 });
    await expectReproducible(as.mj, board);
  });

  it('from the province, 市委 is one child whose figures cover its whole subtree; another year is empty', async () => {
    const board = (await as.tj.get(`/organizations/${tree.orgs.top}/dashboard?year=${year}`)).body;
    expect(board.children.map((c: any) => [c.organization.id, c.due, c.overdue])).toEqual([[tree.orgs.mid, 7, 3]]);
    expect(board.own.due).toBe(0);
    await expectReproducible(as.tj, board);
    const empty = (await as.tj.get(`/organizations/${tree.orgs.top}/dashboard?year=${year - 5}`)).body;
    expect(empty.total).toMatchObject({ due: 0, completionRate: null, onTimeRate: null });
    expect(empty.ranking).toEqual([{ rank: 1, organization: { id: tree.orgs.mid, name: '中共某市委', dissolved: false }, due: 0, completedOnTime: 0, onTimeRate: null, completionRate: null }]);
  });

  it('only administrators and supervisors of the organization (or above) see it; bad input is 400', async () => {
    expect((await as.m.get(`/organizations/${tree.orgs.mid}/dashboard`)).status).toBe(403);
    expect((await as.a.get(`/organizations/${tree.orgs.mid}/dashboard`)).status).toBe(404);
    expect((await as.mj.get(`/organizations/${tree.orgs.top}/dashboard`)).status).toBe(404);
    expect((await sut.api.get(`/organizations/${tree.orgs.mid}/dashboard`)).body.year).toBe(year);
    const bad = await as.mj.get(`/organizations/${tree.orgs.mid}/dashboard?year=1900`);
    expect({ status: bad.status, field: bad.body.details?.[0]?.field }).toEqual({ status: 400, field: 'year' });
    const badFilter = await as.mj.get(`/duties?colour=green`);
    expect({ status: badFilter.status, field: badFilter.body.details?.[0]?.field }).toEqual({ status: 400, field: 'colour' });
  });
});
