import { calendarDate, drawSample, drawSize } from '@duban/domain';
import { ApiClient } from '../support/api-client';
import { buildTreeOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';
import { completeWithEvidence } from '../support/evidence';

/**
 * Random checks with a recorded seed, over HTTP on the real system (Postgres, Temporal, worker):
 * - 现场述责述廉 (AH（九）): a 12-organization tree (上级党委 + 11 下级), term 2026–2030; five years of proposals
 *   confirmed through the API cover every subordinate 一把手, including one appointed mid-term; the presentations
 *   are duties due on the meeting dates (the term's duties issued beforehand are moved, not duplicated).
 * - 抽查核实: the draw is reproducible from its seed (verify endpoint and the pure function), takes ⌈10%⌉,
 *   respects exclusions, refuses a second draw, and accepts a new one once the first is voided.
 */
describe('random checks with a recorded seed (real Postgres, Temporal, worker)', () => {
  const sut = new SystemUnderTest();
  let api: ApiClient;
  let top: string;
  let topPrincipal: string;
  const subs: { org: string; seat: string; person: string }[] = [];
  let newcomer: string;

  beforeAll(async () => {
    await sut.start();
    api = sut.api;
    const person = async (name: string, key: string) => (await api.post<{ id: string }>('/people', { name, email: `${key}.checks@e2e.duban.local` })).body.id;
    top = (await api.post<{ id: string }>('/organizations', { name: '中共某省直工委', code: 'checks-top' })).body.id;
    topPrincipal = await person('工委书记', 'top');
    await api.post(`/organizations/${top}/positions`, { role: 'principal', holderId: topPrincipal });
    for (let i = 1; i <= 11; i++) {
      const org = (await api.post<{ id: string }>('/organizations', { name: `中共第${i}单位委员会`, code: `checks-${i}`, parentId: top })).body.id;
      const p = await person(`第${i}单位书记`, `s${i}`);
      const seat = (await api.post<{ id: string }>(`/organizations/${org}/positions`, { role: 'principal', holderId: p })).body.id;
      subs.push({ org, seat, person: p });
    }
    const set = await api.put(`/organizations/${top}/cycle-settings`, { packId: 'anhui-2022', termStartYear: 2026 });
    expect(set.status).toBe(200);
    newcomer = await person('新任第7单位书记', 'newcomer');
  });
  afterAll(() => sut.stop());

  it('covers every subordinate 一把手 within the term, someone appointed mid-term included, with duties due on the meeting dates', async () => {
    // The term's duty per subordinate 一把手 (per_term, each_subordinate_principal), as a cycle would issue it.
    const term = await api.post<{ duties: { id: string; periodKey: string }[] }>(`/organizations/${top}/duties`, { templateId: 'live-statement-rotation', dueAt: '2030-12-31T23:59:59+08:00' });
    expect(term.status).toBe(201);
    expect(term.body.duties).toHaveLength(11);
    expect(new Set(term.body.duties.map((d) => d.periodKey))).toEqual(new Set(['T2026-2030']));

    const heard = new Map<string, number>();
    let again = 0;
    for (let year = 2026; year <= 2030; year++) {
      if (year === 2028) {
        // 第2单位 gets a new 一把手 mid-term: the predecessor presented in 2026, which does not count for the newcomer.
        expect(heard.has(subs[1].person)).toBe(true);
        expect((await api.put(`/positions/${subs[1].seat}/holder`, { personId: newcomer })).status).toBe(200);
      }
      const overview = await api.get<any>(`/organizations/${top}/live-statements?year=${year}`);
      expect(overview.status).toBe(200);
      expect(overview.body.term).toMatchObject({ startYear: 2026, endYear: 2030 });
      const proposed: string[] = overview.body.proposed.map((p: any) => p.personId);
      expect(proposed.length).toBe(overview.body.quota);
      expect(overview.body.quota).toBeGreaterThanOrEqual(Math.ceil(overview.body.remaining / (2030 - year + 1)));
      for (const id of proposed.slice(0, overview.body.remaining)) expect(heard.has(id)).toBe(false);
      if (year === 2028) expect(proposed).toContain(newcomer);

      const meetingDate = `${year}-06-18`;
      const confirmed = await api.put<any>(`/organizations/${top}/live-statements`, { year, personIds: proposed, meetingDate });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.issuing).toBe(false);
      expect([year, confirmed.body.duties.map((d: any) => d.counterpart.id).sort(), confirmed.body.dueDatesMoved]).toEqual([year, [...proposed].sort(), expect.any(Number)]);
      for (const d of confirmed.body.duties) expect(d.dueDate).toBe(meetingDate);
      again += proposed.filter((id) => heard.has(id)).length;
      for (const id of proposed) heard.set(id, year);

      // After a meeting (one in the past: completion cannot be dated ahead) the committee records each presentation as done.
      if (meetingDate <= calendarDate(new Date())) {
        const leader = await sut.as(topPrincipal);
        for (const d of confirmed.body.duties) {
          const done = await completeWithEvidence(leader, d.id, { heldOn: meetingDate, note: '现场述责述廉并接受评议' });
          expect([done.status, done.body.message]).toEqual([200, undefined]);
        }
      }
    }
    const current = subs.map((s, i) => (i === 1 ? newcomer : s.person));
    for (const id of current) expect(heard.has(id)).toBe(true);
    const final = await api.get<any>(`/organizations/${top}/live-statements?year=2030`);
    for (const row of final.body.coverage) expect(row.heardIn.length + (heard.get(row.personId) === 2030 ? 1 : 0)).toBeGreaterThan(0);

    // No duty was duplicated: the term's 11 (moved to the meeting dates), the newcomer's own (the seat's term duty was
    // done by the predecessor), and one of their own for each person heard a second time in the term.
    expect(again).toBeGreaterThan(0);
    const all = await api.get<any>(`/duties?organizationId=${top}&pageSize=100`);
    const rotation = all.body.items.filter((d: any) => d.templateId === 'live-statement-rotation');
    expect(rotation).toHaveLength(11 + 1 + again);
    expect(rotation.filter((d: any) => d.periodKey === 'T2026-2030')).toHaveLength(11);
    expect(rotation.find((d: any) => d.counterpart.id === newcomer).dueDate).toMatch(/^20(28|29|30)-06-18$/);
  });

  /** A committee under the pack with `n` subordinate 一把手. */
  async function smallTree(tag: string, pack: string, n: number) {
    const person = async (name: string, key: string) => (await api.post<{ id: string }>('/people', { name, email: `${key}.${tag}.checks@e2e.duban.local` })).body.id;
    const org = (await api.post<{ id: string }>('/organizations', { name: `中共${tag}委员会`, code: `checks-${tag}` })).body.id;
    await api.post(`/organizations/${org}/positions`, { role: 'principal', holderId: await person(`${tag}书记`, 'top') });
    const people: string[] = [];
    for (let i = 1; i <= n; i++) {
      const sub = (await api.post<{ id: string }>('/organizations', { name: `中共${tag}下属第${i}委员会`, code: `checks-${tag}-${i}`, parentId: org })).body.id;
      people.push(await person(`${tag}下属第${i}书记`, `s${i}`));
      await api.post(`/organizations/${sub}/positions`, { role: 'principal', holderId: people[i - 1] });
    }
    expect((await api.put(`/organizations/${org}/cycle-settings`, { packId: pack, termStartYear: 2026 })).status).toBe(200);
    return { org, people };
  }
  const rotationDuties = async (org: string) =>
    ((await api.get<any>(`/duties?organizationId=${org}&pageSize=100`)).body.items as any[]).filter((d) => d.templateId === 'live-statement-rotation');

  it('an edit (BJ, yearly): a dropped presenter’s duty is withdrawn, an added one issued, the others moved to the new meeting date; both in the audit trail', async () => {
    const { org, people } = await smallTree('bj', 'beijing-2021', 3);
    const first = await api.put<any>(`/organizations/${org}/live-statements`, { year: 2027, personIds: [people[0], people[1]], meetingDate: '2027-05-10' });
    expect([first.status, first.body.edited, first.body.duties.map((d: any) => [d.periodKey, d.dueDate])]).toEqual([200, false, [['2027', '2027-05-10'], ['2027', '2027-05-10']]]);
    const edit = await api.put<any>(`/organizations/${org}/live-statements`, { year: 2027, personIds: [people[0], people[2]], meetingDate: '2027-05-20' });
    expect([edit.status, edit.body.edited]).toEqual([200, true]);
    const duties = await rotationDuties(org);
    const of = (id: string) => duties.filter((d) => d.counterpart?.id === id).map((d) => [d.status, d.dueDate]);
    expect(of(people[0])).toEqual([['pending', '2027-05-20']]);
    expect(of(people[1])).toEqual([['cancelled', '2027-05-10']]);
    expect(of(people[2])).toEqual([['pending', '2027-05-20']]);
    // Put back: a presentation again, on a duty of its own (the withdrawn one stays withdrawn).
    const back = await api.put<any>(`/organizations/${org}/live-statements`, { year: 2027, personIds: [people[0], people[1], people[2]], meetingDate: '2027-05-20' });
    expect(back.body.duties.map((d: any) => [d.counterpart.id, d.status, d.dueDate]).filter((d: any) => d[0] === people[1])).toEqual([[people[1], 'pending', '2027-05-20']]);
    const today = calendarDate(new Date());
    const audit = await api.get<any>(`/audit/entries?organizationId=${org}&from=${today.slice(0, 4)}-01-01&to=${today.slice(0, 4)}-12-31&pageSize=200`);
    const rows = (audit.body.items as any[]).filter((e) => e.table === 'live_statement_selections');
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('an edit (AH, per term): the term’s duty of a dropped presenter falls due at the end of the term again', async () => {
    const { org, people } = await smallTree('ah', 'anhui-2022', 2);
    const term = await api.post<any>(`/organizations/${org}/duties`, { templateId: 'live-statement-rotation', dueAt: '2030-12-31T23:59:59+08:00' });
    const planned = Object.fromEntries(term.body.duties.map((d: any) => [d.counterpart.id, d.dueDate]));
    await api.put(`/organizations/${org}/live-statements`, { year: 2027, personIds: [people[0]], meetingDate: '2027-05-10' });
    expect((await rotationDuties(org)).find((d) => d.counterpart.id === people[0]).dueDate).toBe('2027-05-10');
    await api.put(`/organizations/${org}/live-statements`, { year: 2027, personIds: [people[1]], meetingDate: '2027-05-10' });
    const after = await rotationDuties(org);
    expect(after).toHaveLength(2);
    expect(after.find((d) => d.counterpart.id === people[0])).toMatchObject({ status: 'pending', dueDate: planned[people[0]] });
    expect(after.find((d) => d.counterpart.id === people[1]).dueDate).toBe('2027-05-10');
  });

  it('refuses a presenter who is not a subordinate 一把手 and a meeting outside the year, naming the field', async () => {
    const bad = await api.put<any>(`/organizations/${top}/live-statements`, { year: 2027, personIds: [topPrincipal], meetingDate: '2027-06-18' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('personIds.0');
    const late = await api.put<any>(`/organizations/${top}/live-statements`, { year: 2027, personIds: [subs[0].person], meetingDate: '2028-01-05' });
    expect(late.status).toBe(400);
    expect(late.body.details[0].field).toBe('meetingDate');
  });

  it('draws ⌈10%⌉ reproducibly from the recorded seed, respects exclusions, refuses a second draw until the first is voided', async () => {
    const body = { kind: 'statement_spot_check', year: 2027, dueAt: '2027-11-30T23:59:59+08:00', exclusions: [{ personId: subs[0].person, reason: '已列入本年度巡察对象' }] };
    const first = await api.post<any>(`/organizations/${top}/spot-checks`, body);
    expect(first.status).toBe(201);
    expect(first.body.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(first.body.candidates).toHaveLength(11);
    expect(first.body.drawn).toHaveLength(drawSize(11));
    expect(first.body.drawn).toHaveLength(2);
    expect(first.body.drawn.map((d: any) => d.personId)).not.toContain(subs[0].person);
    expect(first.body.exclusions).toEqual([expect.objectContaining({ personId: subs[0].person, by: 'administrator', reason: '已列入本年度巡察对象' })]);
    expect(first.body.duties.map((d: any) => [d.templateId, d.counterpart.id, d.dueDate]).sort()).toEqual(
      first.body.drawn.map((d: any) => ['statement-spot-check', d.personId, '2027-11-30']).sort(),
    );

    const rerun = drawSample({ seed: first.body.seed, candidates: first.body.candidates.map((c: any) => c.personId), excluded: first.body.exclusions.map((x: any) => x.personId) });
    expect(rerun.drawn.map((d) => d.personId)).toEqual(first.body.drawn.map((d: any) => d.personId));
    const verified = await api.get<any>(`/organizations/${top}/spot-checks/${first.body.id}/verification`);
    expect(verified.body).toMatchObject({ reproduced: true, seed: first.body.seed, recomputed: first.body.drawn.map((d: any) => d.personId) });

    const today = calendarDate(new Date());
    const audit = await api.get<any>(`/audit/entries?organizationId=${top}&from=${today.slice(0, 4)}-01-01&to=${today.slice(0, 4)}-12-31&pageSize=200`);
    expect(JSON.stringify(audit.body)).toContain(first.body.seed);

    const second = await api.post<any>(`/organizations/${top}/spot-checks`, { ...body, exclusions: [] });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('ALREADY_DRAWN');
    expect(second.body.message).toContain('作废');

    const voided = await api.post<any>(`/organizations/${top}/spot-checks/${first.body.id}/void`, { reason: '名单漏列新任人员' });
    expect(voided.status).toBe(200);
    expect(voided.body.voided.reason).toBe('名单漏列新任人员');
    expect(voided.body.duties.every((d: any) => d.status === 'cancelled')).toBe(true);
    expect((await api.post<any>(`/organizations/${top}/spot-checks/${first.body.id}/void`, { reason: '再作废' })).status).toBe(409);

    // A person under check already (an open verification duty) is excluded by rule; here: none is open after the void.
    const again = await api.post<any>(`/organizations/${top}/spot-checks`, { ...body, exclusions: [] });
    expect(again.status).toBe(201);
    expect(again.body.seed).not.toBe(first.body.seed);
    expect(again.body.exclusions).toEqual([]);
    expect(again.body.duties).toHaveLength(2);

    // The other kind of the same year (another template's occasion): those under check now are excluded by rule.
    const ruled = await api.post<any>(`/organizations/${top}/spot-checks`, { kind: 'statement_spot_check', year: 2028, dueAt: '2028-11-30T23:59:59+08:00' });
    expect(ruled.status).toBe(201);
    expect(ruled.body.exclusions.filter((x: any) => x.by === 'rule').map((x: any) => x.personId).sort()).toEqual(again.body.drawn.map((d: any) => d.personId).sort());
    for (const d of ruled.body.drawn) expect(again.body.drawn.map((x: any) => x.personId)).not.toContain(d.personId);
  });

  it('bad input is a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'lottery', year: 2027, dueAt: '2027-11-30T23:59:59+08:00' }, 'kind'],
      [{ kind: 'statement_spot_check', year: 1999, dueAt: '2027-11-30T23:59:59+08:00' }, 'year'],
      [{ kind: 'statement_spot_check', year: 2029, dueAt: 'tomorrow' }, 'dueAt'],
      [{ kind: 'statement_spot_check', year: 2029, dueAt: '2029-11-30T23:59:59+08:00', exclusions: [{ personId: topPrincipal, reason: '无' }] }, 'exclusions.0.personId'],
      [{ kind: 'personal_matters_sampling', year: 2029, dueAt: '2029-11-30T23:59:59+08:00' }, 'kind'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post<any>(`/organizations/${top}/spot-checks`, body);
      expect([res.status, res.body.details?.[0]?.field]).toEqual([400, expect.stringContaining(field)]);
    }
    expect((await api.post<any>(`/organizations/${top}/spot-checks/${subs[0].org}/void`, { reason: '无' })).status).toBe(404);
  });

  it('administrators draw, confirm and void; supervisors read; leaders are refused; outsiders see nothing', async () => {
    const tree = await buildTreeOverHttp(api, 'checks-access', { pack: 'anhui-2022' });
    const [mj, m, a] = await Promise.all([sut.as(tree.people.mj.id), sut.as(tree.people.m.id), sut.as(tree.people.a.id)]);
    const mid = tree.orgs.mid;
    const drawBody = { kind: 'statement_spot_check', year: 2027, dueAt: '2027-11-30T23:59:59+08:00' };
    expect((await mj.get(`/organizations/${mid}/live-statements?year=2027`)).status).toBe(200);
    expect((await mj.put(`/organizations/${mid}/live-statements`, { year: 2027, personIds: [tree.people.a.id], meetingDate: '2027-06-18' })).status).toBe(403);
    expect((await mj.post(`/organizations/${mid}/spot-checks`, drawBody)).status).toBe(403);
    expect((await m.get(`/organizations/${mid}/spot-checks`)).status).toBe(403);
    expect((await a.get(`/organizations/${mid}/spot-checks`)).status).toBe(404);
    const drawn = await api.post<any>(`/organizations/${mid}/spot-checks`, drawBody);
    expect(drawn.status).toBe(201);
    expect((await mj.get(`/organizations/${mid}/spot-checks/${drawn.body.id}/verification`)).body.reproduced).toBe(true);
    expect((await mj.post(`/organizations/${mid}/spot-checks/${drawn.body.id}/void`, { reason: '越权' })).status).toBe(403);
    expect((await a.get(`/organizations/${mid}/spot-checks/${drawn.body.id}`)).status).toBe(404);
    // A draw is read through its own organization only.
    expect((await api.get(`/organizations/${tree.orgs.a}/spot-checks/${drawn.body.id}`)).status).toBe(404);
  });
});
