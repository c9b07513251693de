import type { Browser } from 'playwright-core';
import { calendarDate } from '@duban/domain';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';
import { consoleUrl, launchBrowser, logInThroughPage, newContext, PHONE, Screenshots, scrollsSideways } from './support/browser';

const QUIET = { reminderOffsets: [], acknowledgeReminderInterval: null, overdueReminderInterval: null } as const;

/**
 * 履责记实: the leader's own ledger (我的履责记实) with its downloads, the 述责述廉 draft on the duty's page, and a
 * supervisor choosing an organization's team — on a desktop and on a 375 px phone.
 */
describe('browser: 履责记实台账 (Chromium, API + console, worker, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest();
  const shots = new Screenshots('ledger-pages');
  let tree: HttpTree;
  let browser: Browser;
  let statementId: string;
  let year: number;

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), sut.start()]);
    tree = await buildTreeOverHttp(sut.api, 'bledger', { pack: 'anhui-2022' });
    const dueAt = new Date(Date.now() + 86_400_000).toISOString();
    const talks = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt, policy: QUIET });
    expect(talks.status).toBe(201);
    year = Number(talks.body.duties[0].dueDate.slice(0, 4));
    const m = await sut.as(tree.people.m.id);
    const talkA = talks.body.duties.find((d: any) => d.counterpart.id === tree.people.a.id).id;
    expect((await m.post(`/duties/${talkA}/completion`, { heldOn: calendarDate(new Date()), note: '与甲区委书记开展年度监督谈话' })).status).toBe(200);
    const statement = await issueOverHttp(sut.api, tree.orgs.mid, { templateId: 'accountability-statement', dueAt, policy: QUIET });
    statementId = statement.body.duties[0].id;
  });
  afterAll(async () => {
    await browser?.close();
    await sut.stop();
  });

  it('the leader reads their ledger, downloads it, and gets the 述责述廉 draft from the duty', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(consoleUrl(sut, 'my-duties'));
    await logInThroughPage(page, sut, tree.people.m.id);
    await page.getByRole('menuitem', { name: /我的履责记实/ }).click();
    await page.getByText('与甲区委书记开展年度监督谈话', { exact: false }).waitFor();
    // 3 duties: two talks (one done) and the 述责述廉.
    await page.locator('[data-summary=duties] .ant-statistic-content-value').getByText('3').waitFor();
    await page.locator('[data-summary=completed] .ant-statistic-content-value').getByText('1').waitFor();
    await shots.take(page, 'my-ledger');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载 Excel/ }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`履责记实台账-市委书记-${year}.xlsx`);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载 PDF 台账/ }).click()]);
    expect(pdf.suggestedFilename()).toBe(`履责记实台账-市委书记-${year}.pdf`);

    await page.goto(consoleUrl(sut, `duties/${statementId}`));
    await page.getByText('初稿根据本人该年度的履责记实台账生成').waitFor();
    await shots.take(page, 'statement-duty');
    const [draft] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载述责述廉报告初稿/ }).click()]);
    expect(draft.suggestedFilename()).toBe(`${year}年度述责述廉报告（初稿）-市委书记.docx`);
    await context.close();
  });

  it('a supervisor picks an organization’s team and a year', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(consoleUrl(sut, 'ledgers'));
    await logInThroughPage(page, sut, tree.people.mj.id);
    // The organization the 纪委书记 supervises opens by default.
    await page.getByText('市委书记').first().waitFor();
    await page.getByText('市委组织部长').first().waitFor();
    await shots.take(page, 'team-ledger');
    await context.close();
  });

  it('on a 375 px phone, the ledger and the draft card fit the screen (no sideways scrolling)', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(consoleUrl(sut, 'my-ledger'));
    await logInThroughPage(page, sut, tree.people.m.id);
    await page.getByText('与甲区委书记开展年度监督谈话', { exact: false }).waitFor();
    await shots.take(page, 'phone-my-ledger');
    expect({ page: 'my-ledger', ...(await scrollsSideways(page)) }).toMatchObject({ sideways: false });

    await page.goto(consoleUrl(sut, `duties/${statementId}`));
    await page.getByRole('button', { name: /下载述责述廉报告初稿/ }).waitFor();
    await shots.take(page, 'phone-statement-duty');
    expect({ page: 'statement-duty', ...(await scrollsSideways(page)) }).toMatchObject({ sideways: false });

    const supervisor = await newContext(browser, PHONE);
    const other = await supervisor.newPage();
    await other.goto(consoleUrl(sut, 'ledgers'));
    await logInThroughPage(other, sut, tree.people.mj.id);
    await other.getByText('市委组织部长').first().waitFor();
    await shots.take(other, 'phone-team-ledger');
    expect({ page: 'ledgers', ...(await scrollsSideways(other)) }).toMatchObject({ sideways: false });
    await Promise.all([context.close(), supervisor.close()]);
  });
});
