import { createHash } from 'node:crypto';
import { drawRank, drawSample, drawSize, DRAW_METHOD } from './spot-check-draw';

const people = (n: number) => Array.from({ length: n }, (_, i) => `person-${String(i + 1).padStart(3, '0')}`);

describe('drawSize', () => {
  it.each([
    [0, 0],
    [1, 1],
    [9, 1],
    [10, 1],
    [11, 2],
    [20, 2],
    [21, 3],
    [100, 10],
    [101, 11],
  ])('takes ⌈10%% × %i⌉ = %i', (count, size) => expect(drawSize(count)).toBe(size));

  it('rounds other rates up too, and refuses nonsense', () => {
    expect(drawSize(3, 50)).toBe(2);
    expect(drawSize(7, 100)).toBe(7);
    expect(() => drawSize(-1)).toThrow(RangeError);
    expect(() => drawSize(1.5)).toThrow(RangeError);
    expect(() => drawSize(5, 101)).toThrow(RangeError);
  });
});

describe('drawSample', () => {
  const seed = 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778';

  it('ranks by SHA-256 of "<seed>:<personId>" and takes the first ⌈10%⌉', () => {
    const candidates = people(23);
    const result = drawSample({ seed, candidates, excluded: [] });
    const byHand = candidates
      .map((id) => ({ id, h: createHash('sha256').update(`${seed}:${id}`).digest('hex') }))
      .sort((a, b) => a.h.localeCompare(b.h))
      .slice(0, 3)
      .map((x) => x.id);
    expect(result.method).toBe(DRAW_METHOD);
    expect(result.size).toBe(3);
    expect(result.drawn.map((d) => d.personId)).toEqual(byHand);
    expect(result.drawn[0].rank).toBe(drawRank(seed, byHand[0]));
  });

  it('is the same draw whatever the order of the list, and another seed gives another draw', () => {
    const candidates = people(40);
    const a = drawSample({ seed, candidates, excluded: [] });
    const b = drawSample({ seed, candidates: [...candidates].reverse(), excluded: [] });
    expect(b.drawn).toEqual(a.drawn);
    const others = ['1', '2', '3', '4', '5'].map((s) => drawSample({ seed: s, candidates, excluded: [] }).drawn.map((d) => d.personId).join());
    expect(new Set([a.drawn.map((d) => d.personId).join(), ...others]).size).toBeGreaterThan(1);
  });

  it('never draws an excluded person, and sizes the draw on the whole list', () => {
    const candidates = people(30);
    const first = drawSample({ seed, candidates, excluded: [] }).drawn.map((d) => d.personId);
    const result = drawSample({ seed, candidates, excluded: first });
    expect(result.size).toBe(3);
    expect(result.drawn).toHaveLength(3);
    for (const d of result.drawn) expect(first).not.toContain(d.personId);
    expect(result.eligible).toHaveLength(27);
  });

  it('draws whoever is left when fewer are eligible than asked, and nobody from nobody', () => {
    const candidates = people(12);
    expect(drawSample({ seed, candidates, excluded: candidates.slice(1) }).drawn.map((d) => d.personId)).toEqual([candidates[0]]);
    expect(drawSample({ seed, candidates, excluded: candidates }).drawn).toEqual([]);
    expect(drawSample({ seed, candidates: [], excluded: [] })).toMatchObject({ size: 0, drawn: [] });
  });

  it('counts a repeated candidate once', () => {
    expect(drawSample({ seed, candidates: ['a', 'a', 'b'], excluded: [] }).eligible).toHaveLength(2);
  });
});
