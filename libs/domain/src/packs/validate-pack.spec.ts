import { findPack, loadPack } from './packs';
import { validatePack } from './validate-pack';

/** A valid pack (安徽) with its first template (`discipline-org-talk`, yearly) changed by `edit`. */
function problems(edit: (template: any, pack: any) => void) {
  const pack = structuredClone(findPack('anhui-2022')) as any;
  edit(pack.templates[0], pack);
  return validatePack(pack);
}

const expectProblem = (found: ReturnType<typeof validatePack>, field: string, reason: RegExp) =>
  expect(found).toContainEqual({ template: expect.anything(), field, reason: expect.stringMatching(reason) });

describe('validatePack', () => {
  it('accepts a valid pack', () => {
    expect(problems(() => undefined)).toEqual([]);
  });

  it.each<[string, (t: any, p: any) => void, string, RegExp]>([
    ['a missing field', (t) => delete t.kind, 'kind', /缺少必填字段/],
    ['an unknown field', (t) => (t.colour = 'red'), 'colour', /未知字段/],
    ['an unknown role', (t) => (t.responsibleRole = 'mayor'), 'responsibleRole', /未知的角色/],
    ['an unknown fan-out', (t) => (t.fanOut = 'everyone'), 'fanOut', /未知的分发规则/],
    ['an unknown cadence', (t) => (t.cadence = 'weekly'), 'cadence', /未知的周期/],
    ['an unknown kind', (t) => (t.kind = 'party'), 'kind', /未知的义务类型/],
    ['an unknown trigger', (t) => Object.assign(t, { cadence: 'event', trigger: 'birthday', dueRule: { kind: 'after_event', within: 'P1M' } }), 'trigger', /未知的触发事件/],
    ['an event cadence without trigger', (t) => Object.assign(t, { cadence: 'event', dueRule: { kind: 'after_event', within: 'P1M' } }), 'trigger', /必须给出触发事件/],
    ['a trigger on a periodic template', (t) => (t.trigger = 'appointment'), 'trigger', /只有事件驱动/],
    ['incident kinds on a periodic template', (t) => (t.incidentKinds = ['serious_case']), 'incidentKinds', /只有由事件（incident）触发/],
    ['an unknown incident kind', (t) => Object.assign(t, { cadence: 'event', trigger: 'incident', incidentKinds: ['flood'], dueRule: { kind: 'after_event', within: 'P1M' } }), 'incidentKinds[0]', /未知的事件类型/],
    ['empty incident kinds', (t) => Object.assign(t, { cadence: 'event', trigger: 'incident', incidentKinds: [], dueRule: { kind: 'after_event', within: 'P1M' } }), 'incidentKinds', /非空数组/],
    ['minPerPeriod below 1', (t) => (t.minPerPeriod = 0), 'minPerPeriod', /不小于 1 的整数/],
    ['minPerPeriod not an integer', (t) => (t.minPerPeriod = 1.5), 'minPerPeriod', /不小于 1 的整数/],
    ['months_into_period beyond the period', (t) => (t.dueRule = { kind: 'months_into_period', months: 13 }), 'dueRule.months', /超出了周期范围/],
    ['months_into_period of zero', (t) => (t.dueRule = { kind: 'months_into_period', months: 0 }), 'dueRule.months', /超出了周期范围/],
    ['months_into_period beyond a quarter', (t) => Object.assign(t, { cadence: 'quarterly', dueRule: { kind: 'months_into_period', months: 4 } }), 'dueRule.months', /1 至 3/],
    ['after_event on a periodic template', (t) => (t.dueRule = { kind: 'after_event', within: 'P1M' }), 'dueRule.kind', /只有事件驱动/],
    ['a malformed ISO duration', (t) => (t.dueRule = { kind: 'after_period_end', within: '1 month' }), 'dueRule.within', /ISO-8601/],
    ['a malformed escalation delay', (t) => (t.escalation = [{ after: 'soon', notify: ['stationed_group'], requiresApproval: true }]), 'escalation[0].after', /ISO-8601/],
    ['an absurd escalation delay', (t) => (t.escalation = [{ after: 'P99999999999Y', notify: ['stationed_group'], requiresApproval: true }]), 'escalation[0].after', /时长过长.*最长 P10Y/],
    ['an absurd event deadline', (t) => Object.assign(t, { cadence: 'event', trigger: 'incident', incidentKinds: ['dereliction'], dueRule: { kind: 'after_event', within: 'P99999999999Y' } }), 'dueRule.within', /时长过长/],
    ['a citation of another regime', (t) => (t.citations[0].regime = 'beijing-2021'), 'citations[0].regime', /引用了其他制度/],
    ['no citation', (t) => (t.citations = []), 'citations', /至少需要一条/],
    ['a document title without 《》', (t) => (t.citations[0].document = '安徽措施'), 'citations[0].document', /《》/],
  ])('reports %s', (_name, edit, field, reason) => {
    expectProblem(problems(edit), field, reason);
  });

  it('reports duplicate template ids', () => {
    const found = problems((_t, pack) => pack.templates.push(structuredClone(pack.templates[1])));
    expect(found).toContainEqual({ template: 'discipline-org-talk-by-organization', field: 'id', reason: expect.stringMatching(/重复/) });
  });

  it('reports pack-level problems', () => {
    const found = problems((_t, pack) => Object.assign(pack, { id: 'mars-2030', issuedOn: '2022-13-01', templates: pack.templates }));
    expect(found).toContainEqual({ template: null, field: 'id', reason: expect.stringMatching(/未知的制度/) });
    expect(found).toContainEqual({ template: null, field: 'issuedOn', reason: expect.stringMatching(/YYYY-MM-DD/) });
    expect(validatePack('pack')).toEqual([{ template: null, field: '', reason: '策略包必须是对象' }]);
  });

  it('names the file, the template and the reason when a pack does not load', () => {
    const pack = structuredClone(findPack('anhui-2022')) as any;
    pack.templates[0].cadence = 'event';
    expect(() => loadPack('data/anhui-2022', pack)).toThrow(/data\/anhui-2022[\s\S]*discipline-org-talk[\s\S]*触发事件/);
  });
});
