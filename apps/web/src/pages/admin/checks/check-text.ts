import type { LiveStatementOverview, SpotCheckKind } from './check-views';

export const SPOT_CHECK_KIND_OPTIONS: { value: SpotCheckKind; label: string }[] = [
  { value: 'statement_spot_check', label: '述责述廉抽查核实（安徽，10%）' },
  { value: 'personal_matters_sampling', label: '个人有关事项报告抽查（北京，10%）' },
  { value: 'personal_matters_verification', label: '“一把手”个人有关事项再抽查核实（北京，10%）' },
];

/** The years of the term, in order (the columns of the coverage table). */
export function termYears(term: LiveStatementOverview['term']): number[] {
  return Array.from({ length: term.endYear - term.startYear + 1 }, (_, i) => term.startYear + i);
}

/**
 * Who presented which year of the term, the year on screen included (its confirmed list, which the API leaves out
 * of `heardIn` because it is the year being proposed).
 */
export function coverageRows(overview: LiveStatementOverview) {
  const thisYear = new Set(overview.selection?.presenters.map((p) => p.personId) ?? []);
  return overview.coverage.map((row) => {
    const years = [...row.heardIn, ...(thisYear.has(row.personId) ? [overview.year] : [])].sort((a, b) => a - b);
    return { ...row, years, heard: years.length > 0 };
  });
}

/** The end of a chosen day as the API's zoned moment (`2027-11-30T23:59:59+08:00`), in China's zone. */
export function endOfDayInChina(date: string): string {
  return `${date}T23:59:59+08:00`;
}

/** The dotted field of a 400 (`personIds.2`, `exclusions.0.personId`) → the form field that shows it. */
export function formFieldOf(field: string): string {
  if (field.startsWith('personIds')) return 'personIds';
  if (field.startsWith('exclusions')) return 'exclusions';
  return field;
}

/** The draw form's field for a 400 of POST …/spot-checks: `exclusions.0.personId` → its row, `dueAt` → the date, the rest → the kind. */
export function drawFieldPath(field: string): (string | number)[] {
  const row = /^exclusions\.(\d+)\.(personId|reason)$/.exec(field);
  if (row) return ['exclusions', Number(row[1]), row[2]];
  if (field === 'dueAt') return ['dueDate'];
  return ['kind'];
}
