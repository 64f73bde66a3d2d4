import { describe, expect, it } from 'vitest';
import bundled from '../../graph-data/graph.json';
import { layoutBundledGraph } from '../../scripts/bundledLayout';
import { indexGraph } from '../../src/domain/graph';
import type { Graph } from '../../src/io/schema';
import { nodeSizes } from '../../src/renderer/controllers';

const graph = bundled as unknown as Graph;

describe('the bundled graph laid out at build time', () => {
  const positions = layoutBundledGraph(graph);

  it('places every node, the same way every build', () => {
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(layoutBundledGraph(graph)).toEqual(positions);
  });

  it('leaves no two node bodies overlapping, and linked nodes near each other', () => {
    const sizes = nodeSizes(indexGraph(graph), 'degree');
    const ids = graph.nodes.map((n) => n.id);
    let overlaps = 0;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = positions[ids[i]!]!, b = positions[ids[j]!]!;
        const reach = ((sizes.get(ids[i]!) ?? 30) + (sizes.get(ids[j]!) ?? 30)) / 2;
        if (Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach) overlaps++;
      }
    expect(overlaps).toBe(0);
    // A force layout: edges are on average much shorter than the distance between random pairs.
    const dist = (a: string, b: string) => Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    const edgeMean = graph.edges.reduce((s, e) => s + dist(e.source, e.target), 0) / graph.edges.length;
    let pairSum = 0;
    let pairs = 0;
    for (let i = 0; i < ids.length; i += 3) for (let j = i + 1; j < ids.length; j += 5, pairs++) pairSum += dist(ids[i]!, ids[j]!);
    expect(edgeMean).toBeLessThan((pairSum / pairs) * 0.6);
  });
});
