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

/**
 * A template's clauses on one line, as a duty keeps them: 《…》第（三）条；《…》第（五）条. A clause quoted twice
 * (two sentences of one clause) is named once.
 */
export function formatCitations(citations: readonly Citation[]): string {
  return [...new Set(citations.map(formatCitation))].join('；');
}

/** The line duties issued before clauses were named once kept (a clause quoted twice named twice): still read as theirs. */
export function formatCitationsAsIssuedBefore(citations: readonly Citation[]): string {
  return citations.map(formatCitation).join('；');
}
