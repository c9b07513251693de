import type { EffectiveConfiguration } from './config-views';
import { dueRuleText, durationText, effectiveRows, fieldValueText, isIsoDuration, settingSourceText, valueSourceText } from './config-text';

describe('configuration in Chinese', () => {
  it('reads ISO durations', () => {
    expect(durationText('P7D')).toBe('7 天');
    expect(durationText('P1M15D')).toBe('1 个月 15 天');
    expect(durationText('PT12H')).toBe('12 小时');
    expect(durationText('P0D')).toBe('0 天');
    expect(durationText('七天')).toBe('七天');
    expect(durationText(null)).toBe('—');
    expect(isIsoDuration('P')).toBe(false);
    expect(isIsoDuration('PT')).toBe(false);
    expect(isIsoDuration('P2W')).toBe(true);
  });

  it('reads due rules and values', () => {
    expect(dueRuleText({ kind: 'months_into_period', months: 3 })).toBe('周期开始后 3 个月内');
    expect(dueRuleText({ kind: 'after_period_end', within: 'P1M' })).toBe('周期结束后 1 个月内');
    expect(fieldValueText('reminderOffsets', ['P30D', 'P7D'])).toBe('截止前 30 天、7 天');
    expect(fieldValueText('overdueReminderInterval', null)).toBe('不提醒');
    expect(fieldValueText('enabled', false)).toBe('停用');
    expect(fieldValueText('cadence', 'half_yearly')).toBe('每半年');
    expect(fieldValueText('escalation', [{ after: 'P7D', notify: ['parent:principal', 'parent:discipline_secretary'] }, { notify: ['stationed_group'] }])).toBe(
      '第1级（7 天后）：上级一把手、上级纪委书记；第2级：派驻纪检监察组',
    );
    expect(fieldValueText('escalation', undefined)).toBe('默认“一级抓一级”');
  });

  it('says where values come from', () => {
    expect(valueSourceText({ kind: 'inherited_override', organizationId: 'x', organizationName: '市委', reason: 'r' })).toBe('上级“市委”的覆盖');
    expect(valueSourceText({ kind: 'pack', packId: 'central-2021', version: '1.0.0' })).toBe('策略包 central-2021（1.0.0）');
    expect(settingSourceText({ kind: 'inherited', organizationId: 'x', organizationName: '省委' })).toBe('沿用上级“省委”');
    expect(settingSourceText({ kind: 'default', note: '' })).toBe('产品默认');
  });

  it('turns the effective configuration into rows, one per obligation with its fields', () => {
    const config = {
      organizationId: 'o',
      pack: { id: 'central-2021', version: '1.0.0', title: '规定', source: { kind: 'own', organizationId: 'o', organizationName: '市委' } },
      obligations: [
        {
          templateId: 'supervision-talk',
          title: '监督谈话',
          kind: 'talk',
          responsible: '上级“一把手”',
          counterpart: '每位下级“一把手”',
          trigger: null,
          enabled: true,
          cadenceLabel: '每年',
          defaulted: null,
          citation: '《规定》第十条',
          fields: {
            minPerPeriod: { label: '每周期最少次数', value: 2, source: { kind: 'own_override', organizationId: 'o', organizationName: '市委', reason: '市委决定每年两次' } },
            gracePeriod: { label: '宽限期', value: 'P7D', source: { kind: 'default', note: '产品默认值（文件未作规定）' } },
            cadence: { label: '周期', value: 'yearly', source: { kind: 'pack', packId: 'central-2021', version: '1.0.0' } },
          },
        },
      ],
    } as unknown as EffectiveConfiguration;
    const [row] = effectiveRows(config);
    expect(row).toMatchObject({ templateId: 'supervision-talk', overridden: 1, enabled: true });
    expect(row.fields).toEqual([
      { key: 'supervision-talk:minPerPeriod', field: 'minPerPeriod', label: '每周期最少次数', value: '2 次', source: '本组织的覆盖', sourceKind: 'own_override', note: '市委决定每年两次' },
      { key: 'supervision-talk:gracePeriod', field: 'gracePeriod', label: '宽限期', value: '7 天', source: '产品默认', sourceKind: 'default', note: '产品默认值（文件未作规定）' },
      { key: 'supervision-talk:cadence', field: 'cadence', label: '周期', value: '每年', source: '策略包 central-2021（1.0.0）', sourceKind: 'pack', note: null },
    ]);
  });
});
