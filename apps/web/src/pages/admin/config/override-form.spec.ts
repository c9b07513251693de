import type { EffectiveObligation, OverrideRecord } from './config-views';
import { activeOverride, overrideBody, overrideFields, overrideFormField, overrideProblems, overrideValues } from './override-form';

const pack = { kind: 'pack', packId: 'central-2021', version: '1.0.0' } as const;
const def = { kind: 'default', note: '产品默认值' } as const;
const obligation = {
  templateId: 'supervision-talk',
  title: '监督谈话',
  fields: {
    enabled: { label: '是否启用', value: true, source: def },
    cadence: { label: '周期', value: 'yearly', source: pack },
    minPerPeriod: { label: '每周期最少次数', value: 1, source: pack },
    dueRule: { label: '截止规则', value: { kind: 'end_of_period' }, source: pack },
    reminderOffsets: { label: '提前提醒', value: ['P30D', 'P7D'], source: def },
    gracePeriod: { label: '宽限期', value: 'P7D', source: def },
    approvalTimeout: { label: '审批时限', value: 'P3D', source: def },
    overdueReminderInterval: { label: '逾期催办间隔', value: null, source: def },
    acknowledgeReminderInterval: { label: '签收提醒间隔', value: 'P2D', source: def },
    warningWindow: { label: '黄色预警窗口', value: 'P14D', source: def },
    escalation: { label: '升级链', source: def },
  },
} as unknown as EffectiveObligation;

const record = (fields: Record<string, unknown>, supersededAt: string | null = null): OverrideRecord => ({
  id: 'o1',
  organizationId: 'org',
  templateId: 'supervision-talk',
  fields,
  reason: '学校党委决定',
  appliedToOpenDuties: false,
  createdByPersonId: null,
  createdAt: '2026-11-01T00:00:00Z',
  supersededAt,
});

describe('override form', () => {
  it('finds the override in force, not a superseded one', () => {
    const old = { ...record({ minPerPeriod: 3 }, '2026-11-02T00:00:00Z'), id: 'old' };
    const current = record({ minPerPeriod: 2 });
    expect(activeOverride([old, current], 'supervision-talk')?.id).toBe('o1');
    expect(activeOverride([old], 'supervision-talk')).toBeUndefined();
  });

  it('starts from the values in force, ticking the organization\'s own overridden fields', () => {
    const values = overrideValues(obligation, record({ minPerPeriod: 2, escalation: [{ notify: ['parent:principal'] }] }));
    expect(values.use).toEqual({ minPerPeriod: true, escalation: true });
    expect(values.fields.dueRule).toEqual({ kind: 'end_of_period', months: undefined, within: undefined });
    expect(values.fields.overdueReminderInterval).toBe('');
    expect(values.fields.escalation).toEqual([{ notify: ['parent:principal'] }]);
  });

  it('sends only the ticked fields, normalized; the escalation ladder is carried over', () => {
    const values = overrideValues(obligation, record({ escalation: [{ notify: ['parent:principal'] }] }));
    values.use = { ...values.use, minPerPeriod: true, dueRule: true, gracePeriod: true, overdueReminderInterval: true };
    values.fields = { ...values.fields, minPerPeriod: 2, dueRule: { kind: 'after_period_end', months: 3, within: 'p1m' }, gracePeriod: ' p10d ', overdueReminderInterval: '' };
    values.reason = '  学校党委决定每半年一次 ';
    expect(overrideBody(values)).toEqual({
      fields: { minPerPeriod: 2, dueRule: { kind: 'after_period_end', within: 'P1M' }, gracePeriod: 'P10D', overdueReminderInterval: null, escalation: [{ notify: ['parent:principal'] }] },
      reason: '学校党委决定每半年一次',
      applyToOpenDuties: false,
    });
  });

  it('nothing ticked revokes the override', () => {
    expect(overrideFields(overrideValues(obligation, undefined))).toEqual({});
  });

  it('names the problems by the API\'s field names', () => {
    const values = overrideValues(obligation, undefined);
    values.use = { gracePeriod: true, minPerPeriod: true, reminderOffsets: true, dueRule: true };
    values.fields = { ...values.fields, gracePeriod: '7天', minPerPeriod: 0, reminderOffsets: ['P7D', 'x'], dueRule: { kind: 'months_into_period' } };
    expect(overrideProblems(values)).toEqual({
      reason: '请说明覆盖（或撤销覆盖）的理由',
      'fields.gracePeriod': '应为 ISO-8601 时长，如 P7D（7 天）',
      'fields.minPerPeriod': '应为 1 至 366 的整数',
      'fields.reminderOffsets': '每一项都应为 ISO-8601 时长，如 P30D、P7D',
      'fields.dueRule.months': '请填写周期开始后的月数（正整数）',
    });
    values.fields = { ...values.fields, gracePeriod: 'P7D', minPerPeriod: 2, reminderOffsets: ['P7D'], dueRule: { kind: 'months_into_period', months: 3 } };
    values.reason = '理由';
    expect(overrideProblems(values)).toEqual({});
  });

  it('maps the API\'s and the change preview\'s field names onto the form\'s', () => {
    expect(overrideFormField('change.fields.minPerPeriod')).toBe('fields.minPerPeriod');
    expect(overrideFormField('change.fields.dueRule.months')).toBe('fields.dueRule.months');
    expect(overrideFormField('fields.dueRule')).toBe('fields.dueRule.kind');
    expect(overrideFormField('reason')).toBe('reason');
  });
});
