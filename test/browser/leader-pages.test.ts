import type { Browser } from 'playwright-core';
import { EVIDENCE_PDF } from '../support/evidence';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { ReceivedMail } from '../support/smtp-receiver';
import { SystemUnderTest } from '../support/system-under-test';
import { consoleUrl, launchBrowser, logInThroughPage, newContext, PHONE, Screenshots, scrollsSideways } from './support/browser';

/**
 * A leader follows the link of the email that asks them to sign for a duty (PUBLIC_URL is the system's own
 * address), logs in, lands on the duty, signs for it, is told what its template asks (报备材料) and cannot record it
 * done without it, uploads an evidence PDF and records it done: the overdue reminders, arriving every few seconds
 * until then, stop.
 */
describe('browser: the leader pages (Chromium, API + console, worker, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest();
  const shots = new Screenshots('leader-pages');
  let tree: HttpTree;
  let browser: Browser;

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), sut.start()]);
    tree = await buildTreeOverHttp(sut.api, 'bleader', { pack: 'anhui-2022' });
  });
  afterAll(async () => {
    await browser?.close();
    await sut.stop();
  });

  const forDuty = (dutyId: string) => (m: ReceivedMail) => m.to.includes(tree.people.m.email) && m.text.includes(`/console/duties/${dutyId}`);

  it('opens the link, logs in, signs, uploads evidence and completes; the reminders stop', async () => {
    // Overdue in 2 s, a reminder every 2 s after that, no escalation before the test is over.
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, {
      templateId: 'work-division-filing',
      dueAt: new Date(Date.now() + 2_000).toISOString(),
      policy: { reminderOffsets: [], acknowledgeReminderInterval: 'PT1H', overdueReminderInterval: 'PT2S', gracePeriod: 'P30D' },
    });
    expect(issued.status).toBe(201);
    const dutyId: string = issued.body.duties[0].id;
    const link = `${sut.config.publicUrl}/console/duties/${dutyId}`;

    await sut.smtp.waitFor((all) => all.some((m) => forDuty(dutyId)(m) && m.subject.startsWith('【请签收】')), 30_000);
    const request = sut.smtp.messages.find((m) => forDuty(dutyId)(m) && m.subject.startsWith('【请签收】'))!;
    expect(request.text.match(/https?:\/\/\S+/g)).toEqual([link]);
    // The chase is running: overdue reminders come until the duty is done.
    await sut.smtp.waitFor((all) => all.some((m) => forDuty(dutyId)(m) && m.subject.startsWith('【逾期催办】')), 30_000);

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link);
    await logInThroughPage(page, sut, tree.people.m.id);
    expect(new URL(page.url()).pathname).toBe(`/console/duties/${dutyId}`);
    await page.getByText('未签收', { exact: true }).waitFor();
    await shots.take(page, 'duty-page');

    // 签收 (asked once more in a popover).
    await page.getByRole('button', { name: /签\s*收/ }).click();
    await page.locator('.ant-popover').getByRole('button', { name: /签\s*收/ }).click();
    await page.getByText('已签收').first().waitFor();
    await page.getByText('未签收', { exact: true }).waitFor({ state: 'detached' });

    // The duty says what its completion must hold; without the file the form refuses to submit.
    await page.getByText('须填写履职日期、情况说明；须上传报备材料（至少一份佐证材料）').first().waitFor();
    const fileRefusal = '该事项要求上传报备材料作为佐证材料：请先在“证据材料”中上传至少一份，再登记完成';
    const fillCompletion = async () => {
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('履职日期', { exact: true }).click();
      await page.locator('.ant-picker-dropdown:visible').getByText('今天').click();
      await dialog.getByLabel('情况说明').fill('已按规定向上级党委报备分工调整情况。');
      return dialog;
    };
    await page.getByRole('button', { name: '登记完成' }).click();
    let dialog = await fillCompletion();
    await dialog.getByText('尚未上传报备材料').waitFor();
    await dialog.getByRole('button', { name: /确\s*定|确\s*认|提\s*交/ }).click();
    await dialog.getByText(fileRefusal).waitFor();
    await shots.take(page, 'completion-refused-without-file');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await sut.api.get(`/duties/${dutyId}`)).body.status).toBe('overdue');

    // 证据材料: a PDF through the upload button.
    await page.locator('input[type=file]').setInputFiles({ name: '报备材料.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
    await page.getByText('已上传：报备材料.pdf').waitFor();
    await page.locator('.ant-list-item').getByText('报备材料.pdf').waitFor();
    await shots.take(page, 'acknowledged-with-evidence');

    // Removed behind the page's back (another tab): the form thinks there is a file, the API refuses and says why.
    const leader = await sut.as(tree.people.m.id);
    const [uploaded] = (await leader.get(`/duties/${dutyId}/evidence`)).body;
    expect((await leader.delete(`/evidence/${uploaded.id}`)).status).toBe(204);
    await page.getByRole('button', { name: '登记完成' }).click();
    dialog = await fillCompletion();
    await dialog.getByText('已上传 1 份').waitFor();
    await dialog.getByRole('button', { name: /确\s*定|确\s*认|提\s*交/ }).click();
    await dialog.getByText(fileRefusal).waitFor();
    await shots.take(page, 'completion-refused-by-api');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.locator('input[type=file]').setInputFiles({ name: '报备材料.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
    await page.getByText('已上传：报备材料.pdf').waitFor();

    // 登记完成.
    await page.getByRole('button', { name: '登记完成' }).click();
    dialog = await fillCompletion();
    await dialog.getByText('已上传 1 份').waitFor();
    await shots.take(page, 'completion-form');
    await dialog.getByRole('button', { name: /确\s*定|确\s*认|提\s*交/ }).click();
    await page.getByText('已登记完成，提醒随即停止').waitFor();
    await page.getByText('已完成').first().waitFor();
    await shots.take(page, 'completed');

    const duty = await sut.api.get(`/duties/${dutyId}`);
    expect(duty.body).toMatchObject({ status: 'completed', completion: { note: '已按规定向上级党委报备分工调整情况。' } });
    expect(duty.body.acknowledgedAt).not.toBeNull();
    const evidence = await sut.api.get(`/duties/${dutyId}/evidence`);
    expect(evidence.body.map((f: { fileName: string; contentType: string }) => [f.fileName, f.contentType])).toEqual([['报备材料.pdf', 'application/pdf']]);

    // Three reminder intervals later, nothing more about this duty (a reminder already in flight may land within a second).
    const reminders = () => sut.smtp.messages.filter((m) => forDuty(dutyId)(m) && m.subject.startsWith('【逾期催办】')).length;
    await new Promise((r) => setTimeout(r, 1_000));
    const settled = reminders();
    await new Promise((r) => setTimeout(r, 6_000));
    expect(reminders()).toBe(settled);
    await context.close();
  });

  it('on a 375 px phone, 我的待办, a duty and the completion form fit the screen (no sideways scrolling)', async () => {
    // 监督谈话 of each lower 一把手: duties with a counterpart, the longest pages the leader has.
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), policy: { reminderOffsets: [], acknowledgeReminderInterval: null } });
    expect(issued.status).toBe(201);
    const dutyId: string = issued.body.duties[0].id;

    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(consoleUrl(sut, 'my-duties'));
    await logInThroughPage(page, sut, tree.people.m.id);
    await page.getByText(issued.body.duties[0].title).first().waitFor();
    await shots.take(page, 'phone-my-duties');
    expect({ page: 'my-duties', ...(await scrollsSideways(page)) }).toMatchObject({ sideways: false });

    await page.goto(consoleUrl(sut, `duties/${dutyId}`));
    await page.getByRole('button', { name: '登记完成' }).waitFor();
    await page.getByText('尚无证据材料').waitFor();
    await shots.take(page, 'phone-duty');
    expect({ page: 'duty', ...(await scrollsSideways(page)) }).toMatchObject({ sideways: false });

    await page.getByRole('button', { name: '登记完成' }).click();
    await page.getByRole('dialog').getByLabel('情况说明').waitFor();
    await shots.take(page, 'phone-completion-form');
    expect({ page: 'completion-form', ...(await scrollsSideways(page)) }).toMatchObject({ sideways: false });
    await context.close();
  });
});
