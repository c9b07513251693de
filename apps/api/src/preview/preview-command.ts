import { DubanConfig } from '@duban/config';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { DubanException } from '../common/errors/duban.exception';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { PreviewExports } from './preview-exports';
import { PreviewModule } from './preview.module';
import { PreviewService } from './preview.service';
import { previewTable } from './preview-table';

const FORMATS = ['table', 'json', 'csv', 'xlsx'] as const;
type CommandFormat = (typeof FORMATS)[number];

export const PREVIEW_USAGE = '用法：preview --organization <组织 id 或代码> [--year 2027] [--format table|json|csv|xlsx] [--out 文件]';

/** A mistake of the person at the command line: printed as is, without a stack trace. */
export class PreviewCommandError extends Error {}

interface PreviewArgs {
  organization: string;
  year: number | null;
  format: CommandFormat;
  out: string | null;
}

/** Reads `--organization X --year 2027 --format csv --out f` (also `--year=2027`); throws with the usage on a mistake. */
export function parsePreviewArgs(argv: string[]): PreviewArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new PreviewCommandError(`无法识别的参数：${argv[i]}\n${PREVIEW_USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new PreviewCommandError(`参数 --${match[1]} 缺少取值\n${PREVIEW_USAGE}`);
    values.set(match[1], value);
  }
  const unknown = [...values.keys()].filter((k) => !['organization', 'year', 'format', 'out'].includes(k));
  if (unknown.length > 0) throw new PreviewCommandError(`未知参数：--${unknown.join('、--')}\n${PREVIEW_USAGE}`);
  const organization = values.get('organization');
  if (!organization) throw new PreviewCommandError(`缺少 --organization\n${PREVIEW_USAGE}`);
  const yearText = values.get('year');
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && (!/^\d{4}$/.test(yearText!) || year < 2000 || year > 2100)) throw new PreviewCommandError(`--year 应为 2000 至 2100 之间的整数年份（收到 ${yearText}）`);
  const out = values.get('out') ?? null;
  const format = (values.get('format') ?? (out?.endsWith('.xlsx') ? 'xlsx' : out?.endsWith('.csv') ? 'csv' : 'table')) as CommandFormat;
  if (!FORMATS.includes(format)) throw new PreviewCommandError(`--format 应为 ${FORMATS.join('、')} 之一（收到 ${format}）`);
  if (format === 'xlsx' && !out) throw new PreviewCommandError('xlsx 是二进制文件，请用 --out 指定要写入的文件');
  return { organization, year, format, out };
}

@Module({})
class PreviewCommandModule {}

/** `preview`: the duties an organization's subtree would have in a year, printed or written to a file. */
export async function runPreviewCommand(config: DubanConfig, argv: string[]): Promise<void> {
  const args = parsePreviewArgs(argv);
  const app = await NestFactory.createApplicationContext(
    { module: PreviewCommandModule, imports: [ConfigModule.forRoot(config), DatabaseModule, PreviewModule] },
    { logger: ['error'] },
  );
  try {
    const previews = app.get(PreviewService);
    const organization = await previews.findOrganization(args.organization);
    const preview = await previews.preview(organization.id, args.year ?? previews.currentYear());
    let body: Buffer | string;
    if (args.format === 'csv' || args.format === 'xlsx') body = (await app.get(PreviewExports).render(preview, args.format)).body;
    else body = args.format === 'json' ? `${JSON.stringify(preview, null, 2)}\n` : previewTable(preview);
    if (args.out) {
      writeFileSync(args.out, body);
      process.stdout.write(`已写入 ${args.out}：${preview.organization.name}及其下级 ${preview.year} 年 ${preview.duties.length} 项\n`);
      for (const warning of preview.warnings) process.stdout.write(`注意：${warning}\n`);
    } else {
      process.stdout.write(body);
    }
  } catch (error) {
    if (error instanceof DubanException) throw new PreviewCommandError(error.message);
    throw error;
  } finally {
    await app.close();
  }
}
