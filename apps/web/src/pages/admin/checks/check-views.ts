/** What the API answers for the random checks (GET /organizations/:id/live-statements, /spot-checks…), as the pages use it. */
export interface DutyBrief {
  id: string;
  title: string;
  dueDate: string;
  status: string;
  statusLabel: string;
  counterpart: { id: string; name: string | null; organizationName: string | null } | null;
}

export interface Standing {
  personId: string;
  personName: string;
  positionId: string;
  positionTitle: string;
  organizationId: string;
  organizationName: string;
  heardIn: number[];
}

export interface LiveStatementSelection {
  id: string;
  year: number;
  meetingDate: string;
  presenters: { personId: string; personName: string | null; organizationId: string; organizationName: string | null }[];
  proposed: string[];
  updatedAt: string;
  duties: DutyBrief[];
}

export interface LiveStatementOverview {
  organization: { id: string; name: string };
  templateAvailable: boolean;
  packId: string | null;
  year: number;
  term: { startYear: number; endYear: number; key: string; label: string };
  yearsLeft: number;
  remaining: number;
  quota: number;
  coverage: Standing[];
  proposed: Standing[];
  selection: LiveStatementSelection | null;
  termSelections: { year: number; meetingDate: string; personIds: string[] }[];
}

export type SpotCheckKind = 'statement_spot_check' | 'personal_matters_sampling' | 'personal_matters_verification';

export interface SpotCheckDraw {
  id: string;
  kind: SpotCheckKind;
  kindLabel: string;
  source: string;
  year: number;
  method: string;
  seed: string;
  ratePercent: number;
  candidates: { personId: string; personName: string | null; organizationName: string | null }[];
  exclusions: { personId: string; personName: string | null; by: 'rule' | 'administrator'; reason: string }[];
  drawn: { personId: string; personName: string | null }[];
  dueAt: string;
  drawnBy: { id: string; name: string | null };
  createdAt: string;
  voided: { at: string; by: { id: string | null; name: string | null }; reason: string | null } | null;
  duties: DutyBrief[];
}

export interface SpotCheckCandidate {
  personId: string;
  personName: string;
  positionTitle: string;
  organizationName: string;
  underCheck: { title: string; dueDate: string } | null;
}

export interface DrawVerification {
  reproduced: boolean;
  seed: string;
  size: number;
  recorded: string[];
  recomputed: string[];
}
