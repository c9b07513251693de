import { ChasePolicy } from '../chase/chase-policy';
import { FanOut } from '../cycles/fan-out';
import { Role } from '../organizations/role';

export type RegimeId = 'central-2021' | 'beijing-2021' | 'anhui-2022' | 'shanxi-school-2022' | 'czu-2022';

/** Where a duty comes from: the document, its clause, and the words that impose it. */
export interface Citation {
  regime: RegimeId;
  document: string;
  clause: string;
  quote: string;
}

export type ObligationKind = 'talk' | 'report' | 'meeting' | 'inspection' | 'analysis' | 'sampling' | 'tenure';
export type Cadence = 'yearly';

export interface ObligationTemplate {
  id: string;
  title: string;
  kind: ObligationKind;
  /** Who owes the duty, in the organization that has the obligation enabled. */
  responsibleRole: Role;
  fanOut: FanOut;
  cadence: Cadence;
  minPerPeriod: number;
  /** Evidence a completion must carry. */
  evidence: { heldOn: boolean; counterpart: boolean; note: boolean };
  chase: ChasePolicy;
  /** True where the document fixes no reminder/grace numbers and the chase policy is the product's default. */
  chaseIsDefault: boolean;
  citations: Citation[];
}

/** One line a person can read: 《…》第（三）条. */
export function formatCitation(citation: Citation): string {
  return `${citation.document}${citation.clause}`;
}
