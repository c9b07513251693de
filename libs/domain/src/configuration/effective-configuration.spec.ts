import { DEFAULT_CHASE_POLICY } from '../chase/chase-policy';
import {
  ConfigLink,
  effectiveConfiguration,
  EffectiveConfiguration,
  EffectiveObligation,
  OrganizationCycleSettings,
  TemplateOverride,
  validateCycleSettings,
  validateOverride,
} from './effective-configuration';

const link = (organizationId: string, organizationName: string, settings: OrganizationCycleSettings = {}, overrides: TemplateOverride[] = []): ConfigLink => ({
  organizationId,
  organizationName,
  settings,
  overrides,
});
const override = (templateId: string, fields: TemplateOverride['fields'], reason = '本级决定'): TemplateOverride => ({ templateId, fields, reason });

/** 区委 → 市委 → 省委 (nearest first), the 省委 following the Anhui pack. */
function chain(parts: { unit?: Partial<ConfigLink>; city?: Partial<ConfigLink>; province?: Partial<ConfigLink> } = {}): ConfigLink[] {
  return [
    { ...link('unit', '区委'), ...parts.unit },
    { ...link('city', '市委'), ...parts.city },
    { ...link('province', '省委', { packId: 'anhui-2022' }), ...parts.province },
  ];
}
const obligation = (config: EffectiveConfiguration | null, id: string): EffectiveObligation => {
  const found = config?.obligations.find((o) => o.templateId === id);
  if (!found) throw new Error(`缺少义务 ${id}`);
  return found;
};

