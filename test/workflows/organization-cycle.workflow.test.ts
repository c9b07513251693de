import { OverridableFields, POLICY_PACKS } from '@duban/domain';
import { DutyEntity, DutyEventEntity, ObligationOverrideEntity, OrganizationSettingsEntity, PersonEntity, PositionEntity } from '@duban/persistence';
import { cycleSettingsChangedSignal, cycleStateQuery } from '@duban/contracts';
import { ChaseHarness } from '../support/chase-harness';
import { eventually } from '../support/eventually';
import { buildTree, TreeFixture } from '../support/tree-fixture';

const PACK = POLICY_PACKS.find((p) => p.id === 'shanxi-school-2022')!;
/** The test looks at which duties the cycle creates and when; their chase is kept to the overdue notice. */
const QUIET: Partial<OverridableFields> = {
  reminderOffsets: [],
  acknowledgeReminderInterval: null,
  overdueReminderInterval: null,
  escalation: [{ after: 'P5Y', notify: ['parent:principal'], requiresApproval: true }],
};
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('an organization’s cycles over two years on the time-skipping server (shanxi-school-2022 pack)', () => {
  const h = new ChaseHarness({ restartable: true });
  let tree: TreeFixture;
  let members: string[];

  beforeAll(async () => {
    await h.start();
    tree = await buildTree(h.db.dataSource);
    members = [];
    for (const name of ['本级副书记', '本级副校长']) {
      const person = await h.db.dataSource.getRepository(PersonEntity).save({ name, email: `${name}-${tree.mid.id.slice(0, 6)}@test.duban.local` });
      await h.db.dataSource.getRepository(PositionEntity).save({ organizationId: tree.mid.id, role: 'member', title: name, holderId: person.id });
      members.push(person.id);
    }
  });
  afterAll(() => h.stop());

  /** The cycle sleeps until the instant, Temporal's clock moves there in seconds. */
  const skipTo = async (iso: string) => h.env.sleep(Math.max(0, at(iso) - (await h.now())));
  const duties = () => h.db.dataSource.getRepository(DutyEntity).find({ where: { organizationId: tree.mid.id }, order: { dueAt: 'ASC' } });
  const keysOf = (list: DutyEntity[], templateId: string) => [...new Set(list.filter((d) => d.templateId === templateId).map((d) => d.periodKey))].sort();

  it('creates each period’s duties when the period opens, takes a changed count from the next period, and survives a worker restart', async () => {
    const ds = h.db.dataSource;
    // The parent follows the pack; the organization inherits it and switches its cycles on now.
    await ds.getRepository(OrganizationSettingsEntity).save({ organizationId: tree.top.id, packId: 'shanxi-school-2022' });
    await ds.getRepository(ObligationOverrideEntity).save(PACK.templates.map((t) => ({ organizationId: tree.top.id, templateId: t.id, fields: QUIET, reason: '测试只看生成时间，催办只到逾期通知' })));
    const enabledAt = new Date(await h.now());
    await ds.getRepository(OrganizationSettingsEntity).save({ organizationId: tree.mid.id, cyclesEnabled: true, cyclesEnabledAt: enabledAt });
    const cycle = await h.startCycle(tree.mid.id);

    // First run: the periods under way when switched on, nothing of next year yet.
    await h.env.sleep(60_000);
    // The time-skipping server starts at the real time: expectations are in years after the start year.
    const startMonth = new Date(enabledAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
    const Y0 = Number(startMonth.slice(0, 4));
    const [Y1, Y2] = [Y0 + 1, Y0 + 2];
    let now = await duties();
    expect(keysOf(now, 'discipline-monthly-report')).toEqual([startMonth]);
    // This year's annual plan (due 31 March) is created only if it is not yet due.
    expect(keysOf(now, 'annual-plan')).toEqual(startMonth.slice(5) >= '04' ? [] : [`${Y0}`]);
    expect(now.some((d) => d.periodKey.startsWith(`${Y1}`))).toBe(false);

    // 1 January of the next year: the year's duties, all slots of each period, due as the pack says.
    await skipTo(`${Y1}-01-01T01:00:00+08:00`);
    now = await duties();
    expect(keysOf(now, 'discipline-monthly-report')).toEqual(monthsFrom(startMonth, `${Y1}-01`));
    const teamTalksY1 = now.filter((d) => d.templateId === 'team-talk' && d.periodKey.startsWith(`${Y1}`));
    // Two talks a year with each other team member (4: two members, the 纪委书记, the 组织部长), due 30 June and 31 December.
    expect(teamTalksY1).toHaveLength(8);
    expect(teamTalksY1.map((d) => `${d.periodKey} ${d.dueDate}`).sort()).toEqual([...Array(4).fill(`${Y1}#1 ${Y1}-06-30`), ...Array(4).fill(`${Y1}#2 ${Y1}-12-31`)]);
    expect(new Set(teamTalksY1.map((d) => d.counterpartPersonId))).toEqual(new Set([...members, tree.mid.discipline.personId, tree.mid.organization.personId]));
    const planY1 = now.find((d) => d.templateId === 'annual-plan' && d.periodKey === `${Y1}`)!;
    expect(planY1).toMatchObject({ dueDate: `${Y1}-03-31`, responsiblePersonId: tree.mid.principal.personId });
    expect(planY1.citation).toContain('《');
    const report = now.find((d) => d.templateId === 'discipline-monthly-report' && d.periodKey === `${Y1}-01`)!;
    expect(report).toMatchObject({ dueDate: `${Y1}-01-31`, responsiblePersonId: tree.mid.discipline.personId });

    // Each duty is chased by its own workflow: the January report falls overdue on 1 February.
    await skipTo(`${Y1}-02-01T12:00:00+08:00`);
    await h.waitForEvent(report.id, 'overdue');

    // Mid-year the organization sets its own count for the team talks: once a year, from the next period on.
    await skipTo(`${Y1}-06-15T09:00:00+08:00`);
    expect(keysOf(await duties(), 'discipline-monthly-report')).toContain(`${Y1}-06`);
    expect(keysOf(await duties(), 'discipline-monthly-report')).not.toContain(`${Y1}-07`);
    await ds.getRepository(ObligationOverrideEntity).save({ organizationId: tree.mid.id, templateId: 'team-talk', fields: { minPerPeriod: 1 }, reason: '党委决定每年一次' });
    await cycle.signal(cycleSettingsChangedSignal);
    // A new worker process: the cycle goes on where it was.
    await h.restartWorker();

    await skipTo(`${Y2}-01-01T01:00:00+08:00`);
    now = await duties();
    // Plus the slots of the start year still to come when the cycles were switched on.
    const firstYear = startMonth.slice(5) <= '06' ? [`${Y0}#1`, `${Y0}#2`] : [`${Y0}#2`];
    expect(keysOf(now, 'team-talk')).toEqual([...firstYear, `${Y1}#1`, `${Y1}#2`, `${Y2}`]);
    expect(now.filter((d) => d.templateId === 'team-talk' && d.periodKey === `${Y2}`).map((d) => d.dueDate)).toEqual(Array(4).fill(`${Y2}-12-31`));

    // Two years on: one monthly report for every month, one annual plan per year, never twice.
    await skipTo(`${Y2}-11-23T01:00:00+08:00`);
    now = await duties();
    const months = keysOf(now, 'discipline-monthly-report');
    expect(months[months.length - 1]).toBe(`${Y2}-11`);
    expect(months).toHaveLength(monthsBetween(startMonth, `${Y2}-11`) + 1);
    expect(now.filter((d) => d.templateId === 'discipline-monthly-report')).toHaveLength(months.length);
    expect(now.filter((d) => d.templateId === 'annual-plan').map((d) => d.dueDate)).toEqual([...(startMonth.slice(5) >= '04' ? [] : [`${Y0}-03-31`]), `${Y1}-03-31`, `${Y2}-03-31`]);
    const created = await ds.getRepository(DutyEventEntity).count({ where: { type: 'created' } });
    expect(created).toBe(now.length);
    const state = await cycle.query(cycleStateQuery);
    expect(Date.parse(state.nextAt!)).toBe(at(`${Y2}-12-01T00:00:00+08:00`));
    await h.recordHistory('cycle-two-years', cycle.workflowId);
  });

  /** A fresh tree whose 本级 follows the pack with only the monthly report switched on (chased quietly), its cycle started. */
  async function smallCycle() {
    const ds = h.db.dataSource;
    const small = await buildTree(ds);
    await ds.getRepository(ObligationOverrideEntity).save(
      PACK.templates.map((t) => ({ organizationId: small.mid.id, templateId: t.id, fields: t.id === 'discipline-monthly-report' ? QUIET : { enabled: false }, reason: '测试只开启月度报告' })),
    );
    await ds.getRepository(OrganizationSettingsEntity).save({ organizationId: small.mid.id, packId: PACK.id, cyclesEnabled: true, cyclesEnabledAt: new Date(await h.now()) });
    const cycle = await h.startCycle(small.mid.id);
    // The first run happens at once: this month's report.
    const first = await eventually(async () => {
      const state = await cycle.query(cycleStateQuery);
      return state.lastRunAt ? state : undefined;
    });
    return { mid: small.mid.id, cycle, first };
  }
  const dutiesOf = (organizationId: string, templateId: string) => h.db.dataSource.getRepository(DutyEntity).findBy({ organizationId, templateId });
  /** What the API does when the cycles are switched off: the flag, then the signal; the next run ends the workflow. */
  async function switchOff(organizationId: string, cycle: Awaited<ReturnType<typeof h.startCycle>>) {
    await h.db.dataSource.getRepository(OrganizationSettingsEntity).update({ organizationId }, { cyclesEnabled: false });
    await cycle.signal(cycleSettingsChangedSignal);
    return cycle.result();
  }

  it('a settings change wakes the cycle at once: it runs again and plans its next opening by the new settings', async () => {
    const { mid, cycle, first } = await smallCycle();
    expect(await dutiesOf(mid, 'discipline-monthly-report')).toHaveLength(1);
    expect(Date.parse(first.nextAt!) - (await h.now())).toBeGreaterThan(HOUR);

    // The administrator sets a lead time of one hour (the next month's report opens an hour early), then the API signals.
    await h.db.dataSource.getRepository(OrganizationSettingsEntity).update({ organizationId: mid }, { leadTime: 'PT1H' });
    await cycle.signal(cycleSettingsChangedSignal);
    const second = await eventually(async () => {
      const state = await cycle.query(cycleStateQuery);
      return state.lastRunAt !== first.lastRunAt ? state : undefined;
    });
    // It ran at once, not at the opening it was waiting for, and now waits for the earlier one; nothing new yet.
    expect(Date.parse(second.lastRunAt!)).toBeLessThan(Date.parse(first.nextAt!));
    expect(Date.parse(second.nextAt!)).toBe(Date.parse(first.nextAt!) - HOUR);
    expect(second.created).toBe(first.created);
    await h.recordHistory('cycle-settings-changed', cycle.workflowId);
    await switchOff(mid, cycle);
  });

  it('switched off, the cycle ends at once and creates nothing more', async () => {
    const { mid, cycle } = await smallCycle();
    const before = await dutiesOf(mid, 'discipline-monthly-report');
    expect(before).toHaveLength(1);
    await expect(switchOff(mid, cycle)).resolves.toEqual({ organizationId: mid, stopped: true });
    expect(await dutiesOf(mid, 'discipline-monthly-report')).toEqual(before);
    await h.recordHistory('cycle-switched-off', cycle.workflowId);
  });
});

function monthsFrom(from: string, to: string): string[] {
  return Array.from({ length: monthsBetween(from, to) + 1 }, (_, i) => {
    const [y, m] = from.split('-').map(Number);
    const n = y * 12 + (m - 1) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}
