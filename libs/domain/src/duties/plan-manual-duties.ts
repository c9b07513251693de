import { DateTime } from 'luxon';
import type { ChasePolicy } from '../chase/chase-policy';
import type { EffectiveConfiguration, EffectiveObligation } from '../configuration/effective-configuration';
import { assignDuties, DutyDraft, FanOutResult, StaffedOrg } from '../cycles/assign-duties';
import { CyclePeriod, periodContaining, PeriodicCadence } from '../cycles/cadence-periods';
import { DutySlot, slotsOf } from '../cycles/due-rules';
import { parseIsoDuration } from '../time/iso-duration';
import { CyclePlanOptions, slotTitle } from '../cycles/plan-cycle';
import { formatCitations } from '../packs/citation';
import { dueDateOf } from '../time/dates';
import { DEFAULT_TIME_ZONE } from '../time/zone';

/** A duty an administrator issues by hand: a template of the organization's pack, a due moment, and chase changes. */
export interface ManualDutyRequest {
  /** Names the request (its workflow): an event template's duties belong to it alone. */
  requestId: string;
  templateId: string;
  /** The moment the duty falls due (ISO with offset). */
  dueAt: string;
  /** Changes to the template's chase policy in force. */
  chase?: Partial<ChasePolicy>;
  /**
   * Aims the request at these people instead of the template's fan-out (a year's live presenters, a drawn
   * sample): one duty per responsible seat and person. The caller names seats it read from the tree.
   */
  counterparts?: ManualCounterpart[];
  /**
   * Keys the duties to this occasion (e.g. `2027:draw:<id>`) instead of the cycle's slot, so that they meet no
   * cycle duty nor the duties of an earlier, voided occasion; the period (label, start, end) stays the slot's.
   */
  occasionKey?: string;
}

/** A person a targeted request is aimed at: the seat they hold and its organization. */
export interface ManualCounterpart {
  personId: string;
  positionId: string;
  organizationId: string;
}

/**
 * One duty as the one issuer takes it (cycles, events and manual requests alike): who owes it to whom, for which
 * period slice, event or request, due when, chased how, and on what authority.
 */
export interface DutyToIssue {
  templateId: string;
  title: string;
  draft: DutyDraft;
  /** The period slice (e.g. `2027-Q1`, `2027#2`), the event (`event:<id>`) or the manual request (`manual:<id>`). */
  periodKey: string;
  periodLabel: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  dueDate: string;
  dueAt: string;
  policy: ChasePolicy;
  citation: string;
}

export type ManualPlan = { duties: DutyToIssue[]; skipped: FanOutResult['skipped'] } | { problem: { field: string; reason: string } };

/**
 * The duties of a manual request. A periodic template's duty counts for the cycle's slot it falls in (see
 * slotFor), so that a cycle opening the same slot creates no second duty for the same counterpart; an event
 * template's duties belong to the request.
 */
export function planManualDuties(config: EffectiveConfiguration, org: StaffedOrg, request: ManualDutyRequest, options: CyclePlanOptions = {}): ManualPlan {
  const zone = options.zone ?? DEFAULT_TIME_ZONE;
  const obligation = config.obligations.find((o) => o.templateId === request.templateId);
  if (!obligation) {
    const known = config.obligations.map((o) => o.templateId).join('、');
    return { problem: { field: 'templateId', reason: `不是本组织所用策略包（${config.pack.id}）的义务模板（可选：${known}）` } };
  }
  // Only the fields the request sets (a field present as undefined changes nothing; null does, where allowed).
  const changes = Object.fromEntries(Object.entries(request.chase ?? {}).filter(([, value]) => value !== undefined));
  const policy: ChasePolicy = { ...obligation.chase, ...changes };
  const { drafts, skipped } = request.counterparts ? targetDuties(obligation.template.responsibleRole, org, request.counterparts) : assignDuties(obligation.template, org);
  const citation = formatCitations(obligation.template.citations);
  const due = { dueDate: dueDateOf(request.dueAt, zone), dueAt: DateTime.fromISO(request.dueAt, { zone }).toISO()! };

  if (obligation.cadence === 'event') {
    const periodKey = request.occasionKey ?? `manual:${request.requestId}`;
    return {
      duties: drafts.map((draft) => ({ templateId: obligation.templateId, title: obligation.template.title, draft, periodKey, periodLabel: null, periodStart: null, periodEnd: null, ...due, policy, citation })),
      skipped,
    };
  }
  const slot = slotFor(obligation as EffectiveObligation & { cadence: PeriodicCadence }, config, request.dueAt, zone);
  return {
    duties: drafts.map((draft) => ({
      templateId: obligation.templateId,
      title: slotTitle(obligation.template.title, slot),
      draft,
      periodKey: request.occasionKey ?? slot.key,
      periodLabel: slot.count > 1 ? `${slot.period.label}第${slot.ordinal}次` : slot.period.label,
      periodStart: slot.start,
      periodEnd: slot.end,
      ...due,
      policy,
      citation,
    })),
    skipped,
  };
}

/** The duties of a targeted request: each holder of the responsible role owes one per named person. */
function targetDuties(responsibleRole: StaffedOrg['positions'][number]['role'], org: StaffedOrg, counterparts: ManualCounterpart[]): FanOutResult {
  const { drafts, skipped } = assignDuties({ responsibleRole, fanOut: 'none' }, org);
  return {
    drafts: drafts.flatMap((draft) =>
      counterparts.map((c) => ({ ...draft, counterpart: { personId: c.personId, positionId: c.positionId }, counterpartOrganizationId: c.organizationId })),
    ),
    skipped,
  };
}

/**
 * The cycle's slot a manual due moment counts for: the slot containing it — or, for a duty the rule makes due
 * after its period (a year's summary due early the next year), the last slot of the period before while the
 * moment is within that allowance.
 */
function slotFor(obligation: EffectiveObligation & { cadence: PeriodicCadence }, config: EffectiveConfiguration, dueAt: string, zone: string): DutySlot {
  const target = DateTime.fromISO(dueAt, { zone }).minus({ milliseconds: 1 });
  const periodOf = (instant: DateTime): CyclePeriod => periodContaining(obligation.cadence, instant.toISO()!, zone, config.termStartYear.value);
  const containing = periodOf(target);
  const rule = obligation.dueRule;
  if (rule.kind === 'after_period_end') {
    const before = periodOf(DateTime.fromISO(containing.start, { zone }).minus({ days: 1 }));
    if (target < DateTime.fromISO(before.end, { zone }).plus(parseIsoDuration(rule.within))) return slotsOf(before, obligation.minPerPeriod, zone).at(-1)!;
  }
  const slots = slotsOf(containing, obligation.minPerPeriod, zone);
  return slots.find((slot) => target < DateTime.fromISO(slot.end, { zone })) ?? slots.at(-1)!;
}