describe('effectiveConfiguration', () => {
  it('is null when no organization on the way follows a pack, or the pack is unknown', () => {
    expect(effectiveConfiguration([link('unit', '区委'), link('city', '市委')])).toBeNull();
    expect(effectiveConfiguration([])).toBeNull();
    expect(effectiveConfiguration([link('unit', '区委', { packId: 'nowhere' as never })])).toBeNull();
  });

  it('inherits the pack from an ancestor and says from whom', () => {
    const config = effectiveConfiguration(chain())!;
    expect(config.pack.id).toBe('anhui-2022');
    expect(config.packSource).toEqual({ kind: 'inherited', organizationId: 'province', organizationName: '省委' });
    expect(config.obligations.map((o) => o.templateId)).toEqual(config.pack.templates.map((t) => t.id));
    const own = effectiveConfiguration(chain().slice(2))!;
    expect(own.packSource).toEqual({ kind: 'own', organizationId: 'province', organizationName: '省委' });
  });

  it('reports where each field comes from: the pack (with its version), or the product default', () => {
    const talk = obligation(effectiveConfiguration(chain()), 'supervision-talk');
    expect(talk).toMatchObject({ enabled: true, cadence: 'yearly', minPerPeriod: 1, dueRule: { kind: 'end_of_period' } });
    expect(talk.fields.cadence).toEqual({ value: 'yearly', source: { kind: 'pack', packId: 'anhui-2022', version: '1.0.0' } });
    expect(talk.fields.minPerPeriod.source).toEqual({ kind: 'pack', packId: 'anhui-2022', version: '1.0.0' });
    expect(talk.fields.enabled.source.kind).toBe('default');
    expect(talk.fields.gracePeriod).toEqual({ value: DEFAULT_CHASE_POLICY.gracePeriod, source: { kind: 'default', note: '产品默认值（文件未作规定）' } });
    expect(talk.fields.escalation.value).toBeUndefined();
    expect(talk.fields.escalation.source).toMatchObject({ kind: 'default', note: expect.stringContaining('一级抓一级') });
    expect(talk.chase).toMatchObject({ reminderOffsets: DEFAULT_CHASE_POLICY.reminderOffsets, gracePeriod: DEFAULT_CHASE_POLICY.gracePeriod });
    expect(talk.chase.escalation).toBeUndefined();
  });

  it('takes an escalation chain the pack names (Shanxi: the stationed supervision group) as the pack’s', () => {
    const report = obligation(effectiveConfiguration([link('school', '学校党委', { packId: 'shanxi-school-2022' })]), 'discipline-monthly-report');
    expect(report.fields.escalation.source).toMatchObject({ kind: 'pack', packId: 'shanxi-school-2022' });
    expect(report.chase.escalation?.flatMap((l) => l.notify)).toContain('stationed_group');
  });

  it('an override of an ancestor applies below it; the nearest override of a field wins, field by field', () => {
    const config = effectiveConfiguration(
      chain({
        province: { overrides: [override('team-talk', { minPerPeriod: 2, gracePeriod: 'P20D' }, '省委要求每半年一次')] },
        city: { overrides: [override('team-talk', { minPerPeriod: 3 }, '市委要求每季度')] },
      }),
    );
    const talk = obligation(config, 'team-talk');
    expect(talk.minPerPeriod).toBe(3);
    expect(talk.fields.minPerPeriod).toEqual({ value: 3, source: { kind: 'inherited_override', organizationId: 'city', organizationName: '市委', reason: '市委要求每季度' } });
    expect(talk.fields.gracePeriod).toEqual({ value: 'P20D', source: { kind: 'inherited_override', organizationId: 'province', organizationName: '省委', reason: '省委要求每半年一次' } });
    expect(talk.chase.gracePeriod).toBe('P20D');
    // other obligations untouched
    expect(obligation(config, 'supervision-talk').fields.minPerPeriod.source.kind).toBe('pack');
  });

  it('an organization’s own override beats its ancestors’ and is reported as its own, with id and date when known', () => {
    const config = effectiveConfiguration(
      chain({
        unit: { overrides: [{ ...override('team-talk', { minPerPeriod: 4 }, '区委自定'), overrideId: 'o-1', since: '2027-01-05T00:00:00.000Z' }] },
        city: { overrides: [override('team-talk', { minPerPeriod: 3 })] },
      }),
    );
    expect(obligation(config, 'team-talk').fields.minPerPeriod).toEqual({
      value: 4,
      source: { kind: 'own_override', organizationId: 'unit', organizationName: '区委', reason: '区委自定', overrideId: 'o-1', since: '2027-01-05T00:00:00.000Z' },
    });
  });

  it('an organization that sets its own pack starts afresh: overrides from above it do not apply', () => {
    const config = effectiveConfiguration(
      chain({
        city: { settings: { packId: 'shanxi-school-2022' } },
        province: { settings: { packId: 'anhui-2022' }, overrides: [override('team-talk', { minPerPeriod: 5 }), override('annual-plan', { enabled: false })] },
      }),
    )!;
    expect(config.pack.id).toBe('shanxi-school-2022');
    expect(config.packSource).toEqual({ kind: 'inherited', organizationId: 'city', organizationName: '市委' });
    expect(obligation(config, 'team-talk').fields.minPerPeriod).toEqual({ value: 2, source: { kind: 'pack', packId: 'shanxi-school-2022', version: '1.0.0' } });
    expect(obligation(config, 'annual-plan').enabled).toBe(true);
  });

  it('switching an obligation off, changing its cadence or due rule', () => {
    const config = effectiveConfiguration(
      chain({
        unit: {
          overrides: [
            override('annual-plan', { enabled: false }),
            override('supervision-talk', { cadence: 'half_yearly', dueRule: { kind: 'months_into_period', months: 5 } }),
          ],
        },
      }),
    );
    expect(obligation(config, 'annual-plan').enabled).toBe(false);
    expect(obligation(config, 'annual-plan').fields.enabled.source.kind).toBe('own_override');
    expect(obligation(config, 'supervision-talk')).toMatchObject({ cadence: 'half_yearly', dueRule: { kind: 'months_into_period', months: 5 } });
  });

  it('organization-wide settings: nearest wins, own or inherited, else the product default', () => {
    const config = effectiveConfiguration(chain({ city: { settings: { dueDateMode: 'next_working_day', leadTime: 'P7D' } }, unit: { settings: { leadTime: 'P14D' } } }))!;
    expect(config.dueDateMode).toEqual({ value: 'next_working_day', source: { kind: 'inherited', organizationId: 'city', organizationName: '市委' } });
    expect(config.leadTime).toEqual({ value: 'P14D', source: { kind: 'own', organizationId: 'unit', organizationName: '区委' } });
    expect(config.termStartYear).toEqual({ value: 2021, source: { kind: 'default', note: '产品默认值（文件未作规定）' } });
    const plain = effectiveConfiguration(chain())!;
    expect(plain.dueDateMode.value).toBe('calendar_day');
    expect(plain.leadTime.value).toBe('P0D');
    // settings above the organization that chose the pack still count (they are organization-wide, not pack-specific)
    const above = effectiveConfiguration(chain({ city: { settings: { packId: 'czu-2022' } }, province: { settings: { packId: 'anhui-2022', termStartYear: 2026 } } }))!;
    expect(above.termStartYear).toEqual({ value: 2026, source: { kind: 'inherited', organizationId: 'province', organizationName: '省委' } });
  });
});

