import { describe, expect, it } from 'vitest';
import { groupRelations, indexGraph, keepUnchangedParts, kHop, neighbourIds } from '../../src/domain/graph';
import { createAppStore } from '../../src/store/appStore';
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

describe('keepUnchangedParts', () => {
  it("keeps the previous graph's meta and vocabularies when equal in value, so that panels reading only them stay as they were", () => {
    const grown = structuredClone(bundledGraph);
    grown.nodes.push({ ...grown.nodes[0]!, id: 'new-node' });
    const kept = keepUnchangedParts(bundledGraph, grown);
    expect(kept.vocabularies).toBe(bundledGraph.vocabularies);
    expect(kept.meta).toBe(bundledGraph.meta);
    expect(kept.nodes).toBe(grown.nodes);
    // A new type is a new vocabulary.
    const typed = structuredClone(grown);
    typed.vocabularies.nodeTypes.push({ ...typed.vocabularies.nodeTypes[0]!, id: 'new-type' });
    expect(keepUnchangedParts(bundledGraph, typed).vocabularies).toBe(typed.vocabularies);
    expect(keepUnchangedParts(bundledGraph, typed).meta).toBe(bundledGraph.meta);
  });

  it('is what the store keeps when a graph is replaced', () => {
    const store = createAppStore(bundledGraph);
    const grown = structuredClone(bundledGraph);
    grown.nodes.push({ ...grown.nodes[0]!, id: 'new-node' });
    store.getState().replaceGraph(grown);
    expect(store.getState().graph.vocabularies).toBe(bundledGraph.vocabularies);
    expect(store.getState().index.nodeById.has('new-node')).toBe(true);
  });
});
