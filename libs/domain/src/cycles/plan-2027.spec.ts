import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chinaWorkdayCalendar } from '../calendar/china-workdays';
import { effectiveConfiguration, OrganizationCycleSettings } from '../configuration/effective-configuration';
import type { RegimeId } from '../packs/citation';
import { findPack } from '../packs/packs';
import type { StaffedOrg } from './assign-duties';
import { planOrganizationYear, PlannedDuty } from './plan-cycle';

/**
 * The year 2027 of one organization under each of the five packs, row by row against the seed text: each row
 * names the clause of the template's citation and a phrase of the source document that fixes the count, the
 * period or the due date it checks.
 */

const SOURCES = join(__dirname, '../../../../docs/sources');
const read = (file: string) => readFileSync(join(SOURCES, file), 'utf8');
/** As in packs.spec.ts: whitespace out, full/half-width punctuation alike, runs of one mark collapsed (PDF noise). */
const normalise = (s: string) =>
  s.replace(/\s+/g, '').replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')').replace(/(\p{P})\1+/gu, '$1');
const bundle = read('003_e496d7f441b6f892.txt');
const beijingStart = bundle.indexOf('中共北京市委印发');
const SOURCE_TEXT: Record<RegimeId, string> = {
  'central-2021': normalise(bundle.slice(0, beijingStart) + read('002_2d8f53d6cf4ef58e.txt')),
  'beijing-2021': normalise(bundle.slice(beijingStart)),
  'anhui-2022': normalise(read('004_0ebbd21fcbcdb0f9.txt')),
  'shanxi-school-2022': normalise(read('000_a81c5d56b46bba50.txt')),
  'czu-2022': normalise(read('001_528a8ef72e478987.txt')),
};

/**
 * 党委 (top): 一把手 sec, 班子成员 m1 and m2, 纪委书记 ds, 组织部长 oh; three subordinates, each with a 一把手:
 * 甲单位 (a), 乙单位 (b) and the internal unit 丙处 (u), overseen (分管) by m1.
 */