describe('validateOverride', () => {
  const config = effectiveConfiguration(chain())!;
  const check = (id: string, fields: Record<string, unknown>) => validateOverride(obligation(config, id), fields);
  const fieldsOf = (problems: { field: string }[]) => problems.map((p) => p.field);

  it('accepts a sound override, and an empty one (which withdraws the override)', () => {
    expect(check('team-talk', { minPerPeriod: 2, reminderOffsets: ['P7D', 'P1D'], gracePeriod: 'P10D' })).toEqual([]);
    expect(check('annual-plan', { dueRule: { kind: 'months_into_period', months: 2 } })).toEqual([]);
    expect(check('team-talk', {})).toEqual([]);
    expect(check('team-talk', { enabled: false })).toEqual([]);
  });

  it('names an unknown field and lists those that can be overridden', () => {
    const problems = check('team-talk', { colour: 'red' });
    expect(fieldsOf(problems)).toEqual(['fields.colour']);
    expect(problems[0].reason).toContain('不能覆盖的字段');
    expect(problems[0].reason).toContain('minPerPeriod');
  });

  it('refuses a count below 1 or not a whole number', () => {
    expect(fieldsOf(check('team-talk', { minPerPeriod: 0 }))).toEqual(['fields.minPerPeriod']);
    expect(fieldsOf(check('team-talk', { minPerPeriod: 1.5 }))).toEqual(['fields.minPerPeriod']);
    expect(fieldsOf(check('team-talk', { minPerPeriod: '2' }))).toEqual(['fields.minPerPeriod']);
    expect(check('team-talk', { minPerPeriod: -1 })[0].reason).toContain('1 至 366');
  });

  it('refuses a due rule outside its period, judged with the count and cadence in force', () => {
    expect(fieldsOf(check('annual-plan', { dueRule: { kind: 'months_into_period', months: 13 } }))).toEqual(['fields.dueRule.months']);
    // the inherited rule (3 months into the year) no longer fits six slices of two months
    expect(fieldsOf(check('annual-plan', { minPerPeriod: 6 }))).toEqual(['fields.dueRule.months']);
    expect(fieldsOf(check('annual-plan', { cadence: 'monthly' }))).toEqual(['fields.dueRule.months']);
    expect(fieldsOf(check('team-talk', { dueRule: { kind: 'after_period_end', within: 'P2Y' } }))).toEqual(['fields.dueRule.within']);
    expect(fieldsOf(check('team-talk', { dueRule: { kind: 'after_event', within: 'P1M' } }))).toEqual(['fields.dueRule.kind']);
  });

  it('refuses a malformed due rule or duration', () => {
    expect(fieldsOf(check('team-talk', { dueRule: { kind: 'after_period_end', within: 'P1X' } }))).toEqual(['fields.dueRule']);
    expect(fieldsOf(check('team-talk', { dueRule: { kind: 'end_of_period', extra: 1 } }))).toEqual(['fields.dueRule']);
    expect(fieldsOf(check('team-talk', { dueRule: 'end' }))).toEqual(['fields.dueRule']);
    expect(fieldsOf(check('team-talk', { gracePeriod: 'two weeks' }))).toEqual(['fields.gracePeriod']);
    expect(fieldsOf(check('team-talk', { reminderOffsets: ['P7D', 'soon'] }))).toEqual(['fields.reminderOffsets[1]']);
    expect(fieldsOf(check('team-talk', { gracePeriod: 'P99999999999Y' }))).toEqual(['fields.gracePeriod']);
    expect(fieldsOf(check('team-talk', { reminderOffsets: ['P7D', 'P99999999999Y'] }))).toEqual(['fields.reminderOffsets[1]']);
    expect(fieldsOf(check('team-talk', { dueRule: { kind: 'after_period_end', within: 'P99999999999Y' } }))).toEqual(['fields.dueRule']);
    expect(fieldsOf(check('team-talk', { reminderOffsets: 'P7D' }))).toEqual(['fields.reminderOffsets']);
    expect(fieldsOf(check('team-talk', { escalation: [] }))).toEqual(['fields.escalation']);
    expect(fieldsOf(check('team-talk', { enabled: 'yes' }))).toEqual(['fields.enabled']);
  });

  it('refuses turning an event into a cycle or a cycle into an event, and an unknown cadence', () => {
    const toCycle = check('appointment-talk', { cadence: 'yearly' });
    expect(fieldsOf(toCycle)).toEqual(['fields.cadence']);
    expect(toCycle[0].reason).toBe('事件触发的义务不能改为按周期');
    const toEvent = check('supervision-talk', { cadence: 'event' });
    expect(toEvent[0]).toEqual({ field: 'fields.cadence', reason: '按周期的义务不能改为事件触发' });
    expect(check('supervision-talk', { cadence: 'weekly' })[0]).toMatchObject({ field: 'fields.cadence', reason: expect.stringContaining('未知的周期') });
    expect(check('supervision-talk', { cadence: 'quarterly' })).toEqual([]);
  });
});

describe('validateCycleSettings', () => {
  it('names each bad setting', () => {
    expect(validateCycleSettings({ packId: 'anhui-2022', dueDateMode: 'next_working_day', leadTime: 'P7D', termStartYear: 2026 })).toEqual([]);
    expect(validateCycleSettings({ packId: null, dueDateMode: null })).toEqual([]);
    expect(validateCycleSettings({ packId: 'mars-2030', dueDateMode: 'whenever', leadTime: '7 days', termStartYear: 1999 }).map((p) => p.field)).toEqual([
      'packId',
      'dueDateMode',
      'leadTime',
      'termStartYear',
    ]);
    expect(validateCycleSettings({ leadTime: 'P99999999999Y' })).toEqual([{ field: 'leadTime', reason: '时长过长：P99999999999Y（最长 P10Y，即 10 年）' }]);
  });
});
