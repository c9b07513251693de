import { DateTime } from 'luxon';
import type { WorkdayCalendar } from '../calendar/china-workdays';
import type { ChasePolicy } from '../chase/chase-policy';
import type { EffectiveConfiguration, EffectiveObligation } from '../configuration/effective-configuration';
import { formatCitations } from '../packs/citation';
import { parseIsoDuration } from '../time/iso-duration';
import { DEFAULT_TIME_ZONE } from '../time/zone';
import { assignDuties, StaffedOrg } from './assign-duties';
import { CyclePeriod, nextPeriod, PeriodicCadence, periodContaining, periodsOpeningIn } from './cadence-periods';
import { ComputedDueDate, dueDateOfSlot, DutySlot, slotsOf } from './due-rules';
import type { DutyDraft, FanOutResult } from './assign-duties';

/** One duty a cycle will create: what, for whom, for which slice of which period, due when, and why (citation). */
export interface PlannedDuty {
  templateId: string;
  title: string;
  kind: string;
  slot: DutySlot;
  /** When the duty is created: its period opens, less the organization's lead time (ISO). All slots of a period are created together. */
  createAt: string;
  due: ComputedDueDate;
  draft: DutyDraft;
  chase: ChasePolicy;
  citation: string;
  defaulted: string | null;
}

export interface CyclePlanOptions {
  zone?: string;
  calendar?: WorkdayCalendar;
}

/** The title of the n-th of several duties of a period, e.g. “同班子成员谈心谈话（第2次）”. */
export function slotTitle(title: string, slot: Pick<DutySlot, 'ordinal' | 'count'>): string {
  return slot.count > 1 ? `${title}（第${slot.ordinal}次）` : title;
}

function periodicObligations(config: EffectiveConfiguration): (EffectiveObligation & { cadence: PeriodicCadence })[] {
  return config.obligations.filter((o): o is EffectiveObligation & { cadence: PeriodicCadence } => o.enabled && o.cadence !== 'event');
}

/** A period's duties are all created when it opens (the configuration in force then decides them all). */
function createAtOf(slot: DutySlot, config: EffectiveConfiguration, zone: string): string {
  return DateTime.fromISO(slot.period.start, { zone }).minus(parseIsoDuration(config.leadTime.value)).toISO()!;
}

function plan(obligation: EffectiveObligation, slot: DutySlot, config: EffectiveConfiguration, drafts: DutyDraft[], options: CyclePlanOptions): PlannedDuty[] {
  const zone = options.zone ?? DEFAULT_TIME_ZONE;
  const due = dueDateOfSlot(slot, obligation.dueRule, { zone, mode: config.dueDateMode.value, calendar: options.calendar });
  const createAt = createAtOf(slot, config, zone);
  return drafts.map((draft) => ({
    templateId: obligation.templateId,
    title: slotTitle(obligation.template.title, slot),
    kind: obligation.template.kind,
    slot,
    createAt,
    due,
    draft,
    chase: obligation.chase,
    citation: formatCitations(obligation.template.citations),
    defaulted: obligation.template.defaulted,
  }));
}

/**
 * Every duty of one organization whose slot opens in `year`, in due-date order: each enabled periodic
 * obligation, its periods, its `minPerPeriod` slots spread over each period, one duty per holder and
 * counterpart. Event-driven obligations are not on the calendar and are left out.
 */
export function planOrganizationYear(config: EffectiveConfiguration, org: StaffedOrg, year: number, options: CyclePlanOptions = {}): { duties: PlannedDuty[]; skipped: FanOutResult['skipped'] } {
  const zone = options.zone ?? DEFAULT_TIME_ZONE;
  const duties: PlannedDuty[] = [];
  const skipped: FanOutResult['skipped'] = [];
  const yearStart = DateTime.fromObject({ year, month: 1, day: 1 }, { zone });
  for (const obligation of periodicObligations(config)) {
    const { drafts, skipped: missing } = assignDuties(obligation.template, org);
    skipped.push(...missing.map((s) => ({ ...s, reason: `${obligation.template.title}：${s.reason}` })));
    // Periods that open in the year, and the slots of a longer period (a term) that open in it.
    const periods = [...periodsOpeningIn(obligation.cadence, year, zone, config.termStartYear.value)];
    const containing = periodContaining(obligation.cadence, yearStart.toISO()!, zone, config.termStartYear.value);
    if (!periods.some((p) => p.key === containing.key)) periods.unshift(containing);
    for (const period of periods) {
      for (const slot of slotsOf(period, obligation.minPerPeriod, zone)) {
        if (DateTime.fromISO(slot.start, { zone }).year !== year) continue;
        duties.push(...plan(obligation, slot, config, drafts, options));
      }
    }
  }
  duties.sort((a, b) => a.due.date.localeCompare(b.due.date) || a.templateId.localeCompare(b.templateId));
  return { duties, skipped };
}

