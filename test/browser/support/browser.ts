import { UserEntity } from '@duban/persistence';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../support/logins';
import type { SystemUnderTest } from '../../support/system-under-test';

/** Screenshots of the browser tests, one folder per test file (git-ignored with the rest of .data/). */
const SCREENSHOTS = resolve(__dirname, '../../../.data/screenshots');

/**
 * The Debian chromium that `npm test` provisions (tools/servers/chromium.ts) and hands over as DUBAN_TEST_CHROMIUM.
 * Never a downloaded browser.
 */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.DUBAN_TEST_CHROMIUM;
  if (!executablePath) throw new Error('DUBAN_TEST_CHROMIUM 未设置：浏览器测试须经 npm test 运行（它准备 Debian 的 chromium）');
  // Root in a container has no user namespaces for chromium's sandbox.
  return chromium.launch({ executablePath, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 375, height: 740 };

/** A fresh browser profile (no session) in Chinese, at a size, accepting downloads. */
export function newContext(browser: Browser, viewport: { width: number; height: number } = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true, deviceScaleFactor: 1 });
}

/** Saves full-page screenshots under .data/screenshots/<test>/, numbered in the order taken. */
export class Screenshots {
  private count = 0;
  readonly dir: string;

  constructor(test: string) {
    this.dir = join(SCREENSHOTS, test);
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
  }

  async take(page: Page, name: string): Promise<string> {
    this.count += 1;
    const path = join(this.dir, `${String(this.count).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  }
}

/** The login name of a person of the system under test (a login is created for them on first use). */
export async function loginNameOf(sut: SystemUnderTest, personId: string): Promise<string> {
  await sut.as(personId);
  const user = await sut.db.dataSource.getRepository(UserEntity).findOneByOrFail({ personId });
  return user.login;
}

/** Signs in through the console's login page (where an anonymous visit is sent) and waits to leave it. */
export async function logInThroughPage(page: Page, sut: SystemUnderTest, personId: string): Promise<void> {
  const login = await loginNameOf(sut, personId);
  await page.waitForURL(/\/console\/login/);
  await page.getByPlaceholder('登录名').fill(login);
  await page.getByPlaceholder('密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/console/login'));
}

/** Whether the page scrolls sideways (the body wider than the window). */
export async function scrollsSideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number; sideways: boolean }> {
  // Evaluated in the page (the tests are compiled without the DOM's types).
  const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  );
  return { scrollWidth, clientWidth, sideways: scrollWidth > clientWidth };
}

/** The console address of the system under test. */
export const consoleUrl = (sut: SystemUnderTest, path = '') => `${sut.config.publicUrl}/console/${path.replace(/^\//, '')}`;
