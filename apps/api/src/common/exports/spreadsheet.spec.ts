import { Workbook } from 'exceljs';
import { addSafeRow, csvFile, neutralizeFormula } from './spreadsheet';

describe('spreadsheet writer', () => {
  it.each(['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])('writes %j as text', (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    for (const value of ['张明', '中共某市委', 'a=b', '2026-12-31', '']) expect(neutralizeFormula(value)).toBe(value);
  });

  it('CSV: BOM, CRLF, every string cell neutralised, numbers untouched', () => {
    const text = csvFile([['姓名', '次数'], ['=cmd|"/c calc"!A1', -3]]).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe(`姓名,次数\r\n"'=cmd|""/c calc""!A1",-3\r\n`);
  });

  it('Excel: string cells neutralised', () => {
    const sheet = new Workbook().addWorksheet('x');
    const row = addSafeRow(sheet, ['@SUM(1)', '正常', 7]);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual(["'@SUM(1)", '正常', 7]);
  });
});
