import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { ReceivedMail } from '../support/smtp-receiver';
import { SystemUnderTest } from '../support/system-under-test';
import { consoleUrl, launchBrowser, logInThroughPage, newContext, Screenshots } from './support/browser';

/**
 * Two supervisors of 市委 (纪委书记 mj, 组织部长 mz) get the email of an escalation proposal. mj follows its
 * link, logs in and approves; the 预警函 goes out and mj downloads its PDF from the duty's page. mz, whose page
 * was opened on the same proposal before mj decided, submits too and is told it has already been decided (409).
 */
describe('browser: a supervisor approves an escalation from the email (Chromium, API + console, worker, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest();
  const shots = new Screenshots('supervisor-approves-from-email');
  let tree: HttpTree;
  let browser: Browser;

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), sut.start()]);
    tree = await buildTreeOverHttp(sut.api, 'bsuper', { pack: 'anhui-2022' });
  });
  afterAll(async () => {
    await browser?.close();
    await sut.stop();
  });

  /** The test issues one duty: its proposal is the only one. */
  const proposalMail = (who: 'mj' | 'mz') => (m: ReceivedMail) => m.to.includes(tree.people[who].email) && m.subject.startsWith('【升级待审批】');

  async function openApproval(page: Page, link: string, who: 'mj' | 'mz') {
    await page.goto(link);
    await logInThroughPage(page, sut, tree.people[who].id);
    await page.getByRole('dialog').getByText('升级建议').first().waitFor();
    await page.getByRole('button', { name: /提\s*交\s*决\s*定/ }).waitFor();
  }

  it('approves through the link, downloads the 预警函 PDF; the second approval is told it was already decided', async () => {
    // Overdue in 2 s, escalation proposed 2 s later, waiting ten minutes for a decision.
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, {
      templateId: 'work-division-filing',
      dueAt: new Date(Date.now() + 2_000).toISOString(),
      policy: {
        reminderOffsets: [],
        acknowledgeReminderInterval: null,
        overdueReminderInterval: null,
        gracePeriod: 'PT2S',
        approvalTimeout: 'PT10M',
        escalation: [{ after: 'PT2S', notify: ['parent:principal'], requiresApproval: true }],
      },
    });
    expect(issued.status).toBe(201);
    const dutyId: string = issued.body.duties[0].id;

    await sut.smtp.waitFor((all) => all.some(proposalMail('mj')) && all.some(proposalMail('mz')), 60_000);
    const link = sut.smtp.messages.find(proposalMail('mj'))!.text.match(/https?:\/\/\S+/)![0];
    expect(link).toMatch(new RegExp(`^${consoleUrl(sut, 'approvals/escalations/')}[0-9a-f-]{36}$`));
    expect(sut.smtp.messages.find(proposalMail('mz'))!.text).toContain(link);

    const [first, second] = await Promise.all([newContext(browser), newContext(browser)]);
    const mj = await first.newPage();
    const mz = await second.newPage();
    await openApproval(mj, link, 'mj');
    await openApproval(mz, link, 'mz');
    await shots.take(mj, 'proposal-opened');

    // 批准升级 is the default choice.
    await mj.getByRole('button', { name: /提\s*交\s*决\s*定/ }).click();
    await mj.getByText(/已批准升级|决定已受理/).first().waitFor();
    await shots.take(mj, 'approved');

    // The 预警函 reaches 省委书记, and its PDF is on the duty's page.
    await sut.smtp.waitFor((all) => all.some((m) => m.to.includes(tree.people.t.email) && m.subject.startsWith('【预警】')), 60_000);
    await mj.goto(consoleUrl(sut, `duties/${dutyId}`));
    const pdfButton = mj.getByRole('button', { name: /下载 PDF/ });
    await pdfButton.waitFor();
    await shots.take(mj, 'duty-with-warning-notice');
    const [download] = await Promise.all([mj.waitForEvent('download'), pdfButton.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // mz still has the proposal open: deciding now is refused, and said so.
    await mz.getByRole('button', { name: /提\s*交\s*决\s*定/ }).click();
    const refusal = mz.getByRole('dialog').locator('.ant-alert-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/已.*(决定|处理)/);
    await shots.take(mz, 'already-decided');
    const proposal = (await (await sut.as(tree.people.mj.id)).get(`/escalations?status=approved`)).body as { id: string; decidedByPersonId: string }[];
    expect(proposal.find((p) => link.endsWith(p.id))?.decidedByPersonId).toBe(tree.people.mj.id);

    await Promise.all([first.close(), second.close()]);
  });
});
