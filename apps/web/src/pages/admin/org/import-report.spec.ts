import { countsSummary, importCounts, importProblems, xlsxProblem } from './import-report';

describe('importProblems: the validation report', () => {
  it('lists every problem with its sheet, row and column, in workbook order', () => {
    const body = {
      statusCode: 400,
      code: 'IMPORT_INVALID',
      message: '导入文件有误',
      details: [
        { sheet: '组织', row: 5, column: '上级组织代码', field: 'parentCode', reason: '找不到该组织代码' },
        { sheet: '人员', row: 2, column: '邮箱', field: 'email', reason: '邮箱格式不正确' },
        { sheet: '组织', row: 3, column: '组织名称', field: 'name', reason: '不能为空' },
      ],
    };
    expect(importProblems(body)).toEqual([
      { key: '2', sheet: '组织', row: 3, column: '组织名称', field: 'name', reason: '不能为空' },
      { key: '0', sheet: '组织', row: 5, column: '上级组织代码', field: 'parentCode', reason: '找不到该组织代码' },
      { key: '1', sheet: '人员', row: 2, column: '邮箱', field: 'email', reason: '邮箱格式不正确' },
    ]);
  });

  it('a refused file names only the field', () => {
    expect(importProblems({ code: 'VALIDATION_FAILED', details: [{ field: 'file', reason: '不是 Excel 文件（.xlsx）' }] })).toEqual([
      { key: '0', sheet: '', row: 0, column: '', field: 'file', reason: '不是 Excel 文件（.xlsx）' },
    ]);
  });

  it('nothing usable: no rows', () => {
    expect(importProblems(null)).toEqual([]);
    expect(importProblems('<html>')).toEqual([]);
    expect(importProblems({ details: [null, 'x', { sheet: '组织' }] })).toEqual([]);
  });
});

describe('the counts', () => {
  it('reads the 201 answer, 0 for what is missing', () => {
    expect(importCounts({ dryRun: true, created: { organizations: 3, positions: 6, holders: 4, people: 5 } })).toEqual({ organizations: 3, positions: 6, holders: 4, people: 5, logins: 0 });
    expect(importCounts({})).toEqual({ organizations: 0, positions: 0, holders: 0, people: 0, logins: 0 });
  });

  it('says what is not zero, in Chinese', () => {
    expect(countsSummary({ organizations: 3, positions: 6, holders: 0, people: 5, logins: 2 })).toBe('组织 3 个、职位 6 个、人员 5 个、登录账号 2 个');
    expect(countsSummary({ organizations: 0, positions: 0, holders: 0, people: 0, logins: 0 })).toBe('无');
  });
});

describe('xlsxProblem: checked before sending', () => {
  const max = 2 * 1024 * 1024;
  it('only .xlsx, not empty, within the limit', () => {
    expect(xlsxProblem({ name: '导入.XLSX', size: 100 }, max)).toBeNull();
    expect(xlsxProblem({ name: '导入.xls', size: 100 }, max)).toMatch(/\.xlsx/);
    expect(xlsxProblem({ name: 'a.xlsx', size: 0 }, max)).toBe('文件是空的');
    expect(xlsxProblem({ name: 'a.xlsx', size: max + 1 }, max)).toBe('文件超过 2 MB');
  });
});
