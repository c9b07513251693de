import { EntityManager } from 'typeorm';

/** The numbered documents duban issues, each numbered per calendar year in its own table. */
const SERIES = {
  'warning-notice': { table: 'warning_notices', format: (year: number, seq: number) => `督办预警〔${year}〕第 ${seq} 号` },
  'reminder-letter': { table: 'reminder_letters', format: (year: number, seq: number) => `整改履责提醒〔${year}〕第 ${seq} 号` },
  'rectification-notice': { table: 'rectification_notices', format: (year: number, seq: number) => `整改通报〔${year}〕第 ${seq} 号` },
} as const;

export type DocumentSeries = keyof typeof SERIES;

/**
 * The next number of a series in a year (督办预警〔2027〕第 N 号, 整改履责提醒〔2027〕第 N 号), inside the caller's
 * transaction: numbering is serialised per series and year by an advisory lock released at commit, so two
 * documents never share a number and a rolled-back one leaves no gap.
 */
export async function nextDocumentNumber(manager: EntityManager, series: DocumentSeries, year: number): Promise<{ year: number; seq: number; number: string }> {
  const { table, format } = SERIES[series];
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${series}:${year}`]);
  const [{ next }]: { next: number }[] = await manager.query(`SELECT COALESCE(MAX(seq), 0)::int + 1 AS next FROM ${table} WHERE year = $1`, [year]);
  return { year, seq: next, number: format(year, next) };
}
