import type { Visibility } from '../domain/filters';
import type { GraphIndex } from '../domain/graph';
import { graphSchema, type Graph } from './schema';

/**
 * The visible part of the graph in the graph-data format, with node positions, so that it can be
 * opened again as it was seen. Checked against the schema before it leaves.
 */
export function visibleSubgraph(index: GraphIndex, visibility: Visibility, positions: ReadonlyMap<string, { x: number; y: number }>, views?: Graph['views']): Graph {
  const { graph } = index;
  const nodes = graph.nodes
    .filter((n) => visibility.visible.has(n.id))
    .map((n) => {
      const p = positions.get(n.id);
      return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { ...n, position: { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 } } : { ...n };
    });
  const edges = graph.edges.filter(
    (e) => visibility.visible.has(e.source) && visibility.visible.has(e.target) && (!visibility.edges || visibility.edges.has(e.id)),
  );
  const whole = nodes.length === graph.nodes.length;
  const out = {
    ...graph,
    meta: whole
      ? graph.meta
      : { ...graph.meta, title: { zh: `${graph.meta.title.zh}（部分）`, en: `${graph.meta.title.en} (part)` } },
    nodes: nodes.map((n) => (edges.some((e) => e.source === n.id || e.target === n.id) || n.isolatedReason ? n : { ...n, isolatedReason: 'exported without its neighbours' })),
    edges,
    ...(views?.length ? { views } : {}),
  };
  return graphSchema.parse(out);
}
