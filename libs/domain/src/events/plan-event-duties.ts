import type { WorkdayCalendar } from '../calendar/china-workdays';
import type { ChasePolicy } from '../chase/chase-policy';
import type { EffectiveConfiguration, EffectiveObligation } from '../configuration/effective-configuration';
import { assignDuties, StaffedOrg } from '../cycles/assign-duties';
import { ComputedDueDate, dueDateAfterEvent } from '../cycles/due-rules';
import type { DutyDraft, FanOutResult, PersonRef } from '../cycles/assign-duties';
import { formatCitations } from '../packs/citation';
import type { PackFanOut, TriggerEvent } from '../packs/pack.types';
import { DEFAULT_TIME_ZONE } from '../time/zone';
import { IncidentKind, PERSONAL_INCIDENT_KINDS } from './incident-kind';

/** The CZ 10 reminder letter (巡察整改履责提醒函): only owed when the organization has open rectifications. */
export const REMINDER_LETTER_TEMPLATE = 'rectification-reminder-letter';

/** Something that happened in an organization and may start duties. */
export type OrgEvent =
  /** A new 一把手 took office in `organizationId`: `subject` is the new holder of its principal seat. */
  | { kind: 'appointment'; id: string; organizationId: string; date: string; subject: PersonRef; openRectifications: number }
  | { kind: 'incident'; id: string; organizationId: string; date: string; incidentKind: IncidentKind; subject: PersonRef | null }
  | { kind: 'division_change'; id: string; organizationId: string; date: string }
  /** `subject` has held the principal seat of `organizationId` for 3 (5) years on `date`. */
  | { kind: 'tenure_3y' | 'tenure_5y'; id: string; organizationId: string; date: string; subject: PersonRef };

/** An organization as one level sees it: what is in force there and who sits where. Null config: no pack. */
export interface EventLevel {
  config: EffectiveConfiguration | null;
  org: StaffedOrg;
}

/** One duty an event starts: what, for whom, due when, chased how, and on what authority. */
export interface PlannedEventDuty {
  templateId: string;
  title: string;
  kind: string;
  draft: DutyDraft;
  /** `event:<id>`: the duty belongs to the event, not to a period. */
  periodKey: string;
  eventDate: string;
  due: ComputedDueDate;
  chase: ChasePolicy;
  citation: string;
  defaulted: string | null;
}

export interface EventPlan {
  duties: PlannedEventDuty[];
  skipped: FanOutResult['skipped'];
}

/** Fan-outs whose counterpart is a subordinate: the duty is owed by the level above the organization of the event. */
const OWED_FROM_ABOVE: ReadonlySet<PackFanOut> = new Set(['each_subordinate_principal', 'each_subordinate_committee', 'each_unit_head_under_member']);

/** The triggers an event fires: an incident also fires inspection or review feedback when it is such findings. */
export function triggersOf(event: OrgEvent): TriggerEvent[] {
  if (event.kind !== 'incident') return [event.kind];
  if (event.incidentKind === 'inspection_findings') return ['incident', 'inspection_feedback'];
  if (event.incidentKind === 'review_findings') return ['incident', 'review_feedback'];
  return ['incident'];
}

function fires(obligation: EffectiveObligation, event: OrgEvent, triggers: TriggerEvent[]): boolean {
  const t = obligation.template;
  if (!obligation.enabled || obligation.cadence !== 'event' || !t.trigger || !triggers.includes(t.trigger)) return false;
  if (t.trigger === 'incident' && event.kind === 'incident' && t.incidentKinds) return t.incidentKinds.includes(event.incidentKind);
  return true;
}

/**
 * Keeps the drafts that concern the event: a duty owed from above concerns only the organization of the event
 * (and, for a person's event, that person); a duty owed in the organization towards its members concerns the
 * person of the event when there is one.
 */
function concerning(drafts: DutyDraft[], event: OrgEvent, fromAbove: boolean): DutyDraft[] {
  const subject = 'subject' in event ? event.subject : null;
  return drafts.filter((d) => {
    if (fromAbove && d.counterpartOrganizationId !== event.organizationId) return false;
    if (subject && d.counterpart && d.counterpart.personId !== subject.personId) return false;
    return true;
  });
}

/**
 * The duties an event starts, under the configuration in force for the organization that owes each one: the
 * event's organization for its own duties (专题民主生活会, 分工报备, the new 一把手's disclosure), its parent for
 * the duties a superior owes (任职谈话, 专题约谈, 任中审计…). Disabled obligations start nothing; where a seat is
 * vacant or no counterpart is found the reason is in `skipped`.
 */
export function planEventDuties(event: OrgEvent, levels: { self: EventLevel; parent: EventLevel | null }, options: { zone?: string; calendar?: WorkdayCalendar } = {}): EventPlan {
  const zone = options.zone ?? DEFAULT_TIME_ZONE;
  const triggers = triggersOf(event);
  const duties: PlannedEventDuty[] = [];
  const skipped: FanOutResult['skipped'] = [];
  for (const [level, fromAbove] of [
    [levels.self, false],
    [levels.parent, true],
  ] as const) {
    if (!level?.config) continue;
    for (const obligation of level.config.obligations) {
      const template = obligation.template;
      if (!fires(obligation, event, triggers) || OWED_FROM_ABOVE.has(template.fanOut) !== fromAbove) continue;
      const why = (reason: string) => skipped.push({ organizationId: event.organizationId, reason: `${template.title}：${reason}` });
      if (template.id === REMINDER_LETTER_TEMPLATE && event.kind === 'appointment' && event.openRectifications === 0) {
        why('该组织没有未完成的整改事项，无需发送履责提醒函');
        continue;
      }
      if (template.fanOut === 'each_member' && event.kind === 'incident' && PERSONAL_INCIDENT_KINDS.includes(event.incidentKind) && !event.subject) {
        why('未指明有关领导班子成员');
        continue;
      }
      const assigned = assignDuties(template, level.org);
      skipped.push(...assigned.skipped.map((s) => ({ ...s, reason: `${template.title}：${s.reason}` })));
      const drafts = concerning(assigned.drafts, event, fromAbove);
      if (drafts.length === 0 && assigned.drafts.length > 0) why('没有与本事件有关的对象');
      if (obligation.dueRule.kind !== 'after_event') continue; // validated away; kept for the type
      const due = dueDateAfterEvent(event.date, obligation.dueRule.within, { zone, mode: level.config.dueDateMode.value, calendar: options.calendar });
      for (const draft of drafts) {
        duties.push({
          templateId: template.id,
          title: template.title,
          kind: template.kind,
          draft,
          periodKey: `event:${event.id}`,
          eventDate: event.date,
          due,
          chase: obligation.chase,
          citation: formatCitations(template.citations),
          defaulted: template.defaulted,
        });
      }
    }
  }
  duties.sort((a, b) => a.due.date.localeCompare(b.due.date) || a.templateId.localeCompare(b.templateId));
  return { duties, skipped };
}
