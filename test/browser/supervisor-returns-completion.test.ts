import { calendarDate } from '@duban/domain';
import type { Browser } from 'playwright-core';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';
import { consoleUrl, launchBrowser, logInThroughPage, newContext, PHONE, Screenshots, scrollsSideways } from './support/browser';
import { completeWithEvidence } from '../support/evidence';

const QUIET = { reminderOffsets: [], acknowledgeReminderInterval: null, overdueReminderInterval: null, gracePeriod: 'P30D', approvalTimeout: 'P7D' };

/**
 * 市纪委书记 mj reviews, in 待我审批, the completion 市委书记 m recorded (with its note), and returns it as 走过场
 * with a reason and a new date; m sees it back in 我的待办 (on a phone) marked 被退回 with the reason, and on the
 * duty's page. mj then records the 评议 of m's 述责述廉 on its page.
 */
describe('browser: a supervisor returns a completion, the leader sees it back (Chromium, API + console, worker, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest();
  const shots = new Screenshots('supervisor-returns-completion');
  let tree: HttpTree;
  let browser: Browser;

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), sut.start()]);
    tree = await buildTreeOverHttp(sut.api, 'breview', { pack: 'central-2021' });
  });
  afterAll(async () => {
    await browser?.close();
    await sut.stop();
  });

  it('returns from 待我审批 with a reason and a new date; the leader sees 被退回 and the reason in 我的待办 and on the duty', async () => {
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 86_400_000).toISOString(), policy: QUIET });
    const duty = issued.body.duties.find((d: any) => d.counterpart.id === tree.people.a.id);
    const m = await sut.as(tree.people.m.id);
    expect((await m.post(`/duties/${duty.id}/completion`, { heldOn: calendarDate(new Date()), note: '电话沟通了一下' })).status).toBe(200);

    const supervisor = await (await newContext(browser)).newPage();
    await supervisor.goto(consoleUrl(sut, 'approvals'));
    await logInThroughPage(supervisor, sut, tree.people.mj.id);
    await supervisor.getByRole('tab', { name: /完成情况审核/ }).click();
    await supervisor.getByText('情况：电话沟通了一下').waitFor();
    await shots.take(supervisor, 'awaiting-review');
    await supervisor.getByRole('button', { name: /去审核/ }).click();
    const drawer = supervisor.getByRole('dialog');
    await drawer.getByText('完成情况审核').first().waitFor();
    await drawer.getByText('尚无证据材料').waitFor();
    await drawer.getByText('退回重办').click();
    const newDay = calendarDate(new Date(Date.now() + 10 * 86_400_000));
    const picker = drawer.getByLabel('新的截止日期');
    await picker.click();
    await picker.fill(newDay);
    await picker.press('Enter');
    await drawer.getByRole('textbox', { name: /退回理由/ }).fill('仅电话沟通，未按要求当面谈话，属于走过场');
    await shots.take(supervisor, 'return-drawer');
    await drawer.getByRole('button', { name: /提\s*交\s*审\s*核/ }).click();
    await supervisor.getByText(/已退回/).first().waitFor();
    await supervisor.getByText('没有待审核的完成情况').waitFor();
    await shots.take(supervisor, 'returned');

    const returned = (await m.get(`/duties/${duty.id}`)).body;
    expect(returned).toMatchObject({ status: 'pending', dueDate: newDay, reviewState: 'returned', returnCount: 1, returnReason: '仅电话沟通，未按要求当面谈话，属于走过场' });

    const phone = await (await newContext(browser, PHONE)).newPage();
    await phone.goto(consoleUrl(sut, 'my-duties'));
    await logInThroughPage(phone, sut, tree.people.m.id);
    await phone.getByText('被退回（第 1 次）：仅电话沟通，未按要求当面谈话，属于走过场').waitFor();
    await phone.getByText('被退回', { exact: true }).waitFor();
    await shots.take(phone, 'my-duties-returned');
    expect((await scrollsSideways(phone)).sideways).toBe(false);

    await phone.goto(consoleUrl(sut, `duties/${duty.id}`));
    await phone.getByText('退回理由：仅电话沟通，未按要求当面谈话，属于走过场').first().waitFor();
    await phone.getByText(/被退回的完成情况：电话沟通了一下/).waitFor();
    await shots.take(phone, 'duty-returned');
    expect((await scrollsSideways(phone)).sideways).toBe(false);
    await sut.smtp.waitFor((all) => all.some((mail) => mail.to.includes(tree.people.m.email) && mail.subject.startsWith('【完成情况被退回】')));
  });

  it('the supervisor records the 评议 of a 述责述廉 on its page', async () => {
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, { templateId: 'accountability-statement', dueAt: new Date(Date.now() + 86_400_000).toISOString(), policy: QUIET });
    const statement = issued.body.duties[0];
    const m = await sut.as(tree.people.m.id);
    expect((await completeWithEvidence(m, statement.id, { heldOn: calendarDate(new Date()), note: '已在常委会扩大会议上述责述廉' })).status).toBe(200);

    // On a phone, the completion awaits review in 待我审批 and its drawer fits the screen.
    const phone = await (await newContext(browser, PHONE)).newPage();
    await phone.goto(consoleUrl(sut, 'approvals?tab=reviews'));
    await logInThroughPage(phone, sut, tree.people.mj.id);
    await phone.getByText('情况：已在常委会扩大会议上述责述廉').waitFor();
    await shots.take(phone, 'phone-awaiting-review');
    expect((await scrollsSideways(phone)).sideways).toBe(false);
    await phone.getByRole('button', { name: /去审核/ }).click();
    await phone.getByRole('dialog').getByRole('button', { name: /提\s*交\s*审\s*核/ }).waitFor();
    // The drawer slides in: look once it covers the whole width.
    await eventually(async () => ((await phone.locator('.ant-drawer-content-wrapper').boundingBox())?.x === 0 ? true : undefined));
    await shots.take(phone, 'phone-review-drawer');
    expect((await scrollsSideways(phone)).sideways).toBe(false);

    const page = await (await newContext(browser)).newPage();
    await page.goto(consoleUrl(sut, `duties/${statement.id}`));
    await logInThroughPage(page, sut, tree.people.mj.id);
    await page.getByText(/依据：.*第（七）条/).waitFor();
    await page.getByText('较好', { exact: true }).click();
    await page.getByRole('textbox', { name: /评议意见/ }).fill('履责较好，对下级一把手监督还需加强');
    await shots.take(page, 'appraisal-form');
    await page.getByRole('button', { name: /记\s*录\s*评\s*议/ }).click();
    await page.getByText('已记录评议结果').waitFor();
    await page.getByText('评议等次：较好').waitFor();
    await shots.take(page, 'appraised');
    expect((await m.get(`/duties/${statement.id}`)).body.appraisal.result).toMatchObject({ grade: '较好', byPersonId: tree.people.mj.id });
  });
});
