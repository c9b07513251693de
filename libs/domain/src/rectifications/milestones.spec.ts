import { formatCitations } from '../packs/citation';
import { findPack, REGIME_IDS, templateOfDuty } from '../packs/packs';
import { allMilestoneTemplates, MILESTONES, milestonePeriodKey, milestoneTemplate, parseMilestonePeriodKey } from './milestones';

const KINDS = ['finding', 'recommendation'] as const;
const ID = '0b7e6f2a-4c1d-4e8b-9a3f-5d2c1b0a9e87';

describe('milestone templates', () => {
  const cases = REGIME_IDS.flatMap((regime) => KINDS.flatMap((kind) => MILESTONES.map((milestone) => [regime, kind, milestone] as const)));

  it.each(cases)('%s %s %s: cites clauses of that regime’s own document, with their words', (regime, kind, milestone) => {
    const template = milestoneTemplate(regime, kind, milestone);
    const document = `《${findPack(regime)!.title}》`;
    expect(template.citations.length).toBeGreaterThan(0);
    for (const citation of template.citations) {
      expect(citation).toMatchObject({ regime, document });
      expect(citation.clause).toMatch(/^第/);
      expect(citation.quote.length).toBeGreaterThan(5);
    }
    expect(template).toMatchObject({ cadence: 'event', fanOut: 'none', minPerPeriod: 1 });
    expect(template.title).not.toBe('');
    expect(template.evidence.length).toBeGreaterThan(0);
  });

  it('gives each milestone its owner: the 一把手 the plan, reports, talk and order; the supervising body the visit', () => {
    for (const regime of REGIME_IDS) {
      for (const kind of KINDS) {
        for (const m of ['plan', 'progress', 'report', 'admonition', 'correction'] as const) expect(milestoneTemplate(regime, kind, m).responsibleRole).toBe('principal');
        expect(milestoneTemplate(regime, kind, 'visit')).toMatchObject({ responsibleRole: 'discipline_secretary', kind: 'inspection' });
      }
      expect(milestoneTemplate(regime, 'finding', 'report').id).toBe('rectification-report');
      expect(milestoneTemplate(regime, 'recommendation', 'report').id).toBe('recommendation-answer');
      expect(milestoneTemplate(regime, 'finding', 'visit').id).toBe('rectification-visit');
      expect(milestoneTemplate(regime, 'recommendation', 'visit').id).toBe('recommendation-visit');
    }
  });

  it('cites 北京、安徽 for the admonition talk in their own words, and says where others are defaulted', () => {
    expect(milestoneTemplate('beijing-2021', 'finding', 'admonition').citations[0].quote).toContain('约谈下级“一把手”');
    expect(milestoneTemplate('anhui-2022', 'finding', 'admonition').citations[0].quote).toContain('进行约谈');
    expect(milestoneTemplate('central-2021', 'finding', 'admonition').defaulted).toContain('本制度未规定整改不到位约谈');
    expect(milestoneTemplate('anhui-2022', 'recommendation', 'correction').citations[0]).toMatchObject({ clause: '第（二十五）条' });
    expect(milestoneTemplate('anhui-2022', 'recommendation', 'correction').citations[0].quote).toContain('责令改正');
  });

  it('lists every template of every regime once per regime, kind and milestone', () => {
    expect(allMilestoneTemplates()).toHaveLength(REGIME_IDS.length * KINDS.length * MILESTONES.length);
  });

  it.each(cases)('templateOfDuty finds %s %s %s by its id and citation line', (regime, kind, milestone) => {
    const template = milestoneTemplate(regime, kind, milestone);
    const found = templateOfDuty(template.id, formatCitations(template.citations));
    expect(found).toBeDefined();
    expect(found!.id).toBe(template.id);
    expect(formatCitations(found!.citations)).toBe(formatCitations(template.citations));
  });

  it('templateOfDuty finds nothing for a milestone id under a citation line no template has', () => {
    expect(templateOfDuty('rectification-plan', '《不存在的文件》第（一）条')).toBeUndefined();
  });
});

describe('milestone period keys', () => {
  it.each(MILESTONES.flatMap((m) => [[m, undefined], [m, 0], [m, 3], [m, 104]] as const))('%s %s round-trips', (milestone, n) => {
    const key = milestonePeriodKey(ID, milestone, n);
    expect(key).toBe(n === undefined ? `rect:${ID}:${milestone}` : `rect:${ID}:${milestone}:${n}`);
    expect(parseMilestonePeriodKey(key)).toEqual({ rectificationId: ID, milestone, n: n ?? null });
  });

  it.each(['2026', '2026-H1', `rect:${ID}:unknown`, `rect:${ID}:plan:x`, 'rect:not-a-uuid:plan', `rect:${ID}:plan:1:2`, `x:rect:${ID}:plan`])('%s is not a milestone key', (key) => {
    expect(parseMilestonePeriodKey(key)).toBeNull();
  });
});
