import { formatCitations } from '../packs/citation';
import { citationsOfDuty, POLICY_PACKS } from '../packs/packs';
import { APPRAISAL_GRADES, appraisalApplies, isAppraisalGrade } from './appraisal';

/** The accountability-statement template of a pack, as a duty carries it (template id and citation line). */
function statementOf(packId: string) {
  const template = POLICY_PACKS.find((p) => p.id === packId)!.templates.find((t) => t.id === 'accountability-statement')!;
  return citationsOfDuty(template.id, formatCitations(template.citations));
}

describe('appraisalApplies (评议 of a 述责述廉)', () => {
  it.each([
    ['czu-2022', '第 7 项'],
    ['shanxi-school-2022', '第（五）条'],
    ['central-2021', '第（七）条'],
  ])('%s: the yearly 述责述廉 takes a 评议 result, by %s', (packId, clause) => {
    const result = appraisalApplies('accountability-statement', statementOf(packId));
    expect(result).toMatchObject({ applies: true, rule: { regime: packId, clause } });
  });

  it.each([
    ['beijing-2021', '第（十一）条'],
    ['anhui-2022', '第（九）条'],
  ])('%s: the written 述责述廉 takes none (评议 is for the live ones, %s)', (packId, clause) => {
    const result = appraisalApplies('accountability-statement', statementOf(packId));
    expect(result.applies).toBe(false);
    expect(!result.applies && result.reason).toContain(clause);
    expect(!result.applies && result.reason).toContain('书面述责述廉不作评议');
  });

  it('refuses any other template', () => {
    expect(appraisalApplies('supervision-talk', statementOf('czu-2022'))).toEqual({ applies: false, reason: '只有述责述廉事项可以记录评议结果' });
  });

  it('refuses a duty whose clauses name no regime with 评议', () => {
    expect(appraisalApplies('accountability-statement', [])).toMatchObject({ applies: false, reason: '该事项所依据的制度没有评议的规定' });
  });

  it('knows its grades', () => {
    expect(APPRAISAL_GRADES).toEqual(['好', '较好', '一般', '差']);
    expect(isAppraisalGrade('较好')).toBe(true);
    expect(isAppraisalGrade('优秀')).toBe(false);
  });
});
