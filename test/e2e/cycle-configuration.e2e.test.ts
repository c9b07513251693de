import { dueDateOf } from '@duban/domain';
import { cycleStateQuery } from '@duban/contracts';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

/**
 * “This university follows the Anhui measures, except that its 一把手 talks with each team member twice a
 * year”: packs, inheritance, an override with its reason, the configuration in force with its sources,
 * refusals with the field and the reason, switching the cycles on, and an override applied to open duties.
 */
describe('policy packs and per-organization configuration over HTTP (Temporal dev server, Postgres)', () => {
  const sut = new SystemUnderTest();
  let orgs: HttpTree['orgs'];
  let people: HttpTree['people'];

  beforeAll(async () => {
    await sut.start();
    ({ orgs, people } = await buildTreeOverHttp(sut.api, 'cfg'));
  });
  afterAll(() => sut.stop());

  it('lists the five packs, each template with its citation', async () => {
    const packs = await sut.api.get('/packs');
    expect(packs.body.map((p: any) => p.id).sort()).toEqual(['anhui-2022', 'beijing-2021', 'central-2021', 'czu-2022', 'shanxi-school-2022']);
    const anhui = await sut.api.get('/packs/anhui-2022');
    const talk = anhui.body.templates.find((t: any) => t.id === 'supervision-talk');
    expect(talk).toMatchObject({ cadence: 'yearly', minPerPeriod: 1, cadenceLabel: '每年' });
    expect(talk.citationText).toContain('第（三）条');
    expect((await sut.api.get('/packs/hebei-2030')).status).toBe(404);
  });

  it('resolves inherited packs and overrides, and says where each value comes from', async () => {
    expect((await sut.api.put(`/organizations/${orgs.top}/cycle-settings`, { packId: 'anhui-2022' })).status).toBe(200);
    const override = await sut.api.put(`/organizations/${orgs.mid}/overrides/team-talk`, { fields: { minPerPeriod: 2 }, reason: '市委决定一把手每半年与班子成员谈心谈话一次' });
    expect(override.status).toBe(200);

    const mid = await sut.api.get(`/organizations/${orgs.mid}/effective-configuration`);
    expect(mid.body.pack).toMatchObject({ id: 'anhui-2022', source: { kind: 'inherited', organizationId: orgs.top } });
    const teamTalk = mid.body.obligations.find((o: any) => o.templateId === 'team-talk');
    expect(teamTalk.fields.minPerPeriod).toMatchObject({ value: 2, source: { kind: 'own_override', reason: '市委决定一把手每半年与班子成员谈心谈话一次' } });
    expect(teamTalk.fields.cadence).toMatchObject({ value: 'yearly', source: { kind: 'pack', packId: 'anhui-2022' } });
    expect(teamTalk.fields.gracePeriod.source.kind).toBe('default');
    expect(teamTalk.citation).toContain('《安徽省');

    // The subordinate inherits both the pack and the parent's override.
    const a = await sut.api.get(`/organizations/${orgs.a}/effective-configuration`);
    expect(a.body.obligations.find((o: any) => o.templateId === 'team-talk').fields.minPerPeriod).toMatchObject({ value: 2, source: { kind: 'inherited_override', organizationId: orgs.mid } });
    // One that sets its own pack starts afresh.
    await sut.api.put(`/organizations/${orgs.b}/cycle-settings`, { packId: 'shanxi-school-2022' });
    const b = await sut.api.get(`/organizations/${orgs.b}/effective-configuration`);
    expect(b.body.pack).toMatchObject({ id: 'shanxi-school-2022', source: { kind: 'own' } });
    expect(b.body.obligations.find((o: any) => o.templateId === 'team-talk').fields.minPerPeriod.source.kind).toBe('pack');

    // The history keeps every override and its reason.
    await sut.api.put(`/organizations/${orgs.mid}/overrides/team-talk`, { fields: { minPerPeriod: 3 }, reason: '改为每年三次' });
    const history = await sut.api.get(`/organizations/${orgs.mid}/overrides`);
    expect(history.body.map((o: any) => [o.fields.minPerPeriod, o.supersededAt === null])).toEqual([
      [3, true],
      [2, false],
    ]);
  });

  it.each([
    ['an unknown template', 'no-such-duty', { fields: { minPerPeriod: 2 }, reason: 'x' }, 'templateId'],
    ['a count below 1', 'team-talk', { fields: { minPerPeriod: 0 }, reason: 'x' }, 'fields.minPerPeriod'],
    ['a due rule outside its period', 'annual-plan', { fields: { dueRule: { kind: 'months_into_period', months: 13 } }, reason: 'x' }, 'fields.dueRule.months'],
    ['a malformed duration', 'team-talk', { fields: { gracePeriod: '15 days' }, reason: 'x' }, 'fields.gracePeriod'],
    ['a field that cannot be overridden', 'team-talk', { fields: { citations: [] }, reason: 'x' }, 'fields.citations'],
    ['an event turned into a cycle', 'appointment-talk', { fields: { cadence: 'yearly' }, reason: 'x' }, 'fields.cadence'],
    ['no reason', 'team-talk', { fields: { minPerPeriod: 2 } }, 'reason'],
  ])('refuses %s with 400, the field and the reason', async (_what, templateId, body, field) => {
    const res = await sut.api.put(`/organizations/${orgs.mid}/overrides/${templateId}`, body);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe(field);
    expect(res.body.details[0].reason).toMatch(/\p{Script=Han}/u);
  });

  it('refuses bad settings, an unknown organization, and an organization made its own ancestor', async () => {
    const bad = await sut.api.put(`/organizations/${orgs.mid}/cycle-settings`, { packId: 'hebei-2030', leadTime: 'soon' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: any) => d.field).sort()).toEqual(['leadTime', 'packId']);
    expect((await sut.api.get('/organizations/00000000-0000-4000-8000-000000000000/effective-configuration')).status).toBe(404);
    const loop = await sut.api.patch(`/organizations/${orgs.top}`, { parentId: orgs.a });
    expect(loop.status).toBe(400);
    expect(loop.body.details[0].field).toBe('parentId');
  });

  it('switches the cycles on: this year’s duties appear and are chased; an override applied now moves their due date', async () => {
    await sut.api.put(`/organizations/${orgs.mid}/overrides/team-talk`, { fields: { minPerPeriod: 1 }, reason: '恢复每年一次' });
    const on = await sut.api.post(`/organizations/${orgs.mid}/cycles`, { enabled: true, includeSubtree: false });
    expect(on.status).toBe(200);
    const talks = await eventually(async () => {
      const res = await sut.api.get(`/duties?organizationId=${orgs.mid}`);
      const list = res.body.items.filter((d: any) => d.templateId === 'supervision-talk');
      if (list.length < 2) throw new Error('尚未生成');
      return list;
    });
    expect(talks.map((d: any) => d.counterpart.id).sort()).toEqual([people.a.id, people.b.id].sort());
    const year = new Date().getFullYear();
    expect(talks[0]).toMatchObject({ dueDate: `${year}-12-31`, responsible: { id: people.m.id } });
    expect(talks[0].citation).toContain('第（三）条');
    const status = await sut.api.get(`/organizations/${orgs.mid}/cycles`);
    expect(status.body).toMatchObject({ enabled: true, running: true });
    expect(Date.parse(status.body.nextOpening)).toBeGreaterThan(Date.now());

    // Switching on again wakes the running cycle, which runs again and creates nothing twice.
    const cycle = sut.client.workflow.getHandle(`cycle-${orgs.mid}`);
    const ran = await eventually(async () => {
      const state = await cycle.query(cycleStateQuery);
      return state.lastRunAt ? state : undefined;
    });
    await sut.api.post(`/organizations/${orgs.mid}/cycles`, { enabled: true, includeSubtree: false });
    const again = await eventually(async () => {
      const state = await cycle.query(cycleStateQuery);
      return state.lastRunAt !== ran.lastRunAt ? state : undefined;
    });
    expect(again.created).toBe(ran.created);
    expect((await sut.api.get(`/duties?organizationId=${orgs.mid}`)).body.items.filter((d: any) => d.templateId === 'supervision-talk')).toHaveLength(2);

    // Due at the end of November instead, on the open duties now: the running chases take the new date.
    const changed = await sut.api.put(`/organizations/${orgs.mid}/overrides/supervision-talk`, {
      fields: { dueRule: { kind: 'months_into_period', months: 11 }, reminderOffsets: ['P10D'] },
      reason: '年底工作集中，提前至 11 月底完成',
      applyToOpenDuties: true,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.openDutiesChanged).toBe(2);
    const moved = await sut.api.get(`/duties/${talks[0].id}`);
    expect(moved.body).toMatchObject({ dueDate: `${year}-11-30` });
    const state = await eventually(async () => {
      const s = await sut.client.workflow.getHandle(`duty-${talks[0].id}`).query<{ progress: { dueAt: string } }, []>('chaseState');
      if (Date.parse(s.progress.dueAt) !== Date.parse(moved.body.dueAt)) throw new Error('流程尚未调整');
      return s;
    });
    // The running chase is due by the end of 30 November now (the override's due rule), in the organization's zone.
    expect(dueDateOf(state.progress.dueAt, 'Asia/Shanghai')).toBe(`${year}-11-30`);
    const history = await sut.api.get(`/duties/${talks[0].id}/history`);
    expect(history.body.map((e: any) => e.type)).toContain('policy_changed');
  });
});