/**
 * The duties a cycle creates when it runs at `now` having last run at `openedThrough`: those of the periods
 * whose creation time falls in (openedThrough, now]. The first run (openedThrough null) also creates the
 * slots still under way at `enabledAt`, so switching a configuration on mid-year gives this year's duties
 * (but not those already due).
 */
export function dutiesToOpen(
  config: EffectiveConfiguration,
  org: StaffedOrg,
  window: { enabledAt: string; openedThrough: string | null; now: string },
  options: CyclePlanOptions = {},
): { duties: PlannedDuty[]; skipped: FanOutResult['skipped'] } {
  const zone = options.zone ?? DEFAULT_TIME_ZONE;
  const now = Date.parse(window.now);
  const from = Date.parse(window.openedThrough ?? window.enabledAt);
  const duties: PlannedDuty[] = [];
  const skipped: FanOutResult['skipped'] = [];
  for (const obligation of periodicObligations(config)) {
    let assigned: FanOutResult | null = null;
    for (const slot of slotsFrom(obligation, config, window.openedThrough ?? window.enabledAt, zone)) {
      const createAt = Date.parse(createAtOf(slot, config, zone));
      if (createAt > now) break;
      const firstRun = window.openedThrough === null && createAt <= from;
      if (!(createAt > from || firstRun)) continue;
      assigned ??= assignDuties(obligation.template, org);
      const planned = plan(obligation, slot, config, assigned.drafts, options);
      // Switched on mid-period: only the slots not yet due (a plan due in March is not created in November).
      if (firstRun && planned.length > 0 && Date.parse(planned[0].due.at) <= from) continue;
      duties.push(...planned);
    }
    if (assigned) skipped.push(...assigned.skipped.map((s) => ({ ...s, reason: `${obligation.template.title}：${s.reason}` })));
  }
  return { duties, skipped };
}

/** The earliest moment after `after` at which some slot's duties are due to be created, or null if none is enabled. */
export function nextCreationAfter(config: EffectiveConfiguration, after: string, options: CyclePlanOptions = {}): string | null {
  const zone = options.zone ?? DEFAULT_TIME_ZONE;
  const limit = Date.parse(after);
  let best: number | null = null;
  for (const obligation of periodicObligations(config)) {
    for (const slot of slotsFrom(obligation, config, after, zone)) {
      const at = Date.parse(createAtOf(slot, config, zone));
      if (at > limit) {
        if (best === null || at < best) best = at;
        break;
      }
    }
  }
  return best === null ? null : DateTime.fromMillis(best, { zone }).toISO()!;
}

/** Slots of an obligation from the period containing `from` (less the lead time) onwards, lazily. */
function* slotsFrom(obligation: EffectiveObligation & { cadence: PeriodicCadence }, config: EffectiveConfiguration, from: string, zone: string): Generator<DutySlot> {
  const lead = parseIsoDuration(config.leadTime.value);
  const start = DateTime.fromISO(from, { zone }).plus(lead).toISO()!;
  let period: CyclePeriod = periodContaining(obligation.cadence, start, zone, config.termStartYear.value);
  // A lead time longer than a period: begin one period earlier so no slot is missed.
  period = periodContaining(obligation.cadence, DateTime.fromISO(period.start, { zone }).minus({ days: 1 }).toISO()!, zone, config.termStartYear.value);
  for (let i = 0; i < 400; i++) {
    yield* slotsOf(period, obligation.minPerPeriod, zone);
    period = nextPeriod(period, zone);
  }
}
