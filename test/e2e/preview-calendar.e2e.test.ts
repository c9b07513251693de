import { runPreviewCommand } from '@duban/api/preview/preview-command';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

/** A 2027 arrangement as an administrator would type it from the State Council notice (the built-in data ends with 2026). */
const YEAR_2027 = {
  daysOff: [
    ...['01-01', '01-02', '01-03'].map((d) => ({ date: `2027-${d}`, name: '元旦' })),
    ...['02-06', '02-07', '02-08', '02-09', '02-10', '02-11', '02-12'].map((d) => ({ date: `2027-${d}`, name: '春节' })),
    ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07'].map((d) => ({ date: `2027-${d}`, name: '国庆节' })),
  ],
  makeUpWorkdays: ['2027-01-31', '2027-02-20', '2027-09-26', '2027-10-09'],
  source: '测试用：2027 年部分节假日安排',
};

/** A file download over plain HTTP, as the system administrator (the token of `sut.api`). */
async function download(url: string, token: string | undefined) {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** Calendar administration and the year's duty preview (JSON, CSV, Excel, command line) on real Postgres. */
describe('calendar years and the duty preview (API, Postgres)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let base: string;

  beforeAll(async () => {
    await sut.start();
    base = sut.api.baseUrl;
    tree = await buildTreeOverHttp(sut.api, 'preview');
    // 省委 follows the Changzhou pack and counts working days; 市委 and below inherit both.
    const settings = await sut.api.put(`/organizations/${tree.orgs.top}/cycle-settings`, { packId: 'czu-2022', dueDateMode: 'next_working_day' });
    expect(settings.status).toBe(200);
  });
  afterAll(() => sut.stop());

  describe('calendar', () => {
    it('lists the built-in years with their source, and shows one in full', async () => {
      const years = await sut.api.get('/calendar/years');
      expect(years.status).toBe(200);
      expect(years.body.map((y: any) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
      expect(years.body[5]).toMatchObject({ year: 2025, origin: 'built_in', originLabel: expect.stringContaining('内置'), source: expect.stringContaining('国办发明电') });
      const y2025 = await sut.api.get('/calendar/years/2025');
      expect(y2025.body.daysOff).toContainEqual({ date: '2025-10-01', name: '国庆节' });
      expect(y2025.body.makeUpWorkdays).toContain('2025-09-28');
      expect((await sut.api.get('/calendar/years/2027')).status).toBe(404);
      expect((await sut.api.get('/calendar/years/20x7')).body.details).toEqual([{ field: 'year', reason: expect.stringContaining('整数年份') }]);
    });

    it('tells whether a day is a working day, its holiday and the next working day', async () => {
      expect((await sut.api.get('/calendar/working-day?date=2025-10-01')).body).toMatchObject({
        date: '2025-10-01',
        workingDay: false,
        holidayName: '国庆节',
        nextWorkingDay: '2025-10-09',
        yearInCalendar: true,
      });
      expect((await sut.api.get('/calendar/working-day?date=2025-09-28')).body).toMatchObject({ workingDay: true, makeUpWorkday: true, weekday: '星期日', nextWorkingDay: '2025-09-28' });
      const unknown = (await sut.api.get('/calendar/working-day?date=2027-01-31')).body;
      expect(unknown).toMatchObject({ workingDay: false, nextWorkingDay: '2027-02-01', yearInCalendar: false, note: expect.stringContaining('PUT /calendar/years/2027') });
      expect((await sut.api.get('/calendar/working-day?date=2025-13-01')).body.details).toEqual([{ field: 'date', reason: expect.any(String) }]);
      expect((await sut.api.get('/calendar/working-day')).status).toBe(400);
    });

    it('refuses a year with mistakes, naming the field and the reason', async () => {
      const weekday = await sut.api.put('/calendar/years/2027', { ...YEAR_2027, makeUpWorkdays: ['2027-02-03'] });
      expect(weekday.status).toBe(400);
      expect(weekday.body.details).toEqual([{ field: 'makeUpWorkdays[0]', reason: '2027-02-03 不是周六或周日，本来就是工作日，无需调休上班' }]);
      const otherYear = await sut.api.put('/calendar/years/2027', { ...YEAR_2027, daysOff: [{ date: '2026-10-01', name: '国庆节' }] });
      expect(otherYear.body.details).toEqual([{ field: 'daysOff[0].date', reason: '日期不在 2027 年内' }]);
      expect((await sut.api.put('/calendar/years/2027', { ...YEAR_2027, year: 2028 })).body.details).toEqual([{ field: 'year', reason: '与路径中的年份 2027 不一致' }]);
      expect((await sut.api.put('/calendar/years/2027', { daysOff: [], makeUpWorkdays: [] })).body.details[0].field).toBe('source');
      expect((await sut.api.get('/calendar/years/2027')).status).toBe(404);
    });
  });

  describe('preview', () => {
    const url = (org: string, query = 'year=2027') => `/organizations/${org}/preview?${query}`;

    it('lists every duty of the subtree for the year, with names, periods, due dates and citations, starting nothing', async () => {
      const res = await sut.api.get(url(tree.orgs.mid));
      expect(res.status).toBe(200);
      const preview = res.body;
      expect(preview.organization).toMatchObject({ id: tree.orgs.mid, name: '中共某市委' });
      expect(preview.organizations.map((o: any) => [o.name, o.packId, o.dueDateMode, o.packSource.kind])).toEqual([
        ['中共某市委', 'czu-2022', 'next_working_day', 'inherited'],
        ['中共甲区委', 'czu-2022', 'next_working_day', 'inherited'],
        ['中共乙县委', 'czu-2022', 'next_working_day', 'inherited'],
      ]);
      const talks = preview.duties.filter((d: any) => d.obligationId === 'supervision-talk');
      expect(talks.map((d: any) => [d.responsible.name, d.responsible.roleLabel, d.counterpart.name, d.counterpartOrganization.name, d.dueDate])).toEqual([
        ['市委书记', '一把手', '甲区委书记', '中共甲区委', '2027-12-31'],
        ['市委书记', '一把手', '乙县委书记', '中共乙县委', '2027-12-31'],
      ]);
      expect(talks[0]).toMatchObject({ period: { key: '2027', label: '2027年度', cadenceLabel: '每年' }, citation: expect.stringContaining('第 6 项'), defaulted: expect.stringContaining('定期') });
      // 2027-01-31 is a Sunday and 2027 is not in the calendar: moved to Monday over the weekend only, with a warning
      const plans = preview.duties.filter((d: any) => d.obligationId === 'annual-plan');
      expect(plans.map((d: any) => [d.organization.name, d.dueDate, d.movedFrom])).toEqual([
        ['中共某市委', '2027-02-01', '2027-01-31'],
        ['中共甲区委', '2027-02-01', '2027-01-31'],
        ['中共乙县委', '2027-02-01', '2027-01-31'],
      ]);
      expect(preview.calendar.yearKnown).toBe(false);
      expect(preview.warnings[0]).toContain('2027 年不在节假日日历中');
      expect(preview.warnings[0]).toContain('只避开周六、周日');
      // 甲区委 has no 纪委书记 or 组织部长: those duties are listed as not generated
      expect(preview.skipped).toContainEqual({ organizationId: tree.orgs.a, organizationName: '中共甲区委', reason: expect.stringContaining('中共甲区委未设纪委书记职位') });
      expect(preview.withoutPack).toEqual([]);
      // nothing was created
      expect((await sut.api.get(`/duties?organizationId=${tree.orgs.mid}`)).body.total).toBe(0);
    });

    it('names the organizations no pack applies to', async () => {
      const lonely = (await sut.api.post('/organizations', { name: '中共某独立党委', code: 'preview-lonely' })).body;
      const res = await sut.api.get(url(lonely.id));
      expect(res.body).toMatchObject({ organizations: [], duties: [], withoutPack: [{ id: lonely.id, name: '中共某独立党委' }] });
      expect(res.body.warnings.join()).toContain('未选择策略包');
    });

    it('refuses a bad year or format with the field, and an unknown organization with 404', async () => {
      for (const query of ['year=20x7', 'year=1999', 'year=2027.5']) {
        const res = await sut.api.get(url(tree.orgs.mid, query));
        expect([res.status, res.body.details[0].field]).toEqual([400, 'year']);
      }
      const format = await sut.api.get(url(tree.orgs.mid, 'year=2027&format=pdf'));
      expect([format.status, format.body.details[0].field]).toEqual([400, 'format']);
      expect((await sut.api.get(url('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
      expect((await sut.api.get(url('not-a-uuid'))).body.details).toEqual([{ field: 'organizationId', reason: '应为 UUID' }]);
    });

    it('downloads as CSV with a BOM and a UTF-8 file name; it parses back to the same duties', async () => {
      const json = (await sut.api.get(url(tree.orgs.mid))).body;
      const res = await download(`${base}/organizations/${tree.orgs.mid}/preview.csv?year=2027`, sut.api.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="duban-preview-2027.csv"; filename*=UTF-8''${encodeURIComponent('督办事项预览-中共某市委-2027.csv')}`,
      );
      expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parse(res.body, { bom: true, relax_column_count: true, skip_empty_lines: true });
      expect(rows[0].slice(0, 6)).toEqual(['截止日期', '原截止日期（顺延前）', '组织', '义务', '事项', '责任人']);
      const dutyRows = rows.slice(1).filter((r) => !r[0].startsWith('【'));
      expect(dutyRows).toHaveLength(json.duties.length);
      const header = rows[0];
      const talk = dutyRows.find((r) => r[header.indexOf('义务编号')] === 'supervision-talk' && r[header.indexOf('对象')] === '甲区委书记')!;
      expect(talk[header.indexOf('责任人')]).toBe('市委书记');
      expect(talk[header.indexOf('出处')]).toContain('常州工学院');
      expect(talk[header.indexOf('次数或周期为产品默认')]).toBe('是');
      const plan = dutyRows.find((r) => r[header.indexOf('义务编号')] === 'annual-plan')!;
      expect([plan[0], plan[1]]).toEqual(['2027-02-01', '2027-01-31']);
      expect(rows.some((r) => r[0] === '【注意】' && r[1].includes('2027 年不在节假日日历中'))).toBe(true);
      expect(rows.some((r) => r[0] === '【未生成】' && r[1].includes('未设纪委书记职位'))).toBe(true);
      // the same file through ?format=csv
      expect((await download(`${base}${url(tree.orgs.mid, 'year=2027&format=csv')}`, sut.api.token)).body.length).toBe(res.body.length);
    });

    it('downloads as Excel: Chinese headers, frozen header row, column widths, a notes sheet', async () => {
      const json = (await sut.api.get(url(tree.orgs.mid))).body;
      const res = await download(`${base}${url(tree.orgs.mid, 'year=2027&format=xlsx')}`, sut.api.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('督办事项预览-中共某市委-2027.xlsx')}`);
      const workbook = new Workbook();
      await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['事项', '说明', '未生成']);
      const sheet = workbook.getWorksheet('事项')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('截止日期');
      expect(sheet.getRow(1).getCell(3).value).toBe('组织');
      expect(sheet.rowCount).toBe(json.duties.length + 1);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(15).width).toBe(60);
      expect(sheet.getRow(2).getCell(1).value).toBe(json.duties[0].dueDate);
      const notes = workbook.getWorksheet('说明')!;
      const noteTexts = notes.getColumn(2).values.map(String);
      expect(noteTexts.some((t) => t.includes('2027 年不在节假日日历中'))).toBe(true);
      expect(workbook.getWorksheet('未生成')!.rowCount).toBe(json.skipped.length + 1);
    });

    it('the command line writes the same preview, by organization code', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'duban-preview-'));
      const out = join(dir, 'preview.csv');
      const written: string[] = [];
      const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => (written.push(String(chunk)), true));
      try {
        await runPreviewCommand(sut.config, ['--organization', 'preview-mid', '--year', '2027', '--out', out]);
        await runPreviewCommand(sut.config, ['--organization', 'preview-mid', '--year=2027', '--format', 'table']);
      } finally {
        spy.mockRestore();
      }
      const json = (await sut.api.get(url(tree.orgs.mid))).body;
      const rows: string[][] = parse(readFileSync(out), { bom: true, relax_column_count: true, skip_empty_lines: true });
      expect(rows.slice(1).filter((r) => !r[0].startsWith('【'))).toHaveLength(json.duties.length);
      expect(written.join('')).toContain(`已写入 ${out}`);
      expect(written.join('')).toContain(`中共某市委及其下级 2027 年事项预览：${json.duties.length} 项`);
      await expect(runPreviewCommand(sut.config, ['--organization', 'nowhere'])).rejects.toThrow('组织不存在：nowhere');
      await expect(runPreviewCommand(sut.config, ['--organization', 'preview-mid', '--year', '27'])).rejects.toThrow('--year');
    });
  });

  it('a supplied 2027 calendar is used at once: working days and preview due dates follow it', async () => {
    const put = await sut.api.put('/calendar/years/2027', YEAR_2027);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2027, origin: 'supplied', source: YEAR_2027.source });
    expect((await sut.api.get('/calendar/years')).body.at(-1)).toMatchObject({ year: 2027, origin: 'supplied', daysOff: 17, makeUpWorkdays: 4, replacesBuiltIn: false });

    expect((await sut.api.get('/calendar/working-day?date=2027-01-31')).body).toMatchObject({ workingDay: true, makeUpWorkday: true, yearInCalendar: true, note: null });
    expect((await sut.api.get('/calendar/working-day?date=2027-02-08')).body).toMatchObject({ workingDay: false, holidayName: '春节', nextWorkingDay: '2027-02-15' });

    // 2027-01-31 is now a make-up working day: the annual plan stays due that Sunday, and the calendar warning is gone
    const preview = (await sut.api.get(`/organizations/${tree.orgs.mid}/preview?year=2027`)).body;
    expect(preview.calendar.yearKnown).toBe(true);
    expect(preview.duties.filter((d: any) => d.obligationId === 'annual-plan').map((d: any) => [d.dueDate, d.movedFrom])).toEqual([
      ['2027-01-31', null],
      ['2027-01-31', null],
      ['2027-01-31', null],
    ]);
    expect(preview.warnings.join()).not.toContain('节假日日历');

    // replacing the year works the other way round
    const replaced = await sut.api.put('/calendar/years/2027', { ...YEAR_2027, makeUpWorkdays: ['2027-02-20'] });
    expect(replaced.body.makeUpWorkdays).toEqual(['2027-02-20']);
    const again = (await sut.api.get(`/organizations/${tree.orgs.mid}/preview?year=2027`)).body;
    expect(again.duties.find((d: any) => d.obligationId === 'annual-plan')).toMatchObject({ dueDate: '2027-02-01', movedFrom: '2027-01-31' });
  });
});
