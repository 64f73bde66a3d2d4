import { describe, expect, it } from 'vitest';
import { computeVisibility, EMPTY_FILTERS, facetCounts, toggleValue, type Filters } from '../../src/domain/filters';
import { indexGraph } from '../../src/domain/graph';
import type { Graph } from '../../src/io/schema';
import { bundledGraph } from '../fixtures';

// A small fixture with known answers.
const vocab = bundledGraph.vocabularies;
const n = (id: string, type: string, country: string | undefined, sectors: string[]) => ({
  id, type, country, sectors, aliases: [], name: { zh: id, en: id }, sources: [],
});
const fixture: Graph = {
  schemaVersion: 1,
  meta: { title: { zh: '测', en: 'test' } },
  vocabularies: vocab,
  nodes: [
    n('a', 'organisation', 'CN', ['biopharma']),
    n('b', 'organisation', 'DK', ['biopharma', 'health']),
    n('c', 'person', 'DK', []),
    n('d', 'place', 'US', ['government']),
    n('e', 'topic', undefined, ['health']),
  ],
  edges: [
    { id: 'ab', source: 'a', target: 'b', type: 'partner-of', sources: [{ quote: 'xx', paragraph: 1 }] },
    { id: 'cd', source: 'c', target: 'd', type: 'located-in', sources: [{ quote: 'xx', paragraph: 1 }] },
    { id: 'be', source: 'b', target: 'e', type: 'focuses-on', sources: [{ quote: 'xx', paragraph: 1 }] },
  ],
};
const index = indexGraph(fixture);
const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
const ids = (s: Set<string>) => [...s].sort();

describe('filters', () => {
  it('nothing checked means no restriction', () => {
    const v = computeVisibility(index, EMPTY_FILTERS);
    expect(ids(v.visible)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(v.dimmed.size).toBe(0);
  });

  it('OR within a group', () => {
    expect(ids(computeVisibility(index, f({ countries: ['CN', 'US'] })).visible)).toEqual(['a', 'd']);
  });

  it('AND across groups', () => {
    expect(ids(computeVisibility(index, f({ countries: ['DK'], types: ['organisation'] })).visible)).toEqual(['b']);
    expect(ids(computeVisibility(index, f({ countries: ['DK'], sectors: ['government'] })).visible)).toEqual([]);
  });

  it('a node with no country matches no country value', () => {
    expect(computeVisibility(index, f({ countries: ['DK', 'CN', 'US'] })).visible.has('e')).toBe(false);
  });

  it('keep neighbours adds the direct neighbours, dimmed', () => {
    const v = computeVisibility(index, f({ countries: ['CN'], keepNeighbours: true }));
    expect(ids(v.visible)).toEqual(['a', 'b']);
    expect(ids(v.dimmed)).toEqual(['b']);
  });

  it('keep neighbours with an empty match shows nothing', () => {
    const v = computeVisibility(index, f({ countries: ['DK'], sectors: ['government'], keepNeighbours: true }));
    expect(v.visible.size).toBe(0);
  });

  it('facet counts follow the other groups, not their own', () => {
    const filters = f({ countries: ['DK'] });
    expect(Object.fromEntries(facetCounts(fixture.nodes, filters, 'countries'))).toEqual({ CN: 1, DK: 2, US: 1 });
    expect(Object.fromEntries(facetCounts(fixture.nodes, filters, 'types'))).toEqual({ organisation: 1, person: 1 });
    expect(Object.fromEntries(facetCounts(fixture.nodes, filters, 'sectors'))).toEqual({ biopharma: 1, health: 1 });
  });

  it('toggleValue adds once and removes', () => {
    const a = toggleValue(EMPTY_FILTERS, 'types', 'person', true);
    expect(toggleValue(a, 'types', 'person', true).types).toEqual(['person']);
    expect(toggleValue(a, 'types', 'person', false).types).toEqual([]);
  });

  it('on graph-data, Denmark shows only Danish nodes', () => {
    const real = indexGraph(bundledGraph);
    const v = computeVisibility(real, f({ countries: ['DK'] }));
    expect(ids(v.visible)).toEqual(['denmark', 'novo-nordisk']);
  });
});
