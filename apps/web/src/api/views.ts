import type { DutyColour } from '../duties/colour';
import type { components } from './schema';

/**
 * The shapes of the API's answers that its OpenAPI document does not describe yet (the services return plain objects:
 * apps/api/src/duties/duty-view.ts, the escalation and extension services). Requests are typed from schema.d.ts.
 */
export interface DutyView {
  id: string;
  templateId: string;
  title: string;
  organization: { id: string; name: string | null };
  responsible: { id: string; name: string | null };
  counterpart: { id: string; name: string | null; organizationId: string | null; organizationName: string | null } | null;
  periodKey: string;
  periodLabel: string;
  dueDate: string;
  dueAt: string;
  status: string;
  statusLabel: string;
  colour: DutyColour | null;
  colourLabel: string | null;
  acknowledgedAt: string | null;
  cancelReason: string | null;
  /** 《document》clause: the rule this duty comes from. */
  citation: string;
  /** The same clauses one by one, with the words of the document that impose the duty (empty for a retired pack). */
  citations: { document: string; clause: string; quote: string }[];
  /** What a completion must hold, as the duty's template asks (the API refuses a completion without it). */
  evidenceRequired: EvidenceRequirement[];
  completedAt: string | null;
  completion: { heldOn: string; counterpartPersonId: string | null; note: string } | null;
  /** The supervising body's review of the completion (null: open and never returned). */
  reviewState: 'awaiting_review' | 'accepted' | 'returned' | null;
  reviewStateLabel: string | null;
  returnCount: number;
  /** Why the completion was last returned. */
  returnReason: string | null;
  /** 评议 of a 述责述廉, where the regime has it. */
  appraisal: DutyAppraisal;
  createdAt: string;
}

/** One thing a completion must hold: the day, the counterpart, the note, or a file (label: which, e.g. 会议记录、签到表). */
export interface EvidenceRequirement {
  item: 'heldOn' | 'counterpart' | 'note' | 'file';
  label: string;
}

export interface DutyAppraisal {
  applies: boolean;
  /** The clause that gives the 评议, or why the duty takes none. */
  basis: string;
  grades: string[];
  gradesDefaulted: string | null;
  result: { grade: string; comment: string | null; byPersonId: string; at: string; citation: string } | null;
}

/** A completion awaiting review (GET /reviews): the duty with its evidence files. */
export interface ReviewItem extends DutyView {
  evidence: { id: string; fileName: string; contentType: string; size: number; uploadedAt: string; downloadUrl: string }[];
}

export interface DutyEvent {
  id: string;
  type: string;
  label: string;
  at: string;
  actor: { kind: 'system' | 'person'; personId: string | null };
  data: Record<string, unknown> | null;
}

export interface DutyDetail extends DutyView {
  /** How many evidence files the duty holds. */
  evidenceCount: number;
  history: DutyEvent[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface EscalationProposal {
  id: string;
  dutyId: string;
  round: number;
  level: number;
  targetOrganizationId: string | null;
  status: string;
  proposedAt: string;
  decidesBy: string;
  decidedAt: string | null;
  decidedByPersonId: string | null;
  reason: string | null;
  newDueAt: string | null;
  duty: DutyView;
}

export interface ExtensionRequest {
  id: string;
  dutyId: string;
  requestedByPersonId: string;
  requestedDueAt: string;
  reason: string;
  status: string;
  decidedByPersonId: string | null;
  decisionReason: string | null;
  grantedDueAt: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface WarningNotice {
  id: string;
  number: string;
  year: number;
  seq: number;
  proposalId: string | null;
  recipientOrganizationId: string | null;
  issuedAt: string;
  pdfUrl: string;
}

/** An evidence file (POST /duties/:id/evidence, GET /duties/:id/evidence), as the OpenAPI document describes it. */
export type EvidenceFile = components['schemas']['EvidenceFileView'];

/** A decision answered now (200) or accepted and carried out later by the workflow (202). */
export interface DecisionAnswer {
  accepted?: true;
  message?: string;
}

/** One duty of a 履责记实台账 (apps/api/src/ledger, libs/domain/src/ledger/ledger.ts). */
export interface LedgerRowView {
  dutyId: string;
  templateId: string;
  title: string;
  citation: string;
  organization: { id: string; name: string };
  responsible: { id: string; name: string };
  counterpart: string | null;
  periodLabel: string | null;
  dueDate: string;
  status: string;
  statusLabel: string;
  done: { heldOn: string | null; recordedAt: string; note: string; evidence: string[] } | null;
  timeliness: 'on_time' | 'late' | 'open' | 'overdue';
  timelinessLabel: string;
  late: boolean;
  escalations: { level: number | null; at: string; how: string; howLabel: string; noticeNumber: string | null; note: string | null }[];
  extensions: { at: string; reason: string | null; decisionNote: string | null; newDueAt: string | null }[];
  returns: { at: string; reason: string | null }[];
}

export interface LedgerSummaryView {
  duties: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  open: number;
  openOverdue: number;
  late: number;
  withEvidence: number;
  escalated: number;
  escalations: number;
  extended: number;
  extensions: number;
  returned: number;
  returns: number;
}

export interface LedgerView {
  subject: { kind: 'person' | 'organization'; id: string; name: string };
  year: number;
  generatedAt: string;
  members: { person: { id: string; name: string }; positions: string[]; rows: LedgerRowView[]; summary: LedgerSummaryView }[];
  summary: LedgerSummaryView;
}
