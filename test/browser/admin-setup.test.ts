import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import { SystemUnderTest } from '../support/system-under-test';
import { consoleUrl, launchBrowser, logInThroughPage, newContext, Screenshots } from './support/browser';

/** The sheets as an administrator fills them from the downloaded template (headers of its first row). */
const HEADERS = {
  组织: ['组织代码', '组织名称', '上级组织代码'],
  职位: ['组织代码', '职位类型', '职务名称', '任职人邮箱'],
  人员: ['姓名', '邮箱', '登录名', '所在组织代码'],
};
type Sheets = Record<keyof typeof HEADERS, string[][]>;

async function workbook(sheets: Sheets): Promise<Buffer> {
  const wb = new Workbook();
  for (const [name, rows] of Object.entries(sheets) as [keyof typeof HEADERS, string[][]][]) {
    const ws = wb.addWorksheet(name);
    ws.addRow(HEADERS[name]);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readWorkbook(download: Download): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  return wb;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PACK = 'anhui-2022';
const OVERRIDE_REASON = '市委常委会决定：一把手每半年同班子成员谈心谈话一次';

/** 示范市委 (adm-root, created empty) ← 甲区委 ← 甲区某街道工委; 乙县委; the seats of 市委 itself; seven people. */
const GOOD: Sheets = {
  组织: [
    ['adm-a', '中共甲区委', ''],
    ['adm-a1', '中共甲区某街道工委', 'adm-a'],
    ['adm-b', '中共乙县委', 'adm-root'],
  ],
  职位: [
    ['adm-root', '一把手', '市委书记', 'wang@adm.example.gov.cn'],
    ['adm-root', '班子成员', '市委副书记', 'chen@adm.example.gov.cn'],
    ['adm-root', 'discipline_secretary', '市纪委书记', 'liu@adm.example.gov.cn'],
    ['adm-a', '一把手', '区委书记', 'zhao@adm.example.gov.cn'],
    ['adm-a', '班子成员', '区委副书记', 'qian@adm.example.gov.cn'],
    ['adm-a1', '一把手', '街道党工委书记', 'sun@adm.example.gov.cn'],
    ['adm-b', 'principal', '县委书记', 'li@adm.example.gov.cn'],
  ],
  人员: [
    ['王市', 'wang@adm.example.gov.cn', 'wangshi', ''],
    ['陈副', 'chen@adm.example.gov.cn', '', 'adm-root'],
    ['刘纪', 'liu@adm.example.gov.cn', 'liuji', ''],
    ['赵一', 'zhao@adm.example.gov.cn', 'zhaoyi', 'adm-a'],
    ['钱二', 'qian@adm.example.gov.cn', '', 'adm-a'],
    ['孙三', 'sun@adm.example.gov.cn', '', 'adm-a1'],
    ['李四', 'li@adm.example.gov.cn', 'lisi', 'adm-b'],
  ],
};
/** The same with one bad row: 乙县委 (组织 row 4) under a code that is nowhere. */
const ONE_BAD: Sheets = { ...GOOD, 组织: [...GOOD.组织.slice(0, 2), ['adm-b', '中共乙县委', 'adm-nowhere']] };

/**
 * An administrator of a new, empty 市委 sets it up in the browser: imports its tree from Excel (a bad row first, then
 * fixed), chooses its pack and overrides one obligation (seeing the 变更影响预览 each time), previews 2027 and exports
 * it to Excel, and switches the cycles on. Each step is checked through the API. The steps run in order on one page,
 * each building on the one before; screenshots under .data/screenshots/admin-setup/.
 */
describe('browser: an administrator sets up a tree from Excel, its pack, an override, the 2027 preview and the cycles (Chromium, API + console, Postgres)', () => {
  const sut = new SystemUnderTest();
  const shots = new Screenshots('admin-setup');
  let browser: Browser;
  let root: string;
  let adminId: string;
  let admin: ApiClient;

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), sut.start()]);
    root = (await sut.api.post('/organizations', { name: '中共示范市委', code: 'adm-root' })).body.id;
    adminId = (await sut.api.post('/people', { name: '市委管理员', email: 'admin@adm.browser.duban.local', organizationId: root })).body.id;
    expect((await sut.api.post(`/organizations/${root}/administrators`, { personId: adminId })).status).toBe(201);
    admin = await sut.as(adminId);
  });
  afterAll(async () => {
    await browser?.close();
    await sut.stop();
  });

  const treeOf = async () => {
    const res = await admin.get(`/organizations/${root}/tree`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const shape = (node: any): any => ({
    code: node.code,
    positions: node.positions.map((p: any) => `${p.title}:${p.holder?.name ?? '空缺'}`).sort(),
    children: node.children.map(shape),
  });

  /** Clicks `button` and returns the file the page hands to the browser. */
  async function downloadBy(page: Page, button: string): Promise<Download> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return download;
  }

  let page: Page;
  beforeAll(async () => {
    page = await (await newContext(browser)).newPage();
    page.setDefaultTimeout(20_000);
  });

  it('1. hands out the template; a sheet with one bad row imports nothing and the page names its row, column and reason', async () => {
    await page.goto(consoleUrl(sut, 'org/import'));
    await logInThroughPage(page, sut, adminId);
    await page.getByRole('button', { name: '下载导入模板' }).waitFor();
    const template = await downloadBy(page, '下载导入模板');
    expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
    expect((await readWorkbook(template)).worksheets.map((w) => w.name)).toEqual(['组织', '职位', '人员', '说明']);

    await page.locator('input[type="file"]').setInputFiles({ name: '示范市委组织.xlsx', mimeType: XLSX, buffer: await workbook(ONE_BAD) });
    await page.getByText('校验未通过：共 1 处问题，未导入任何内容').waitFor();
    const problem = page.locator('.ant-table-row').filter({ hasText: '上级组织代码' });
    expect((await problem.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['组织', '4', '上级组织代码', expect.stringContaining('未知的上级组织代码 adm-nowhere')]);
    expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await shots.take(page, 'import-refused');
    expect((await treeOf()).children).toEqual([]);
    expect((await admin.get('/people?q=adm.example')).body).toEqual([]);
  });

  it('2. imports the fixed sheet, shows the counts, and the tree is there', async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: '示范市委组织（已改）.xlsx', mimeType: XLSX, buffer: await workbook(GOOD) });
    await page.getByText('校验通过，将导入：').waitFor();
    await shots.take(page, 'import-checked');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('导入完成', { exact: true }).waitFor();
    // The counts as a row of labels over a row of figures.
    const [labels, figures] = (await page.locator('.ant-result .ant-descriptions').innerText()).split('\n').map((line) => line.trim().split(/\s+/));
    expect(Object.fromEntries(labels.map((label, i) => [label, Number(figures[i])]))).toEqual({ 组织: 3, 职位: 7, 任职人: 7, 人员: 7, 登录账号: 4 });
    await shots.take(page, 'import-done');
    expect(shape(await treeOf())).toEqual({
      code: 'adm-root',
      positions: ['市委书记:王市', '市纪委书记:刘纪', '市委副书记:陈副'].sort(),
      children: [
        { code: 'adm-a', positions: ['区委书记:赵一', '区委副书记:钱二'].sort(), children: [{ code: 'adm-a1', positions: ['街道党工委书记:孙三'], children: [] }] },
        { code: 'adm-b', positions: ['县委书记:李四'], children: [] },
      ],
    });
  });

  it('3. chooses the pack and overrides one obligation with a reason, seeing the 变更影响预览 before each save', async () => {
    const packTitle: string = (await admin.get(`/packs/${PACK}`)).body.title;
    await page.goto(consoleUrl(sut, `config/cycles?org=${root}`));
    await page.getByText('本组织及其上级均未选择策略包').first().waitFor();
    await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: '策略包（制度文件）' }) }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: packTitle }).click();
    await page.getByRole('button', { name: '保存设置' }).click();
    const impact = page.getByRole('dialog').filter({ hasText: '变更影响预览' });
    await impact.locator('.ant-statistic-title', { hasText: '新增' }).waitFor();
    await shots.take(page, 'pack-impact');
    await impact.getByRole('button', { name: '确认保存' }).click();
    await impact.waitFor({ state: 'hidden' });
    expect((await admin.get(`/organizations/${root}/cycle-settings`)).body.own.packId).toBe(PACK);

    // 同班子成员谈心谈话: twice a year instead of once.
    await page.getByRole('button', { name: '覆盖 同班子成员谈心谈话' }).click();
    const drawer = page.locator('.ant-drawer-content').filter({ hasText: '覆盖：同班子成员谈心谈话' });
    await drawer.getByRole('checkbox', { name: '每周期最少次数' }).check();
    await drawer.getByLabel('每周期最少次数的新值').fill('2');
    await drawer.getByLabel('覆盖理由').fill(OVERRIDE_REASON);
    await drawer.getByRole('button', { name: '预览影响并保存' }).click();
    await impact.locator('.ant-statistic-title', { hasText: '新增' }).waitFor();
    expect(Number(await impact.locator('.ant-statistic').filter({ hasText: '新增' }).locator('.ant-statistic-content-value').innerText())).toBeGreaterThan(0);
    await shots.take(page, 'override-impact');
    await impact.getByRole('button', { name: '确认保存' }).click();
    await page.getByRole('cell', { name: OVERRIDE_REASON }).waitFor();
    await shots.take(page, 'override-saved');
    const overrides = (await admin.get(`/organizations/${root}/overrides`)).body;
    expect(overrides).toEqual([expect.objectContaining({ templateId: 'team-talk', fields: { minPerPeriod: 2 }, reason: OVERRIDE_REASON, supersededAt: null })]);
  });

  it('4. previews 2027 on the calendar and in the table, and exports it to Excel', async () => {
    await page.goto(consoleUrl(sut, `config/preview?org=${root}`));
    const year = page.getByRole('spinbutton', { name: '预览年度' });
    await year.fill('2027');
    await year.blur();
    const summary = page.getByText(/^中共示范市委 及其下级 4 个组织，2027 年共 \d+ 项周期事项$/);
    await summary.waitFor();
    const api = (await admin.get(`/organizations/${root}/preview?year=2027`)).body;
    expect(await summary.innerText()).toContain(`共 ${api.duties.length} 项`);
    // The year's panel counts each month's duties; December (where the yearly duties fall due) opens with its days.
    const calendar = page.locator('.ant-picker-calendar');
    await calendar.locator('.ant-radio-button-wrapper', { hasText: '年' }).click();
    await calendar.locator('.ant-badge-count').first().waitFor();
    await shots.take(page, 'preview-year');
    await calendar.locator('.ant-picker-cell').filter({ hasText: '12月' }).click();
    await calendar.locator('.ant-picker-calendar-header').getByText('12月').waitFor();
    await calendar.locator('.ant-badge-status-text').first().waitFor();
    await shots.take(page, 'preview-december');
    await page.getByRole('tab', { name: '列表' }).click();
    await page.locator('.ant-tabs-tabpane-active .ant-table-row').first().waitFor();
    await shots.take(page, 'preview-table');

    const exported = await downloadBy(page, '导出 Excel');
    expect(exported.suggestedFilename()).toBe('督办事项预览-中共示范市委-2027.xlsx');
    const sheet = (await readWorkbook(exported)).getWorksheet('事项')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['截止日期', '原截止日期（顺延前）', '组织', '义务', '事项']);
    expect(sheet.rowCount).toBe(api.duties.length + 1);
    // The override shows: 王市 owes 同班子成员谈心谈话 with 陈副 twice in 2027.
    const rows = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1).map(String));
    const teamTalks = rows.filter((r) => r[2] === '中共示范市委' && r[3] === '同班子成员谈心谈话' && r[5] === '王市' && r[7] === '陈副');
    expect(teamTalks.map((r) => r[10])).toEqual(['1/2', '2/2']);
    expect(teamTalks[0][0]).toMatch(/^2027-\d{2}-\d{2}$/);
  });

  it('5. switches the cycles on for the tree', async () => {
    await page.goto(consoleUrl(sut, `config/cycles?org=${root}`));
    await page.getByRole('button', { name: '开启周期' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '开启周期' }).click();
    await page.getByText('已开启', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: '停止周期' }).waitFor();
    await shots.take(page, 'cycles-on');
    const cycles = (await admin.get(`/organizations/${root}/cycles`)).body;
    expect(cycles).toMatchObject({ enabled: true });
  });
});
