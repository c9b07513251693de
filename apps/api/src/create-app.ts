import 'reflect-metadata';
import { DubanConfig } from '@duban/config';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/filters/http-exception.filter';
import { inputSanity } from './common/input/input-sanity.middleware';
import { buildOpenApiDocument } from './common/openapi/openapi-document';
import { createValidationPipe } from './common/validation/validation.pipe';
import { serveConsole } from './console/serve-console';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The API as an application object: main.ts listens on it, tests start it on a free port. */
export async function createApp(config: DubanConfig): Promise<INestApplication> {
  const wanted = config.logLevel === 'info' ? 'log' : config.logLevel === 'trace' ? 'verbose' : config.logLevel;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: LEVELS.slice(0, LEVELS.indexOf(wanted as LogLevel) + 1),
    bodyParser: false,
  });
  // The usual security headers (nosniff, frame denial, HSTS, a same-origin CSP that the OpenAPI page lives
  // with), and no X-Powered-By.
  app.use(
    helmet({
      // No upgrade-insecure-requests: served over plain HTTP (the default run, or behind a TLS-terminating proxy
      // that forwards HTTP) it would send the OpenAPI page's own scripts to an https:// that is not there.
      contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'], 'frame-ancestors': ["'none'"], 'upgrade-insecure-requests': null } },
      xFrameOptions: { action: 'deny' },
    }),
  );
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client's own address (per-address login limits, the sessions' address).
  app.set('trust proxy', config.api.trustProxy);
  app.useBodyParser('json', { limit: '256kb' });
  app.use(inputSanity());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  serveConsole(app);
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  return app;
}
