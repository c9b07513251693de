import { chinaWorkdayCalendar } from '../calendar/china-workdays';
import { effectiveConfiguration, OrganizationCycleSettings, TemplateOverride } from '../configuration/effective-configuration';
import type { RegimeId } from '../packs/citation';
import type { StaffedOrg } from './assign-duties';
import { dutiesToOpen, nextCreationAfter, planOrganizationYear, slotTitle } from './plan-cycle';

const org: StaffedOrg = {
  id: 'uni',
  name: '大学党委',
  positions: [
    { positionId: 'p-sec', role: 'principal', title: '党委书记', personId: 'sec' },
    { positionId: 'p-m1', role: 'member', title: '副书记', personId: 'm1' },
    { positionId: 'p-ds', role: 'discipline_secretary', title: '纪委书记', personId: 'ds' },
  ],
  children: [
    { id: 'c1', name: '学院一', principal: { personId: 'c1p', positionId: 'p-c1' }, overseenByPositionId: 'p-m1' },
    { id: 'c2', name: '学院二', principal: null, overseenByPositionId: null },
  ],
};

function config(packId: RegimeId, settings: OrganizationCycleSettings = {}, overrides: TemplateOverride[] = []) {
  const found = effectiveConfiguration([{ organizationId: 'uni', organizationName: '大学党委', settings: { packId, ...settings }, overrides }]);
  if (!found) throw new Error('no pack');
  return found;
}
const keysOf = (duties: { templateId: string; slot: { key: string } }[]) => [...new Set(duties.map((d) => `${d.templateId}@${d.slot.key}`))].sort();

describe('planOrganizationYear', () => {
  const { duties, skipped } = planOrganizationYear(config('shanxi-school-2022'), org, 2027);

  it('lists periodic duties only, sorted by due date, each with its citation and whether a count is a default', () => {
    expect(duties.length).toBeGreaterThan(0);
    expect(duties.every((d) => d.kind && d.citation.startsWith('《'))).toBe(true);
    const dates = duties.map((d) => d.due.date);
    expect([...dates].sort()).toEqual(dates);
    expect(duties.some((d) => d.templateId === 'appointment-talk')).toBe(false); // event-driven: not on the calendar
    expect(duties.find((d) => d.templateId === 'annual-plan')?.defaulted).toContain('原文');
    expect(duties.find((d) => d.templateId === 'team-talk')?.defaulted).toBeNull();
  });

  it('numbers the several duties of one period and creates them all when the period opens', () => {
    const talks = duties.filter((d) => d.templateId === 'team-talk');
    expect(talks.map((d) => [d.title, d.slot.key, d.due.date, d.createAt])).toEqual([
      ['同班子成员谈心谈话（第1次）', '2027#1', '2027-06-30', '2027-01-01T00:00:00.000+08:00'],
      ['同班子成员谈心谈话（第1次）', '2027#1', '2027-06-30', '2027-01-01T00:00:00.000+08:00'],
      ['同班子成员谈心谈话（第2次）', '2027#2', '2027-12-31', '2027-01-01T00:00:00.000+08:00'],
      ['同班子成员谈心谈话（第2次）', '2027#2', '2027-12-31', '2027-01-01T00:00:00.000+08:00'],
    ]);
    expect(slotTitle('监督谈话', { ordinal: 1, count: 1 })).toBe('监督谈话');
  });

  it('reports what it could not assign, prefixed with the obligation', () => {
    expect(skipped).toContainEqual({ organizationId: 'c2', reason: '同内设机构“一把手”谈心谈话：学院二尚无一把手在任' });
    expect(skipped.some((s) => s.reason.includes('未设组织部长职位'))).toBe(false); // Shanxi names no 组织部长 duty
  });

  it('leaves out a disabled obligation', () => {
    const off = planOrganizationYear(config('shanxi-school-2022', {}, [{ templateId: 'team-talk', fields: { enabled: false }, reason: '试行' }]), org, 2027);
    expect(off.duties.some((d) => d.templateId === 'team-talk')).toBe(false);
    expect(off.duties.length).toBe(duties.length - 4);
  });

  it('plans a term (届) in the year it opens', () => {
    const at2021 = planOrganizationYear(config('anhui-2022'), org, 2027).duties.filter((d) => d.templateId === 'live-statement-rotation');
    expect(at2021).toEqual([]);
    const at2027 = planOrganizationYear(config('anhui-2022', { termStartYear: 2027 }), org, 2027).duties.filter((d) => d.templateId === 'live-statement-rotation');
    expect(at2027.map((d) => [d.slot.key, d.due.date])).toEqual([['T2027-2031', '2031-12-31']]);
  });

  it('moves due dates to working days when the organization asks for it', () => {
    const czu = planOrganizationYear(config('czu-2022', { dueDateMode: 'next_working_day' }), org, 2027, { calendar: chinaWorkdayCalendar() });
    expect(czu.duties.find((d) => d.templateId === 'annual-plan')?.due).toMatchObject({ date: '2027-02-01', movedFrom: '2027-01-31' });
  });
});

