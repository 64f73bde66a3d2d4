import { describe, expect, it } from 'vitest';
import { groupRelations, indexGraph, kHop, neighbourIds } from '../../src/domain/graph';
import { bundledGraph } from '../fixtures';

const index = indexGraph(bundledGraph);

describe('graph queries', () => {
  it('neighbours ignore direction', () => {
    const nb = neighbourIds(index, 'elsevier');
    expect(nb.has('relx')).toBe(true);
    expect(nb.has('cell-press')).toBe(true);
  });

  it('k-hop grows with k and includes the start', () => {
    const one = kHop(index, 'the-lancet', 1);
    const two = kHop(index, 'the-lancet', 2);
    expect([...one].sort()).toEqual(['elsevier', 'relx', 'the-lancet']);
    expect(two.has('cell-press')).toBe(true);
    expect(two.size).toBeGreaterThan(one.size);
    expect(kHop(index, 'missing', 2).size).toBe(0);
  });

  it('groups relationships by type and direction, in vocabulary order', () => {
    const groups = groupRelations(index, 'relx');
    const keys = groups.map((g) => `${g.relation}:${g.direction}`);
    expect(keys[0]).toBe('subsidiary-of:in');
    expect(keys).toContain('located-in:out');
    expect(keys).toContain('works-for:in');
    const total = groups.reduce((s, g) => s + g.items.length, 0);
    expect(total).toBe(index.incidences.get('relx')!.length);
  });
});
