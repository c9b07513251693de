import { calendarDate } from '@duban/domain';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import { eventually } from '../support/eventually';
import { completeWithEvidence } from '../support/evidence';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';
import { consoleUrl, launchBrowser, logInThroughPage, newContext, Screenshots } from './support/browser';

/** No reminders, no acknowledgement requests: only what the test sets in motion happens. */
const QUIET = { reminderOffsets: [], acknowledgeReminderInterval: null, overdueReminderInterval: null };

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/**
 * The 督办看板 of 市委 as its 纪委书记 sees it in the browser: every figure read on the page (the cards, each
 * organization's row, the escalations) equals GET /organizations/:id/dashboard, and a figure clicked lists as many
 * duties as it says.
 */
describe('browser: the dashboard shows the API figures (Chromium, API + console, worker, Postgres)', () => {
  const sut = new SystemUnderTest();
  const shots = new Screenshots('dashboard');
  let tree: HttpTree;
  let browser: Browser;
  let mj: ApiClient;

  async function issue(org: keyof HttpTree['orgs'], dueInMs: number, policy: Record<string, unknown> = {}): Promise<string> {
    const res = await issueOverHttp(sut.api, tree.orgs[org], { templateId: 'work-division-filing', dueAt: new Date(Date.now() + dueInMs).toISOString(), policy: { ...QUIET, ...policy } });
    expect(res.status).toBe(201);
    return res.body.duties[0].id;
  }

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), sut.start()]);
    tree = await buildTreeOverHttp(sut.api, 'bdash', { pack: 'anhui-2022' });
    mj = await sut.as(tree.people.mj.id);
    const today = calendarDate(new Date(), sut.config.timeZone);
    // 市委 itself: one overdue (红) whose escalation waits for a decision.
    await issue('mid', 1_000, { gracePeriod: 'PT1S', approvalTimeout: 'PT10M', escalation: [{ after: 'PT1S', notify: ['parent:principal'], requiresApproval: true }] });
    // 甲区委: completed on time, open (黄).
    const aDone = await issue('a', 86_400_000);
    await issue('a', 3_600_000, { warningWindow: 'P1D' });
    // 乙县委: open (蓝), overdue (红).
    await issue('b', 3 * 86_400_000, { warningWindow: 'PT1H' });
    await issue('b', 1_000, { gracePeriod: 'P30D' });
    expect((await completeWithEvidence(await sut.as(tree.people.a.id), aDone, { heldOn: today, note: '已报备' })).status).toBe(200);
    await eventually(async () => {
      const pending = (await mj.get('/escalations?status=pending')).body as unknown[];
      const dashboard = (await mj.get(`/organizations/${tree.orgs.mid}/dashboard`)).body;
      return pending.length === 1 && dashboard.total.overdue === 2 ? true : undefined;
    });
  });
  afterAll(async () => {
    await browser?.close();
    await sut.stop();
  });

  const text = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).trim();

  it('every figure on the page is the one the API counts; a click lists that many duties', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(consoleUrl(sut, 'dashboard'));
    await logInThroughPage(page, sut, tree.people.mj.id);
    await page.locator('[data-summary="due"]').waitFor();
    await page.locator('canvas').first().waitFor();
    // The figures are judged at the API's moment: read both after the page has settled.
    const api = (await mj.get(`/organizations/${tree.orgs.mid}/dashboard`)).body;
    await shots.take(page, 'dashboard');

    const cards = {
      due: String(api.total.due),
      completionRate: percent(api.total.completionRate),
      onTimeRate: percent(api.total.onTimeRate),
      overdue: String(api.total.overdue),
      blue: String(api.total.colours.blue),
      yellow: String(api.total.colours.yellow),
      red: String(api.total.colours.red),
    };
    const shown: Record<string, string> = {};
    for (const key of Object.keys(cards)) shown[key] = await text(page, `[data-summary="${key}"] .ant-statistic-content-value`);
    expect(shown).toEqual(cards);
    expect(api.total.due).toBe(5);

    const rows = [{ key: 'own', figures: api.own }, ...api.children.map((c: { organization: { id: string } }) => ({ key: c.organization.id, figures: c }))];
    for (const { key, figures } of rows) {
      const expected = {
        due: String(figures.due),
        completed: percent(figures.completionRate),
        completedOnTime: percent(figures.onTimeRate),
        overdue: String(figures.overdue),
        'colours.blue': String(figures.colours.blue),
        'colours.yellow': String(figures.colours.yellow),
        'colours.red': String(figures.colours.red),
      };
      const row: Record<string, string> = {};
      for (const figure of Object.keys(expected)) row[figure] = await text(page, `[data-figure="${key}:${figure}"]`);
      expect({ key, row }).toEqual({ key, row: expected });
    }
    for (const key of ['proposed', 'pending', 'approved', 'rejected']) {
      expect({ key, shown: await text(page, `[data-figure="escalations.${key}"]`) }).toEqual({ key, shown: String(api.escalations[key]) });
    }

    // A figure opens the duties behind it, paged by the API: as many as the figure says.
    await page.locator('[data-summary="red"]').click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText(`共 ${api.total.colours.red} 项`).waitFor();
    expect(await drawer.locator('tbody tr.ant-table-row').count()).toBe(api.total.colours.red);
    await shots.take(page, 'drill-down-red');
    await context.close();
  });
});
