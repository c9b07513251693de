export type RegimeId = 'central-2021' | 'beijing-2021' | 'anhui-2022' | 'shanxi-school-2022' | 'czu-2022';

export type ObligationKind = 'talk' | 'report' | 'meeting' | 'inspection' | 'analysis' | 'sampling' | 'tenure';

/** Where a duty comes from: the document, its clause, and the words that impose it. */
export interface Citation {
  regime: RegimeId;
  document: string;
  clause: string;
  quote: string;
}

/** One line a person can read: 《…》第（三）条. */
export function formatCitation(citation: Citation): string {
  return `${citation.document}${citation.clause}`;
}

/** A template's clauses on one line, as a duty keeps them: 《…》第（三）条；《…》第（五）条. */
export function formatCitations(citations: readonly Citation[]): string {
  return citations.map(formatCitation).join('；');
}
