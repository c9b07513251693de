import { CADENCE_MONTHS } from '../cycles/cadence-periods';

/** Years in one term (届) of a party committee: the packs' `per_term` cadence. */
export const TERM_YEARS = CADENCE_MONTHS.per_term / 12;

/** A term of the superior committee: `startYear` to `endYear` inclusive, keyed like the `per_term` period (`T2026-2030`). */
export interface Term {
  startYear: number;
  endYear: number;
  key: string;
  label: string;
}

/** The term containing `year`, counted in steps of TERM_YEARS from the organization's `termStartYear` setting. */
export function termOfYear(year: number, termStartYear: number): Term {
  const startYear = termStartYear + Math.floor((year - termStartYear) / TERM_YEARS) * TERM_YEARS;
  const endYear = startYear + TERM_YEARS - 1;
  return { startYear, endYear, key: `T${startYear}-${endYear}`, label: `${startYear}—${endYear}年任期` };
}

/** A subordinate 一把手 who may present live: the person, the seat and its organization. */
export interface RotationCandidate {
  personId: string;
  positionId: string;
  organizationId: string;
}

/** A person's live presentation confirmed for a year. */
export interface RotationHearing {
  personId: string;
  year: number;
}

export interface RotationInput<C extends RotationCandidate> {
  /** The year to propose for. */
  year: number;
  /** The superior organization's `termStartYear` setting. */
  termStartYear: number;
  /** The subordinate 一把手 in office now, in the order to prefer among equals (e.g. by organization). */
  candidates: readonly C[];
  /** Every confirmed presentation (any year): only those of this term, other than `year`, count as heard. */
  hearings: readonly RotationHearing[];
}

export type RotationStanding<C> = C & {
  /** Years of this term (other than the proposal's year) in which the person presented live, ascending. */
  heardIn: number[];
};

export interface RotationProposal<C> {
  year: number;
  term: Term;
  /** Years left in the term, the proposal's year included. */
  yearsLeft: number;
  /** Candidates not yet heard this term (a person appointed mid-term has not been, whoever held the seat before). */
  remaining: number;
  /** How many to hear this year: enough to cover the remaining ones in the years left, and never fewer than an even share of the term. */
  quota: number;
  /** Every candidate with the years heard: the coverage table. */
  standings: RotationStanding<C>[];
  /** The proposed list: not yet heard first (in the candidates' order), then those heard longest ago. */
  proposed: RotationStanding<C>[];
}

/**
 * Proposes who presents live (现场述责述廉) in `year` so that every subordinate 一把手 presents at least once in the
 * superior committee's term (AH（九）“一届任期内应做到全覆盖”; BJ（十一）“每年…安排一定比例”). Heard is per person and
 * per term: presenting in an earlier term, or a predecessor in the seat having presented, does not count.
 *
 * quota = min(N, max(⌈remaining ÷ yearsLeft⌉, ⌈N ÷ TERM_YEARS⌉)), N = candidates. Filled with the candidates not yet
 * heard (in the given order), then with those heard longest ago.
 */
export function proposeLiveStatements<C extends RotationCandidate>(input: RotationInput<C>): RotationProposal<C> {
  const term = termOfYear(input.year, input.termStartYear);
  const yearsLeft = term.endYear - input.year + 1;
  const heard = new Map<string, number[]>();
  for (const h of input.hearings) {
    if (h.year === input.year || h.year < term.startYear || h.year > term.endYear) continue;
    const years = heard.get(h.personId) ?? [];
    if (!years.includes(h.year)) years.push(h.year);
    heard.set(h.personId, years);
  }
  const seen = new Set<string>();
  const standings: RotationStanding<C>[] = [];
  for (const c of input.candidates) {
    if (seen.has(c.personId)) continue;
    seen.add(c.personId);
    standings.push({ ...c, heardIn: [...(heard.get(c.personId) ?? [])].sort((a, b) => a - b) });
  }
  const notHeard = standings.filter((s) => s.heardIn.length === 0);
  const n = standings.length;
  const quota = n === 0 ? 0 : Math.min(n, Math.max(Math.ceil(notHeard.length / yearsLeft), Math.ceil(n / TERM_YEARS)));
  const heardLongestAgo = standings
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.heardIn.length > 0)
    .sort((a, b) => a.s.heardIn.at(-1)! - b.s.heardIn.at(-1)! || a.index - b.index)
    .map(({ s }) => s);
  return { year: input.year, term, yearsLeft, remaining: notHeard.length, quota, standings, proposed: [...notHeard, ...heardLongestAgo].slice(0, quota) };
}
