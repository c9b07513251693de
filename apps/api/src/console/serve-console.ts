import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** The prefix the console (apps/web) lives under; no API route starts with it. */
export const CONSOLE_PREFIX = '/console';

/** apps/web/dist, seen from apps/api/dist (the built API) and from apps/api/src (tests run the sources). */
export const CONSOLE_DIST = resolve(__dirname, '../../../web/dist');

/**
 * One origin for the API and the console: the built files under /console/ (hashed assets cached for a year),
 * index.html for every other /console/* path (the console's router takes it from there), and / sends people to
 * /console/. A missing build is a plain 503, not an empty page.
 */
export function serveConsole(app: NestExpressApplication, root: string = CONSOLE_DIST): void {
  app.useStaticAssets(root, {
    prefix: `${CONSOLE_PREFIX}/`,
    index: false,
    setHeaders: (res, path) => {
      if (path.includes(`${join(root, 'assets')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const indexHtml = join(root, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/' || req.path === CONSOLE_PREFIX) return res.redirect(302, `${CONSOLE_PREFIX}/`);
    // A missing asset is a 404 (from the API's error filter), never the page in its place.
    if (!req.path.startsWith(`${CONSOLE_PREFIX}/`) || req.path.startsWith(`${CONSOLE_PREFIX}/assets/`)) return next();
    if (!existsSync(indexHtml)) {
      res.status(503).json({ statusCode: 503, code: 'CONSOLE_NOT_BUILT', message: '工作台尚未构建：npm start 与 npm test 都会先构建它（apps/web/dist）', details: [] });
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
