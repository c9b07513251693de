import { proposeLiveStatements, RotationCandidate, RotationHearing, termOfYear, TERM_YEARS } from './live-statement-rotation';

const people = (n: number, prefix = 'p'): RotationCandidate[] =>
  Array.from({ length: n }, (_, i) => ({ personId: `${prefix}${i + 1}`, positionId: `pos${i + 1}`, organizationId: `org${i + 1}` }));
const ids = (list: { personId: string }[]) => list.map((c) => c.personId);

describe('termOfYear', () => {
  it('counts five-year terms from the setting, before and after it', () => {
    expect(TERM_YEARS).toBe(5);
    expect(termOfYear(2026, 2026)).toEqual({ startYear: 2026, endYear: 2030, key: 'T2026-2030', label: '2026—2030年任期' });
    expect(termOfYear(2030, 2026).startYear).toBe(2026);
    expect(termOfYear(2031, 2026).startYear).toBe(2031);
    expect(termOfYear(2025, 2026)).toMatchObject({ startYear: 2021, endYear: 2025 });
    expect(termOfYear(2027, 2022)).toMatchObject({ startYear: 2027, endYear: 2031 });
  });
});

describe('proposeLiveStatements', () => {
  it('proposes nobody when there is nobody', () => {
    expect(proposeLiveStatements({ year: 2026, termStartYear: 2026, candidates: [], hearings: [] })).toMatchObject({ quota: 0, proposed: [], remaining: 0, yearsLeft: 5 });
  });

  it('asks ⌈remaining ÷ years left⌉ not yet heard, in the order given', () => {
    const p = proposeLiveStatements({ year: 2026, termStartYear: 2026, candidates: people(11), hearings: [] });
    expect(p).toMatchObject({ yearsLeft: 5, remaining: 11, quota: 3 });
    expect(ids(p.proposed)).toEqual(['p1', 'p2', 'p3']);
  });

  it('catches up in the last years of the term', () => {
    const hearings: RotationHearing[] = [{ personId: 'p1', year: 2026 }];
    const p = proposeLiveStatements({ year: 2030, termStartYear: 2026, candidates: people(11), hearings });
    expect(p).toMatchObject({ yearsLeft: 1, remaining: 10, quota: 10 });
    expect(ids(p.proposed)).toEqual(['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11']);
  });

  it('never proposes fewer than an even share of the term, filling with those heard longest ago', () => {
    const hearings: RotationHearing[] = [
      { personId: 'p1', year: 2027 },
      { personId: 'p2', year: 2026 },
      { personId: 'p3', year: 2028 },
      { personId: 'p4', year: 2026 },
      { personId: 'p4', year: 2028 },
    ];
    const p = proposeLiveStatements({ year: 2029, termStartYear: 2026, candidates: people(5), hearings });
    // p5 alone is not heard: ⌈1 ÷ 2⌉ = 1, but the even share is ⌈5 ÷ 5⌉ = 1; then with 6 people it is 2.
    expect(p.quota).toBe(1);
    expect(ids(p.proposed)).toEqual(['p5']);
    const six = proposeLiveStatements({ year: 2029, termStartYear: 2026, candidates: [...people(5), { personId: 'p6', positionId: 'x', organizationId: 'y' }], hearings: [...hearings, { personId: 'p6', year: 2027 }] });
    expect(six.quota).toBe(2);
    expect(ids(six.proposed)).toEqual(['p5', 'p2']);
    expect(six.standings.find((s) => s.personId === 'p4')!.heardIn).toEqual([2026, 2028]);
  });

  it('counts only this term and not the proposal year itself', () => {
    const hearings: RotationHearing[] = [
      { personId: 'p1', year: 2025 },
      { personId: 'p2', year: 2031 },
      { personId: 'p3', year: 2027 },
    ];
    const p = proposeLiveStatements({ year: 2027, termStartYear: 2026, candidates: people(3), hearings });
    expect(p.standings.map((s) => s.heardIn)).toEqual([[], [], []]);
    expect(p.remaining).toBe(3);
  });

  it('treats a person appointed mid-term as not heard, whoever held the seat before', () => {
    const candidates = people(4);
    candidates[1] = { personId: 'newcomer', positionId: 'pos2', organizationId: 'org2' };
    const hearings: RotationHearing[] = ['p1', 'p2', 'p3', 'p4'].map((personId, i) => ({ personId, year: 2026 + Math.min(i, 1) }));
    const p = proposeLiveStatements({ year: 2028, termStartYear: 2026, candidates, hearings });
    expect(p.remaining).toBe(1);
    expect(ids(p.proposed)).toEqual(['newcomer']);
  });

  it('lists each person once even if they hold two seats', () => {
    const candidates = [...people(2), { personId: 'p1', positionId: 'pos9', organizationId: 'org9' }];
    expect(proposeLiveStatements({ year: 2026, termStartYear: 2026, candidates, hearings: [] }).standings).toHaveLength(2);
  });

  it.each([1, 2, 5, 7, 11, 12, 23, 50])('covers %i people within the term when each year takes the proposal', (n) => {
    const candidates = people(n);
    const hearings: RotationHearing[] = [];
    for (let year = 2026; year <= 2030; year++) {
      const p = proposeLiveStatements({ year, termStartYear: 2026, candidates, hearings });
      expect(p.quota).toBeGreaterThanOrEqual(Math.ceil(p.remaining / p.yearsLeft));
      hearings.push(...p.proposed.map((c) => ({ personId: c.personId, year })));
    }
    expect(new Set(hearings.map((h) => h.personId)).size).toBe(n);
  });
});
