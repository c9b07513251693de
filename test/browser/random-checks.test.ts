import type { Browser, Page } from 'playwright-core';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';
import { consoleUrl, launchBrowser, logInThroughPage, newContext, PHONE, Screenshots, scrollsSideways } from './support/browser';

/**
 * 现场述责述廉安排 and 随机抽查 as an administrator of 市委 uses them (AH pack: 甲区委 and 乙县委 below): the year's
 * proposal confirmed with a meeting date; a draw made, re-run (复核) and voided; both pages at 375 px without
 * sideways scrolling.
 */
describe('browser: random checks with a recorded seed (Chromium, API + console, worker, Postgres)', () => {
  const sut = new SystemUnderTest();
  const shots = new Screenshots('random-checks');
  let tree: HttpTree;
  let browser: Browser;
  let admin: string;
  const year = new Date().getFullYear();

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), sut.start()]);
    tree = await buildTreeOverHttp(sut.api, 'bchecks', { pack: 'anhui-2022' });
    admin = (await sut.api.post<{ id: string }>('/people', { name: '市委管理员', email: 'admin.bchecks@e2e.duban.local', organizationId: tree.orgs.mid })).body.id;
    expect((await sut.api.post(`/organizations/${tree.orgs.mid}/administrators`, { personId: admin })).status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await sut.stop();
  });

  async function pickDate(page: Page, id: string, date: string) {
    await page.locator(`#${id}`).click();
    await page.locator(`#${id}`).fill(date);
    await page.locator(`#${id}`).press('Enter');
  }

  it('confirms the proposed presenters with a meeting date, then draws, re-runs and voids a spot check', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(consoleUrl(sut, `checks/live-statements?org=${tree.orgs.mid}`));
    await logInThroughPage(page, sut, admin);
    await page.getByText('本届覆盖情况').waitFor();
    // Two subordinate 一把手, five years: one this year, proposed and already in the list.
    await page.locator('.ant-select-selection-item').filter({ hasText: /书记/ }).first().waitFor();
    await pickDate(page, 'meetingDate', `${year}-12-20`);
    await page.getByRole('button', { name: '确认名单' }).click();
    await page.getByText(`已确认 · 会议 ${year}-12-20`).waitFor();
    await page.getByRole('cell', { name: `${year}-12-20` }).first().waitFor();
    await shots.take(page, 'live-statements-confirmed');
    const overview = (await sut.api.get<any>(`/organizations/${tree.orgs.mid}/live-statements?year=${year}`)).body;
    expect(overview.selection.presenters).toHaveLength(1);
    expect(overview.selection.duties.map((d: any) => d.dueDate)).toEqual([`${year}-12-20`]);

    await page.goto(consoleUrl(sut, `checks/spot-checks?org=${tree.orgs.mid}`));
    await page.locator('#kind').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '述责述廉抽查核实' }).click();
    await page.getByText('名单 2 人，将抽取 1 人').waitFor();
    await pickDate(page, 'dueDate', `${year}-12-30`);
    // Enter in the date field makes no draw: only the button does.
    expect((await sut.api.get<any>(`/organizations/${tree.orgs.mid}/spot-checks`)).body).toEqual([]);
    await page.getByRole('button', { name: '随机抽取' }).click();
    await page.getByText('种子').first().waitFor();
    // One valid draw of a kind a year: the form says so and offers no second one until it is voided.
    await page.getByText(/已有有效的同类抽查/).waitFor();
    expect(await page.getByRole('button', { name: '随机抽取' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '复核抽取结果' }).click();
    await page.getByText(/^复核一致/).waitFor();
    await shots.take(page, 'spot-check-verified');
    const [draw] = (await sut.api.get<any>(`/organizations/${tree.orgs.mid}/spot-checks`)).body;
    expect(draw.drawn).toHaveLength(1);
    expect(await page.getByText(draw.seed).count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: '作废本次抽查' }).click();
    await page.getByLabel('作废理由').fill('名单漏列新任人员');
    await page.getByRole('button', { name: '确认作废' }).click();
    await page.getByText(/作废：名单漏列新任人员/).waitFor();
    await shots.take(page, 'spot-check-voided');
    expect(await page.getByRole('button', { name: '随机抽取' }).isEnabled()).toBe(true);
    const voided = (await sut.api.get<any>(`/organizations/${tree.orgs.mid}/spot-checks/${draw.id}`)).body;
    expect(voided.voided.reason).toBe('名单漏列新任人员');
    expect(voided.duties.every((d: any) => d.status === 'cancelled')).toBe(true);
    await context.close();
  });

  it('both pages fit a 375 px screen', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(consoleUrl(sut, `checks/live-statements?org=${tree.orgs.mid}`));
    await logInThroughPage(page, sut, admin);
    await page.getByText('本届覆盖情况').waitFor();
    await shots.take(page, 'live-statements-375');
    expect(await scrollsSideways(page)).toMatchObject({ sideways: false });
    await page.goto(consoleUrl(sut, `checks/spot-checks?org=${tree.orgs.mid}`));
    await page.getByText('复核抽取结果').first().waitFor();
    await shots.take(page, 'spot-checks-375');
    expect(await scrollsSideways(page)).toMatchObject({ sideways: false });
    await context.close();
  });
});
