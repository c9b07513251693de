import fs from 'node:fs';
import { runCommand } from './processes';
import { progress, since } from './progress';
import { isExecutableFile, which } from './which';

/**
 * The browser of the console's tests: Debian's `chromium`, with `fonts-noto-cjk` so that Chinese renders as
 * text and not as boxes in the screenshots. Browser downloads (`playwright install`) cannot work on these
 * machines, so the project installs the distribution's packages itself, with apt-get, when they are absent.
 */

const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const CJK_FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto'];

/** Order: $CHROMIUM (must exist) → `chromium` on PATH with the CJK fonts → apt-get install both. */
export async function ensureChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isExecutableFile(fromEnv)) throw new Error(`CHROMIUM=${fromEnv} 不存在或不可执行`);
    return fromEnv;
  }
  const present = which('chromium');
  if (present !== null && hasCjkFonts()) return present;

  await aptInstall(PACKAGES);
  const installed = which('chromium');
  if (installed === null) throw new Error('已安装 chromium 软件包，但 PATH 中仍找不到 chromium');
  if (!hasCjkFonts()) throw new Error('已安装 fonts-noto-cjk，但找不到 Noto CJK 字体文件');
  return installed;
}

function hasCjkFonts(): boolean {
  return CJK_FONT_DIRS.some((dir) => {
    try {
      return fs.readdirSync(dir).some((file) => /NotoSansCJK|NotoSerifCJK/.test(file));
    } catch {
      return false;
    }
  });
}

async function aptInstall(packages: string[]): Promise<void> {
  const aptGet = which('apt-get');
  if (aptGet === null) {
    throw new Error(`找不到 chromium 或中文字体，且本机没有 apt-get：请安装 ${packages.join('、')}，或以 CHROMIUM 指定浏览器`);
  }
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? null : which('sudo');
  if (!asRoot && sudo === null) {
    throw new Error(`需要安装 ${packages.join('、')}（apt-get），但当前不是 root 且没有 sudo：请先手动安装`);
  }
  const apt = (...args: string[]) =>
    runCommand({
      name: 'apt-get',
      command: sudo ?? aptGet,
      args: sudo ? [aptGet, ...args] : args,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      echo: true,
    });
  const started = Date.now();
  progress(`安装浏览器测试所需的 Debian 软件包：${packages.join('、')}（apt-get，首次约 1–3 分钟）…`);
  try {
    await apt('install', '-y', '--no-install-recommends', ...packages);
  } catch {
    // A fresh machine's package lists may be missing or stale: refresh them once and retry.
    progress('刷新软件包列表（apt-get update）后重试…');
    await apt('update');
    await apt('install', '-y', '--no-install-recommends', ...packages);
  }
  progress(`浏览器软件包已安装（${since(started)}）`);
}