const TREE: StaffedOrg = {
  id: 'top',
  name: '某党委',
  positions: [
    { positionId: 'p-sec', role: 'principal', title: '党委书记', personId: 'sec' },
    { positionId: 'p-m1', role: 'member', title: '副书记', personId: 'm1' },
    { positionId: 'p-m2', role: 'member', title: '副职', personId: 'm2' },
    { positionId: 'p-ds', role: 'discipline_secretary', title: '纪委书记', personId: 'ds' },
    { positionId: 'p-oh', role: 'organization_head', title: '组织部长', personId: 'oh' },
  ],
  children: [
    { id: 'a', name: '甲单位', principal: { personId: 'a', positionId: 'p-a' }, overseenByPositionId: null },
    { id: 'b', name: '乙单位', principal: { personId: 'b', positionId: 'p-b' }, overseenByPositionId: null },
    { id: 'u', name: '丙处', principal: { personId: 'u', positionId: 'p-u' }, overseenByPositionId: 'p-m1' },
  ],
};
const TEAM = ['m1', 'm2', 'ds', 'oh'];
const SUBORDINATES = ['a', 'b', 'u'];
const YEAR_END = ['2027-12-31'];
const HALF_YEARS = ['2027-06-30', '2027-12-31'];
const QUARTERS = ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31'];
const MONTH_ENDS = ['01-31', '02-28', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'].map((d) => `2027-${d}`);

interface Row {
  pack: RegimeId;
  template: string;
  /** The clause of the template's citation the row checks. */
  clause: string;
  /** Words of the source document that fix what the row expects. */
  seed: string;
  /** How many duties 2027 brings. */
  count: number;
  /** Who owes them (each holder once). */
  responsible?: string[];
  /** Counterparts, each as many times as it has duties (sorted). */
  counterparts?: string[];
  /** The distinct due dates. */
  due?: string[];
  /** Whether the count or period is a product default (the document says only 定期, 经常, 年初…). */
  defaulted?: boolean;
  settings?: OrganizationCycleSettings;
}

const twice = (xs: string[]) => [...xs, ...xs].sort();

const ROWS: Row[] = [
  // 安徽
  { pack: 'anhui-2022', template: 'supervision-talk', clause: '第（三）条', seed: '同下级“一把手”每年至少开展1次监督谈话', count: 3, responsible: ['sec'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: false },
  { pack: 'anhui-2022', template: 'team-talk', clause: '第（十一）条', seed: '经常与领导班子其他成员开展谈心谈话、每年至少1次', count: 4, responsible: ['sec'], counterparts: TEAM, due: YEAR_END, defaulted: false },
  { pack: 'anhui-2022', template: 'annual-plan', clause: '第（十四）条', seed: '每年一季度，党委（党组）应当结合本地本部门本单位实际，制定落实全面从严治党主体责任年度计划', count: 1, responsible: ['sec'], due: ['2027-03-31'], defaulted: false },
  { pack: 'anhui-2022', template: 'member-duty-report', clause: '第（十四）条', seed: '履行管党治党责任的情况汇报、每年至少1次', count: 4, responsible: ['sec'], counterparts: TEAM, due: YEAR_END, defaulted: false },
  { pack: 'anhui-2022', template: 'discipline-org-talk', clause: '第（二）条', seed: '每年有计划地同下级“一把手”开展谈心谈话', count: 3, responsible: ['ds'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: true },
  { pack: 'anhui-2022', template: 'discipline-org-talk-by-organization', clause: '第（二）条', seed: '每年有计划地同下级“一把手”开展谈心谈话', count: 3, responsible: ['oh'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: true },
  { pack: 'anhui-2022', template: 'petition-analysis', clause: '第（二十三）条', seed: '每半年对信访举报情况开展分析研判', count: 2, responsible: ['ds'], due: HALF_YEARS, defaulted: false },
  { pack: 'anhui-2022', template: 'leader-petition-analysis', clause: '第（二十三）条', seed: '应当每半年对涉及下级“一把手”及领导班子其他成员的信访举报问题进行专题分析', count: 2, responsible: ['ds'], due: HALF_YEARS },
  { pack: 'anhui-2022', template: 'discipline-work-report', clause: '第（十七）条', seed: '下级纪委每半年向上级纪委报告工作', count: 2, responsible: ['ds'], due: HALF_YEARS },
  { pack: 'anhui-2022', template: 'case-analysis-report', clause: '第（十八）条', seed: '纪检机关每半年应当对查办的下级“一把手”', count: 2, responsible: ['ds'], due: HALF_YEARS },
  { pack: 'anhui-2022', template: 'statement-spot-check', clause: '第（九）条', seed: '每年按照人数10%的比例', count: 1, responsible: ['sec'], due: YEAR_END },
  // a term (届) is five years from 2021: 2026–2030 opened in 2026, so 2027 brings no live-statement duty
  { pack: 'anhui-2022', template: 'live-statement-rotation', clause: '第（九）条', seed: '一届任期内应做到全覆盖', count: 0 },
  { pack: 'anhui-2022', template: 'live-statement-rotation', clause: '第（九）条', seed: '一届任期内应做到全覆盖', count: 3, counterparts: SUBORDINATES, due: ['2031-12-31'], settings: { termStartYear: 2027 } },

  // 山西省工业管理学校
  { pack: 'shanxi-school-2022', template: 'team-talk', clause: '第（七）条', seed: '每年同学校领导班子成员至少进行两次谈心谈话', count: 8, responsible: ['sec'], counterparts: twice(TEAM), due: HALF_YEARS, defaulted: false },
  { pack: 'shanxi-school-2022', template: 'mutual-talk', clause: '第（七）条', seed: '学校领导班子成员每年至少两次同“一把手”和领导班子成员进行双向谈心谈话', count: 16, responsible: ['m1', 'm2'], due: HALF_YEARS, defaulted: false },
  { pack: 'shanxi-school-2022', template: 'heart-talk-subordinate', clause: '第（十四）条', seed: '每年与内设机构“一把手”至少进行两次谈心谈话', count: 6, responsible: ['sec'], counterparts: twice(SUBORDINATES), due: HALF_YEARS, defaulted: false },
  { pack: 'shanxi-school-2022', template: 'unit-head-talk', clause: '第（十五）条', seed: '每年与分管科室“一把手”至少进行一次谈心谈话', count: 1, responsible: ['m1'], counterparts: ['u'], due: YEAR_END, defaulted: false },
  { pack: 'shanxi-school-2022', template: 'discipline-monthly-report', clause: '第（十三）条', seed: '按月向驻厅纪检监察组报告重大工作事项', count: 12, responsible: ['ds'], due: MONTH_ENDS, defaulted: false },
  { pack: 'shanxi-school-2022', template: 'accountability-statement', clause: '第（五）条', seed: '每年年底或次年年初', count: 1, responsible: ['sec'], due: ['2028-01-31'] },
  { pack: 'shanxi-school-2022', template: 'responsibility-inspection', clause: '第（二）条', seed: '学校每年至少开展一次全面从严治党主体责任制度落实情况监督检查', count: 1, responsible: ['sec'], due: YEAR_END, defaulted: false },

  // 北京
  { pack: 'beijing-2021', template: 'petition-analysis', clause: '第（二十四）条', seed: '应当每季度对信访举报情况开展分析研判', count: 4, responsible: ['ds'], due: QUARTERS, defaulted: false },
  { pack: 'beijing-2021', template: 'leader-petition-analysis', clause: '第（二十四）条', seed: '每季度对涉及下级“一把手”和领导班子其他成员的信访举报问题开展专题分析', count: 4, responsible: ['ds'], due: QUARTERS },
  { pack: 'beijing-2021', template: 'clue-analysis', clause: '第（二十四）条', seed: '应当每季度开展对涉及下级领导班子特别是“一把手”问题线索的专题分析', count: 4, responsible: ['ds'], due: QUARTERS },
  { pack: 'beijing-2021', template: 'discipline-org-talk', clause: '第（十）条', seed: '应当每年至少与下级“一把手”开展1次谈心谈话', count: 3, responsible: ['ds'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: false },
  { pack: 'beijing-2021', template: 'attend-subordinate-meeting', clause: '第（八）条', seed: '应当每年至少列席1次下级党委常委会', count: 3, responsible: ['ds'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: false },
  { pack: 'beijing-2021', template: 'attend-subordinate-meeting-by-organization', clause: '第（八）条', seed: '应当每年至少列席1次下级党委常委会', count: 3, responsible: ['oh'], counterparts: SUBORDINATES, due: YEAR_END },
  { pack: 'beijing-2021', template: 'work-review-meeting', clause: '第（六）条', seed: '月度工作点评会制度', count: 12, responsible: ['sec'], due: MONTH_ENDS },
  { pack: 'beijing-2021', template: 'supervision-talk', clause: '第（六）条', seed: '同下级“一把手”定期开展监督谈话机制', count: 3, responsible: ['sec'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: true },

  // 中央
  { pack: 'central-2021', template: 'supervision-talk', clause: '第（三）条', seed: '同下级“一把手”定期开展监督谈话', count: 3, responsible: ['sec'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: true },
  { pack: 'central-2021', template: 'team-talk', clause: '第（八）条', seed: '经常开展谈心谈话', count: 4, responsible: ['sec'], counterparts: TEAM, due: YEAR_END, defaulted: true },
  { pack: 'central-2021', template: 'annual-plan', clause: '第（十一）条', seed: '要制定落实全面从严治党主体责任年度计划', count: 1, responsible: ['sec'], due: ['2027-03-31'], defaulted: true },
  { pack: 'central-2021', template: 'petition-analysis', clause: '第（二十）条', seed: '对信访举报情况定期开展分析研判', count: 1, responsible: ['ds'], due: YEAR_END, defaulted: true },
  { pack: 'central-2021', template: 'superior-duty-report', clause: '第（三）条', seed: '作为每年述职的重点内容', count: 1, responsible: ['sec'], due: YEAR_END, defaulted: false },

  // 常州工学院
  { pack: 'czu-2022', template: 'annual-plan', clause: '第 7 项', seed: '每年年初', count: 1, responsible: ['sec'], due: ['2027-01-31'], defaulted: true },
  // 2027-01-31 is a Sunday: an organization counting working days has until Monday
  { pack: 'czu-2022', template: 'annual-plan', clause: '第 7 项', seed: '每年年初', count: 1, due: ['2027-02-01'], settings: { dueDateMode: 'next_working_day' } },
  { pack: 'czu-2022', template: 'supervision-talk', clause: '第 6 项', seed: '同下级“一把手”定期开展监督谈话', count: 3, responsible: ['sec'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: true },
  { pack: 'czu-2022', template: 'home-visit', clause: '第 6 项', seed: '对下级“一把手”定期开展家访', count: 3, responsible: ['sec'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: true },
  { pack: 'czu-2022', template: 'attend-subordinate-meeting', clause: '第 9 项', seed: '每年至少列席1次二级党组织会议', count: 3, responsible: ['ds'], counterparts: SUBORDINATES, due: YEAR_END, defaulted: false },
  { pack: 'czu-2022', template: 'warning-education', clause: '第 33 项', seed: '每年召开领导干部警示教育大会', count: 1, responsible: ['ds'], due: YEAR_END, defaulted: false },
  { pack: 'czu-2022', template: 'key-assessment', clause: '第 29 项', seed: '每年选定各单位“一把手”和领导班子进行重点考核', count: 1, responsible: ['oh'], due: YEAR_END, defaulted: false },
];

function plan2027(pack: RegimeId, settings: OrganizationCycleSettings = {}): PlannedDuty[] {
  const config = effectiveConfiguration([{ organizationId: 'top', organizationName: '某党委', settings: { packId: pack, ...settings }, overrides: [] }]);
  if (!config) throw new Error(`策略包 ${pack} 不可用`);
  return planOrganizationYear(config, TREE, 2027, { calendar: chinaWorkdayCalendar() }).duties;
}

describe('the 2027 duty calendar of one organization, per pack, against the seed text', () => {
  it.each(ROWS.map((row) => [`${row.pack} ${row.template} ${row.clause}${row.settings ? ` ${JSON.stringify(row.settings)}` : ''}`, row] as const))('%s', (_name, row) => {
    // the row itself stands on the seed: the clause is the template's, the phrase is in the document
    const template = findPack(row.pack)?.templates.find((t) => t.id === row.template);
    expect(template).toBeDefined();
    expect(template!.citations.map((c) => c.clause)).toContain(row.clause);
    expect(SOURCE_TEXT[row.pack]).toContain(normalise(row.seed));

    const duties = plan2027(row.pack, row.settings).filter((d) => d.templateId === row.template);
    expect(duties).toHaveLength(row.count);
    if (row.responsible) expect([...new Set(duties.map((d) => d.draft.responsible.personId))].sort()).toEqual([...row.responsible].sort());
    if (row.counterparts) expect(duties.map((d) => d.draft.counterpart?.personId).sort()).toEqual([...row.counterparts].sort());
    if (row.due) expect([...new Set(duties.map((d) => d.due.date))].sort()).toEqual([...row.due].sort());
    if (row.defaulted !== undefined) expect(duties.every((d) => (d.defaulted !== null) === row.defaulted)).toBe(true);
    for (const d of duties) expect(d.citation).toContain(row.clause);
  });

  it('shanxi: the two team talks of a member fall due 06-30 and 12-31, numbered; the monthly report escalates to the stationed group', () => {
    const duties = plan2027('shanxi-school-2022');
    expect(duties.filter((d) => d.templateId === 'team-talk' && d.draft.counterpart?.personId === 'm1').map((d) => [d.title, d.due.date])).toEqual([
      ['同班子成员谈心谈话（第1次）', '2027-06-30'],
      ['同班子成员谈心谈话（第2次）', '2027-12-31'],
    ]);
    const monthly = duties.filter((d) => d.templateId === 'discipline-monthly-report');
    expect(monthly.map((d) => d.slot.period.label)).toEqual(Array.from({ length: 12 }, (_, i) => `2027年${i + 1}月`));
    expect(monthly[0].chase.escalation?.flatMap((l) => l.notify)).toContain('stationed_group');
  });

  it('anhui: every subordinate 一把手 has a supervision talk with the 一把手 above, and each team member a talk with the 一把手', () => {
    const duties = plan2027('anhui-2022');
    for (const child of SUBORDINATES) {
      expect(duties.filter((d) => d.templateId === 'supervision-talk' && d.draft.counterpart?.personId === child).map((d) => d.draft.responsible.personId)).toEqual(['sec']);
    }
    for (const member of TEAM) expect(duties.filter((d) => d.templateId === 'team-talk' && d.draft.counterpart?.personId === member)).toHaveLength(1);
  });

  it.each(['central-2021', 'beijing-2021', 'anhui-2022', 'shanxi-school-2022', 'czu-2022'] as RegimeId[])('%s: every periodic template yields duties in 2027 (a term excepted), none event-driven', (pack) => {
    const duties = plan2027(pack);
    const periodic = findPack(pack)!.templates.filter((t) => t.cadence !== 'event' && t.cadence !== 'per_term');
    const planned = new Set(duties.map((d) => d.templateId));
    expect(periodic.filter((t) => !planned.has(t.id)).map((t) => t.id)).toEqual([]);
    const events = new Set(findPack(pack)!.templates.filter((t) => t.cadence === 'event').map((t) => t.id));
    expect(duties.filter((d) => events.has(d.templateId))).toEqual([]);
    expect(duties.every((d) => d.due.date >= '2027-01-01' && d.due.date <= '2028-01-31')).toBe(true);
  });
});
