import type { Citation, RegimeId, ObligationKind } from './citation';
import type { EscalationLevel } from '../chase/chase-policy';
import type { Role } from '../organizations/role';
import type { IsoDuration } from '../time/iso-duration';
import type { IncidentKind } from '../events/incident-kind';

export type PackCadence = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly' | 'per_term' | 'event';
/** Whom one duty is owed to: one duty per counterpart the rule names. */
export type PackFanOut =
  | 'each_subordinate_principal' // 每位下级“一把手”
  | 'each_member' // 领导班子其他每位成员
  | 'each_unit_head_under_member' // 每位班子成员分管的每个内设机构一把手
  | 'each_subordinate_committee' // 每个下级党组织（如列席下级会议）
  | 'none'; // 不分对象，一项
export type TriggerEvent =
  | 'appointment'
  | 'incident'
  | 'division_change'
  | 'tenure_3y'
  | 'tenure_5y'
  | 'review_feedback'
  | 'inspection_feedback';
export type DueRule =
  | { kind: 'end_of_period' } // by the last day of the period
  | { kind: 'months_into_period'; months: number } // e.g. the annual plan in the first quarter: 3
  | { kind: 'after_period_end'; within: IsoDuration } // "year end or early next year": period end + within
  | { kind: 'after_event'; within: IsoDuration }; // event-driven duties
export type PackEvidence = 'heldOn' | 'counterpart' | 'note' | 'file';

export interface PackTemplate {
  id: string; // kebab-case, the ids of obligations.md where it has one (e.g. 'supervision-talk')
  title: string; // Chinese, e.g. '监督谈话'
  kind: ObligationKind;
  responsibleRole: Role; // who owes it in the organization that follows the pack
  responsibleLabel: string; // Chinese wording of the document, e.g. '上级“一把手”', '纪检监察机关负责人'
  counterpartLabel: string; // Chinese, e.g. '每位下级“一把手”', '无'
  fanOut: PackFanOut;
  cadence: PackCadence;
  trigger?: TriggerEvent; // required when cadence is 'event'
  /** For trigger 'incident': the kinds of incident the clause names; absent = every kind. */
  incidentKinds?: IncidentKind[];
  minPerPeriod: number; // ≥ 1; "twice a year" = 2 (spread evenly); for events: per event
  dueRule: DueRule;
  evidence: PackEvidence[];
  /** Why a count, period or time limit is a product default, in Chinese; null when the document fixes it. */
  defaulted: string | null;
  /**
   * Only where the document names the higher body (e.g. 驻厅纪检监察组 → 'stationed_group'). The documents
   * fix whom to tell, never when: `after` is the product's default grace period (DEFAULT_CHASE_POLICY).
   */
  escalation?: EscalationLevel[];
  citations: Citation[]; // at least one, from this regime's document
}

export interface PolicyPack {
  id: RegimeId;
  version: string; // '1.0.0'
  title: string; // Chinese title of the document
  issuer: string;
  issuedOn: string; // YYYY-MM-DD
  extends?: RegimeId;
  templates: PackTemplate[];
}
