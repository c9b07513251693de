import { loadConfig } from '@duban/config';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './common/openapi/openapi-document';

/**
 * `cli.js openapi [--out file]`: the OpenAPI document, from the modules in Nest's preview mode (the graph is
 * resolved but no provider is created: no database, Temporal or SMTP is touched, so the address below is never
 * dialled). Prints to stdout without --out.
 */
export async function writeOpenApiDocument(args: string[]): Promise<void> {
  const out = args[args.indexOf('--out') + 1];
  if (args.includes('--out') && !out) throw new Error('--out 后须给出文件路径');
  const config = loadConfig({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://openapi@127.0.0.1:1/preview' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
  const json = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
}
