import { auditExportPath, auditExportProblems } from './audit-form';

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
