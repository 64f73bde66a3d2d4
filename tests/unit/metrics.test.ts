import { describe, expect, it } from 'vitest';
import { pageRank } from '../../src/domain/communities';
import type { Graph } from '../../src/io/schema';

const graph = (edges: [string, string][], directed = true): Graph =>
  ({
    schemaVersion: 1,
    meta: { title: { zh: 't', en: 't' }, ...(directed ? {} : { directed: false }) },
    vocabularies: { nodeTypes: [{ id: 'n', label: { zh: 'n', en: 'n' }, color: '#888888', shape: 'ellipse' }], relationTypes: [], sectors: [], countries: [] },
    nodes: [...new Set(edges.flat())].map((id) => ({ id, type: 'n', name: { zh: id, en: id }, aliases: [], sectors: [], sources: [] })),
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target, type: 'linked-to', sources: [] })),
  }) as unknown as Graph;

describe('PageRank for node size', () => {
  it('ranks the node everyone links to first, and follows direction', () => {
    const r = pageRank(graph([['a', 'hub'], ['b', 'hub'], ['c', 'hub'], ['hub', 'd']]));
    const order = [...r].sort((x, y) => y[1] - x[1]).map(([id]) => id);
    expect(order[0]).toBe('d'); // the hub passes all it receives to d
    expect(order[1]).toBe('hub');
    expect([...r.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('on an undirected graph the best-connected node ranks first', () => {
    const r = pageRank(graph([['a', 'hub'], ['b', 'hub'], ['c', 'hub'], ['hub', 'd']], false));
    expect([...r].sort((x, y) => y[1] - x[1])[0]![0]).toBe('hub');
  });
});
