import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCitations } from './citation';
import { citationsOfDuty, findPack, POLICY_PACKS, REGIME_IDS, validatePack } from './packs';
import type { PackTemplate, PolicyPack } from './packs';

const SOURCES = join(__dirname, '../../../../docs/sources');
const read = (file: string) => readFileSync(join(SOURCES, file), 'utf8');

/** Whitespace out, full/half-width commas, semicolons, colons and brackets alike, runs of one punctuation mark collapsed. */
const normalise = (s: string) =>
  s.replace(/\s+/g, '').replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')').replace(/(\p{P})\1+/gu, '$1');

const bundle = read('003_e496d7f441b6f892.txt');
const beijingStart = bundle.indexOf('中共北京市委印发');
/** The text each regime may be quoted from: the Beijing part of the study bundle (with its commentaries) is not central. */
const SOURCE_TEXT: Record<string, string[]> = {
  // the bundle first: the stand-alone central text lacks clauses (二)–(十七) and the head of (十八)
  'central-2021': [bundle.slice(0, beijingStart), read('002_2d8f53d6cf4ef58e.txt')],
  'beijing-2021': [bundle.slice(beijingStart)],
  'anhui-2022': [read('004_0ebbd21fcbcdb0f9.txt')],
  'shanxi-school-2022': [read('000_a81c5d56b46bba50.txt')],
  'czu-2022': [read('001_528a8ef72e478987.txt')],
};

function template(regime: string, id: string): PackTemplate {
  const found = findPack(regime)?.templates.find((t) => t.id === id);
  if (!found) throw new Error(`${regime} 缺少模板 ${id}`);
  return found;
}

