import { describe, expect, it } from 'vitest';
import { separateOverlaps, type Box } from '../../src/domain/separate';

const overlaps = (bs: Box[]) => {
  let n = 0;
  for (let i = 0; i < bs.length; i++)
    for (let j = i + 1; j < bs.length; j++) {
      const a = bs[i]!, b = bs[j]!;
      if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) n++;
    }
  return n;
};

describe('separateOverlaps', () => {
  it('separates two stacked boxes along the shorter overlap', () => {
    const bs = separateOverlaps([{ x: 0, y: 0, w: 20, h: 20 }, { x: 5, y: 0, w: 20, h: 20 }], 0);
    expect(overlaps(bs)).toBe(0);
    expect(bs[0]!.y).toBe(0);
    expect(bs[1]!.x - bs[0]!.x).toBeCloseTo(20);
  });

  it('leaves non-overlapping boxes where they are', () => {
    const input = [{ x: 0, y: 0, w: 10, h: 10 }, { x: 50, y: 0, w: 10, h: 10 }];
    expect(separateOverlaps(structuredClone(input))).toEqual(input);
  });

  it('untangles a crowd', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const bs = Array.from({ length: 120 }, () => ({ x: rnd() * 300, y: rnd() * 300, w: 20, h: 20 }));
    expect(overlaps(bs)).toBeGreaterThan(10);
    separateOverlaps(bs, 2, 200);
    expect(overlaps(bs)).toBe(0);
  });
});