describe('dutiesToOpen', () => {
  const anhui = config('anhui-2022');
  const may = '2027-05-10T10:00:00+08:00';

  it('first run mid-year: this year’s and this half-year’s slots still under way, not those already due', () => {
    const { duties } = dutiesToOpen(anhui, org, { enabledAt: may, openedThrough: null, now: may });
    const keys = keysOf(duties);
    expect(keys).toContain('supervision-talk@2027');
    expect(keys).toContain('petition-analysis@2027-H1');
    expect(keys).not.toContain('annual-plan@2027'); // due 2027-03-31, already past
    expect(keys).not.toContain('petition-analysis@2027-H2'); // not yet open
    expect(duties.every((d) => Date.parse(d.due.at) > Date.parse(may))).toBe(true);
  });

  it('later runs: only the slots that opened since the last run', () => {
    const { duties } = dutiesToOpen(anhui, org, { enabledAt: may, openedThrough: may, now: '2027-07-01T00:00:00+08:00' });
    expect(new Set(duties.map((d) => d.slot.key))).toEqual(new Set(['2027-H2']));
    expect(keysOf(duties)).toEqual(['case-analysis-report@2027-H2', 'discipline-work-report@2027-H2', 'leader-petition-analysis@2027-H2', 'petition-analysis@2027-H2']);
    expect(dutiesToOpen(anhui, org, { enabledAt: may, openedThrough: may, now: '2027-06-30T23:59:59+08:00' }).duties).toEqual([]);
  });

  it('the new year opens every yearly slot, the annual plan included', () => {
    const { duties } = dutiesToOpen(anhui, org, { enabledAt: may, openedThrough: '2027-12-31T00:00:00+08:00', now: '2028-01-01T00:00:00+08:00' });
    expect(keysOf(duties)).toContain('annual-plan@2028');
    expect(duties.find((d) => d.templateId === 'annual-plan')?.due.date).toBe('2028-03-31');
  });

  it('a lead time creates the duties that long before their period opens', () => {
    const lead = config('anhui-2022', { leadTime: 'P7D' });
    const window = { enabledAt: may, openedThrough: '2027-06-20T00:00:00+08:00', now: '2027-06-25T00:00:00+08:00' };
    const opened = dutiesToOpen(lead, org, window).duties;
    expect(new Set(opened.map((d) => d.slot.key))).toEqual(new Set(['2027-H2']));
    expect(opened[0].createAt).toBe('2027-06-24T00:00:00.000+08:00');
    expect(dutiesToOpen(anhui, org, window).duties).toEqual([]);
  });

  it('reports the fan-out it skipped', () => {
    const { skipped } = dutiesToOpen(anhui, org, { enabledAt: may, openedThrough: null, now: may });
    expect(skipped).toContainEqual({ organizationId: 'c2', reason: '监督谈话：学院二尚无一把手在任' });
  });
});

describe('nextCreationAfter', () => {
  const may = '2027-05-10T10:00:00+08:00';

  it('is the next period opening of any enabled obligation', () => {
    expect(nextCreationAfter(config('anhui-2022'), may)).toBe('2027-07-01T00:00:00.000+08:00'); // half-yearly
    expect(nextCreationAfter(config('beijing-2021'), may)).toBe('2027-06-01T00:00:00.000+08:00'); // monthly work review
    expect(nextCreationAfter(config('central-2021'), may)).toBe('2028-01-01T00:00:00.000+08:00'); // yearly only
  });

  it('moves earlier by the lead time; a moment exactly at a creation time looks for the next', () => {
    expect(nextCreationAfter(config('anhui-2022', { leadTime: 'P7D' }), may)).toBe('2027-06-24T00:00:00.000+08:00');
    expect(nextCreationAfter(config('anhui-2022'), '2027-07-01T00:00:00+08:00')).toBe('2028-01-01T00:00:00.000+08:00');
  });

  it('is null when nothing periodic is enabled', () => {
    const central = config('central-2021');
    const allOff = central.obligations.filter((o) => o.cadence !== 'event').map((o) => ({ templateId: o.templateId, fields: { enabled: false }, reason: '停用' }));
    expect(nextCreationAfter(config('central-2021', {}, allOff), may)).toBeNull();
  });
});