describe('policy packs', () => {
  it('has one valid pack per regime', () => {
    expect(POLICY_PACKS.map((p) => p.id)).toEqual([...REGIME_IDS]);
    for (const pack of POLICY_PACKS) expect(validatePack(pack)).toEqual([]);
    expect(findPack('nowhere')).toBeUndefined();
  });

  type Expect = [regime: string, id: string, expected: Partial<PackTemplate>];
  const yearly = (min: number): Partial<PackTemplate> => ({ cadence: 'yearly', minPerPeriod: min });
  const table: Expect[] = [
    ['anhui-2022', 'supervision-talk', { fanOut: 'each_subordinate_principal', ...yearly(1), defaulted: null }],
    ['anhui-2022', 'team-talk', { fanOut: 'each_member', ...yearly(1), defaulted: null }],
    ['anhui-2022', 'annual-plan', { ...yearly(1), dueRule: { kind: 'months_into_period', months: 3 }, defaulted: null }],
    ['anhui-2022', 'member-duty-report', { fanOut: 'each_member', ...yearly(1), defaulted: null }],
    ['anhui-2022', 'discipline-work-report', { cadence: 'half_yearly', minPerPeriod: 1 }],
    ['anhui-2022', 'case-analysis-report', { cadence: 'half_yearly' }],
    ['anhui-2022', 'petition-analysis', { cadence: 'half_yearly' }],
    ['anhui-2022', 'leader-petition-analysis', { cadence: 'half_yearly' }],
    ['anhui-2022', 'statement-spot-check', { kind: 'sampling', ...yearly(1) }],
    ['anhui-2022', 'live-statement-rotation', { cadence: 'per_term', fanOut: 'each_subordinate_principal' }],
    ['shanxi-school-2022', 'team-talk', { fanOut: 'each_member', ...yearly(2) }],
    ['shanxi-school-2022', 'mutual-talk', { responsibleRole: 'member', ...yearly(2) }],
    ['shanxi-school-2022', 'heart-talk-subordinate', { fanOut: 'each_subordinate_principal', ...yearly(2) }],
    ['shanxi-school-2022', 'unit-head-talk', { fanOut: 'each_unit_head_under_member', ...yearly(1) }],
    ['shanxi-school-2022', 'discipline-monthly-report', { cadence: 'monthly', responsibleRole: 'discipline_secretary' }],
    ['shanxi-school-2022', 'responsibility-inspection', { ...yearly(1), defaulted: null }],
    ['shanxi-school-2022', 'rotation', { cadence: 'event', trigger: 'tenure_5y' }],
    ['shanxi-school-2022', 'accountability-statement', { dueRule: { kind: 'after_period_end', within: 'P1M' } }],
    ['beijing-2021', 'petition-analysis', { cadence: 'quarterly' }],
    ['beijing-2021', 'leader-petition-analysis', { cadence: 'quarterly' }],
    ['beijing-2021', 'clue-analysis', { cadence: 'quarterly' }],
    ['beijing-2021', 'discipline-org-talk', { fanOut: 'each_subordinate_principal', ...yearly(1), defaulted: null }],
    ['beijing-2021', 'attend-subordinate-meeting', { fanOut: 'each_subordinate_committee', ...yearly(1), defaulted: null }],
    ['beijing-2021', 'work-review-meeting', { cadence: 'monthly', kind: 'meeting' }],
    ['czu-2022', 'annual-plan', { ...yearly(1), dueRule: { kind: 'months_into_period', months: 1 } }],
    ['czu-2022', 'tenure-audit', { cadence: 'event', trigger: 'tenure_3y', kind: 'tenure' }],
    ['czu-2022', 'warning-education', { ...yearly(1), defaulted: null }],
    ['czu-2022', 'home-visit', { fanOut: 'each_subordinate_principal', cadence: 'yearly' }],
    ['central-2021', 'appointment-talk', { cadence: 'event', trigger: 'appointment', fanOut: 'each_subordinate_principal' }],
    ['central-2021', 'supervision-talk', { ...yearly(1) }],
  ];
  it.each(table)('%s %s', (regime, id, expected) => {
    expect(template(regime, id)).toMatchObject(expected);
  });

  it('marks product defaults where the document says only 定期 or 经常', () => {
    expect(template('central-2021', 'supervision-talk').defaulted).toContain('定期');
    expect(template('beijing-2021', 'team-talk').defaulted).toContain('经常');
    expect(template('czu-2022', 'home-visit').defaulted).toContain('定期');
  });

  it('escalates the Shanxi monthly report to the stationed supervision group', () => {
    const levels = template('shanxi-school-2022', 'discipline-monthly-report').escalation ?? [];
    expect(levels.flatMap((l) => l.notify)).toContain('stationed_group');
  });

  const TRIGGERS: Record<string, string> = {
    'appointment-talk': 'appointment', 'appointment-integrity-talk': 'appointment', 'personal-matters-first-disclosure': 'appointment',
    'rectification-reminder-letter': 'appointment', 'special-admonition': 'incident', 'responsibility-admonition': 'incident',
    'case-admonition': 'incident', 'rectification-admonition': 'incident', 'discipline-reminder-talk': 'incident',
    'special-democratic-life-meeting': 'incident', 'urge-special-dlm': 'incident', 'work-division-filing': 'division_change',
    'review-rectification-report': 'review_feedback', 'rectification-review': 'inspection_feedback',
  };
  it.each(REGIME_IDS)('%s: appointment- and incident-driven templates carry their trigger', (regime) => {
    const pack = findPack(regime) as PolicyPack;
    expect(pack.templates.some((t) => t.id === 'appointment-talk')).toBe(true);
    for (const t of pack.templates) {
      if (t.cadence === 'event') expect(t.trigger).toBeDefined();
      if (TRIGGERS[t.id]) expect([t.id, t.cadence, t.trigger]).toEqual([t.id, 'event', TRIGGERS[t.id]]);
    }
  });

  it.each(REGIME_IDS)('%s: every quote stands in the source text', (regime) => {
    const texts = SOURCE_TEXT[regime].map(normalise);
    const missing = (findPack(regime) as PolicyPack).templates.flatMap((t) =>
      t.citations.filter((c) => !texts.some((text) => text.includes(normalise(c.quote)))).map((c) => `${t.id} ${c.clause}：${c.quote}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(REGIME_IDS)('%s: every clause number is the clause the quote stands in', (regime) => {
    const pack = findPack(regime) as PolicyPack;
    const wrong: string[] = [];
    for (const t of pack.templates) {
      for (const c of t.citations.filter((x) => x.document === `《${pack.title}》`)) {
        const text = SOURCE_TEXT[regime].map(normalise).find((s) => s.includes(normalise(c.quote))) ?? '';
        const before = text.slice(0, text.indexOf(normalise(c.quote)) + 1);
        const marks = regime === 'czu-2022' ? [...before.matchAll(/(\d{1,2})\.(?=\D)/g)] : [...before.matchAll(/\(([一二三四五六七八九十]+)\)/g)];
        const last = marks.pop()?.[1];
        const clause = regime === 'czu-2022' ? `第 ${last} 项` : `第（${last}）条`;
        if (clause !== c.clause) wrong.push(`${t.id}：${c.clause} ≠ ${clause}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('citationsOfDuty', () => {
  it('finds the clauses with their words from the line a duty keeps, in the pack that line came from', () => {
    const pack = findPack('anhui-2022') as PolicyPack;
    const template = pack.templates[0];
    const citations = citationsOfDuty(template.id, formatCitations(template.citations));
    expect(citations).toEqual(template.citations);
    expect(citations[0].quote.length).toBeGreaterThan(0);
  });

  it('names a clause quoted twice once, and still reads the line duties issued before kept', () => {
    const template = (findPack('anhui-2022') as PolicyPack).templates.find((t) => t.id === 'accountability-statement')!;
    expect(template.citations).toHaveLength(2);
    expect(formatCitations(template.citations)).toBe('《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（九）条');
    expect(citationsOfDuty(template.id, formatCitations(template.citations))).toEqual(template.citations);
    const before = `${formatCitations(template.citations)}；${formatCitations(template.citations)}`;
    expect(citationsOfDuty(template.id, before)).toEqual(template.citations);
  });

  it('is empty for a line no pack has (a retired version)', () => {
    expect(citationsOfDuty('supervision-talk', '《已废止的规定》第（一）条')).toEqual([]);
  });
});
