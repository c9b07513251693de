import { createHash } from 'node:crypto';

/** The name of the draw method, stored with every draw so that a later method cannot be mistaken for it. */
export const DRAW_METHOD = 'sha256-rank-v1';

/** The share drawn each year: 10% (AH（九）“按照人数10%的比例”; BJ（二十）“按照10%比例…再抽查10%”). */
export const DRAW_RATE_PERCENT = 10;

/** ⌈rate% × count⌉ in integers (no floating point): 1 of 1–10, 2 of 11–20, … */
export function drawSize(count: number, ratePercent: number = DRAW_RATE_PERCENT): number {
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(ratePercent) || ratePercent < 0 || ratePercent > 100) {
    throw new RangeError(`drawSize(${count}, ${ratePercent})`);
  }
  return Math.floor((count * ratePercent + 99) / 100);
}

/** A candidate's rank: lowercase hex SHA-256 of the UTF-8 text `<seed>:<personId>`. */
export function drawRank(seed: string, personId: string): string {
  return createHash('sha256').update(`${seed}:${personId}`, 'utf8').digest('hex');
}

export interface DrawInput {
  /** The recorded seed (the draw's random part, e.g. 32 random bytes as hex). */
  seed: string;
  /** Every person in the population (人数), each once. */
  candidates: readonly string[];
  /** People who may not be drawn (already under check, or excluded with a reason). */
  excluded: readonly string[];
  ratePercent?: number;
}

export interface DrawResult {
  method: typeof DRAW_METHOD;
  /** ⌈rate% × candidates⌉: the size asked for. */
  size: number;
  /** Candidates that could be drawn, by rank. */
  eligible: { personId: string; rank: string }[];
  /** The first `size` eligible candidates by rank (fewer when fewer are eligible). */
  drawn: { personId: string; rank: string }[];
}

/**
 * The spot-check draw (method `sha256-rank-v1`), re-runnable by anyone from the seed and the list:
 * 1. N = the number of distinct candidates; size = ⌈rate% × N⌉ (rounded up; 10% by default).
 * 2. Leave out the excluded people.
 * 3. Rank each remaining person by SHA-256(`<seed>:<personId>`) as lowercase hex, ascending (ties, impossible in
 *    practice, by person id).
 * 4. Take the first `size`.
 * The order of the lists given does not matter.
 */
export function drawSample(input: DrawInput): DrawResult {
  const candidates = [...new Set(input.candidates)];
  const excluded = new Set(input.excluded);
  const size = drawSize(candidates.length, input.ratePercent ?? DRAW_RATE_PERCENT);
  const eligible = candidates
    .filter((personId) => !excluded.has(personId))
    .map((personId) => ({ personId, rank: drawRank(input.seed, personId) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.personId < b.personId ? -1 : 1));
  return { method: DRAW_METHOD, size, eligible, drawn: eligible.slice(0, size) };
}
