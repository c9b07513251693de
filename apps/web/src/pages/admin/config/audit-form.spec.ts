import { actorLabel, auditExportPath, auditExportProblems, changedFields, tableLabel } from './audit-form';

describe('audit export form', () => {
  it('asks an organization of everyone but system administrators, and ordered days', () => {
    expect(auditExportProblems({}, false)).toEqual({ organizationId: '请选择组织（导出全部组织须系统管理员）', range: '请选择起止日期' });
    expect(auditExportProblems({ range: ['2026-12-01', '2026-01-01'] }, true)).toEqual({ range: '起始日期不能晚于截止日期' });
    expect(auditExportProblems({ range: ['2026-01-01', '2026-12-31'] }, true)).toEqual({});
  });

  it('builds the export address', () => {
    expect(auditExportPath({ range: ['2026-01-01', '2026-12-31'] })).toBe('/audit/export?from=2026-01-01&to=2026-12-31');
    expect(auditExportPath({ organizationId: 'o1', range: ['2026-01-01', '2026-01-31'] })).toBe('/audit/export?from=2026-01-01&to=2026-01-31&organizationId=o1');
  });
});

describe('audit entries in Chinese', () => {
  it('names tables and actors', () => {
    expect(tableLabel('obligation_overrides')).toBe('义务覆盖');
    expect(tableLabel('unknown_table')).toBe('unknown_table');
    expect(actorLabel({ actor: 'person:0b0e1234-aaaa', actorName: '张明' })).toBe('张明');
    expect(actorLabel({ actor: 'person:0b0e1234-aaaa', actorName: null })).toBe('人员 0b0e1234…');
    expect(actorLabel({ actor: 'system', actorName: null })).toBe('系统');
  });

  it('lists what an update changed', () => {
    expect(changedFields('{"name":"甲","code":"a","parent_id":null}', '{"name":"乙","code":"a","parent_id":"x"}')).toEqual(['name：甲 → 乙', 'parent_id：空 → x']);
    expect(changedFields('{"cycles_opened_through":null,"updated_at":"t1"}', '{"cycles_opened_through":"2026-12-31","updated_at":"t2"}')).toEqual(['cycles_opened_through：空 → 2026-12-31']);
    expect(changedFields(null, '{"name":"甲"}')).toEqual([]);
    expect(changedFields('not json', '{}')).toEqual([]);
  });
});
