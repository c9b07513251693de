import type { RegimeId, Role, SettingSource } from '@duban/domain';

/** One duty the organization's subtree would have in the year, with names for people to read. */
export interface PreviewDuty {
  /** The duty's identity, as the issuer keys it (organization, template, period slot, seat, counterpart): issued once. */
  key: string;
  obligationId: string;
  obligationTitle: string;
  /** The duty's own title, e.g. “同班子成员谈心谈话（第2次）”. */
  title: string;
  kind: string;
  packId: RegimeId;
  organization: { id: string; name: string };
  responsible: { personId: string; name: string; positionId: string; positionTitle: string; role: Role | null; roleLabel: string | null };
  counterpart: { personId: string; positionId: string; name: string } | null;
  counterpartOrganization: { id: string; name: string } | null;
  period: { key: string; label: string; cadenceLabel: string };
  slot: { ordinal: number; count: number };
  dueDate: string;
  dueAt: string;
  /** The date the rule gives, when the due date was moved to a working day. */
  movedFrom: string | null;
  /** When the cycle would create the duty (period opening less the lead time). */
  createAt: string;
  citation: string;
  /** Why the count or period is a product default (the document fixes none), or null. */
  defaulted: string | null;
}

export interface PreviewOrganization {
  id: string;
  name: string;
  packId: RegimeId;
  packTitle: string;
  packSource: SettingSource;
  dueDateMode: 'calendar_day' | 'next_working_day';
  duties: number;
}

export interface DutyPreview {
  organization: { id: string; name: string; code: string | null };
  year: number;
  timeZone: string;
  generatedAt: string;
  calendar: { years: number[]; yearKnown: boolean };
  /** Things the reader must know, in Chinese (e.g. the year is not in the holiday calendar). */
  warnings: string[];
  organizations: PreviewOrganization[];
  /** Organizations of the subtree neither they nor any organization above them chose a pack for. */
  withoutPack: { id: string; name: string }[];
  duties: PreviewDuty[];
  /** Duties that could not be assigned (vacant seats, subordinates without a 一把手), with the reason. */
  skipped: { organizationId: string; organizationName: string; reason: string }[];
}

export const PREVIEW_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];
