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
