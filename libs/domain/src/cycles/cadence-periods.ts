import { DateTime } from 'luxon';
import type { PackCadence } from '../packs/pack.types';
import { DEFAULT_TIME_ZONE } from '../time/zone';

export type PeriodicCadence = Exclude<PackCadence, 'event'>;

/** Months in one period of each periodic cadence (a party committee's term, 届, is five years). */
export const CADENCE_MONTHS: Readonly<Record<PeriodicCadence, number>> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12, per_term: 60 };

export const CADENCE_LABELS: Readonly<Record<PackCadence, string>> = {
  monthly: '每月',
  quarterly: '每季度',
  half_yearly: '每半年',
  yearly: '每年',
  per_term: '每届',
  event: '事件触发',
};

/** One period of a cadence with a Chinese label, e.g. `2027-Q1` “2027年第一季度”. */
/** A span of time in the organization's zone. `end` is exclusive (the first moment of the next period). */
export interface Period {
  key: string;
  start: string;
  end: string;
}

export interface CyclePeriod extends Period {
  cadence: PeriodicCadence;
  label: string;
}

/** Where terms (届) are counted from when an organization sets nothing: the 2021–2022 round of elections. */
export const DEFAULT_TERM_START_YEAR = 2021;

const QUARTERS = ['一', '二', '三', '四'];

function periodAt(cadence: PeriodicCadence, start: DateTime): CyclePeriod {
  const end = start.plus({ months: CADENCE_MONTHS[cadence] });
  const base = { cadence, start: start.toISO()!, end: end.toISO()! };
  switch (cadence) {
    case 'monthly':
      return { ...base, key: start.toFormat('yyyy-MM'), label: `${start.year}年${start.month}月` };
    case 'quarterly': {
      const q = Math.floor((start.month - 1) / 3);
      return { ...base, key: `${start.year}-Q${q + 1}`, label: `${start.year}年第${QUARTERS[q]}季度` };
    }
    case 'half_yearly': {
      const h = start.month <= 6 ? 1 : 2;
      return { ...base, key: `${start.year}-H${h}`, label: `${start.year}年${h === 1 ? '上' : '下'}半年` };
    }
    case 'yearly':
      return { ...base, key: String(start.year), label: `${start.year}年度` };
    case 'per_term':
      return { ...base, key: `T${start.year}-${end.year - 1}`, label: `${start.year}—${end.year - 1}年任期` };
  }
}

/** The start of the period of `cadence` that contains `instant`. */
function startOfPeriodContaining(cadence: PeriodicCadence, instant: DateTime, termStartYear: number): DateTime {
  const months = CADENCE_MONTHS[cadence];
  const base = DateTime.fromObject({ year: cadence === 'per_term' ? termStartYear : instant.year, month: 1, day: 1 }, { zone: instant.zone });
  const elapsed = (instant.year - base.year) * 12 + (instant.month - 1);
  const index = Math.floor(elapsed / months);
  return base.plus({ months: index * months });
}

/** The period of `cadence` that contains the instant, in the zone. */
export function periodContaining(
  cadence: PeriodicCadence,
  instant: string | Date,
  zone: string = DEFAULT_TIME_ZONE,
  termStartYear: number = DEFAULT_TERM_START_YEAR,
): CyclePeriod {
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant, { zone }) : DateTime.fromJSDate(instant, { zone });
  return periodAt(cadence, startOfPeriodContaining(cadence, dt, termStartYear));
}

/** The period right after `period`. */
export function nextPeriod(period: CyclePeriod, zone: string = DEFAULT_TIME_ZONE): CyclePeriod {
  return periodAt(period.cadence, DateTime.fromISO(period.end, { zone }));
}

/** Every period of `cadence` that opens (starts) in `year`, in order: twelve months, four quarters, one year… */
export function periodsOpeningIn(cadence: PeriodicCadence, year: number, zone: string = DEFAULT_TIME_ZONE, termStartYear = DEFAULT_TERM_START_YEAR): CyclePeriod[] {
  const first = DateTime.fromObject({ year, month: 1, day: 1 }, { zone });
  const after = first.plus({ years: 1 });
  const periods: CyclePeriod[] = [];
  let period = periodContaining(cadence, first.toISO()!, zone, termStartYear);
  if (DateTime.fromISO(period.start, { zone }) < first) period = nextPeriod(period, zone);
  while (DateTime.fromISO(period.start, { zone }) < after) {
    periods.push(period);
    period = nextPeriod(period, zone);
  }
  return periods;
}
