import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Graph as GraphData } from '../io/schema';
import { rngFrom } from './random';

const cache = new WeakMap<GraphData, Map<string, number>>();

/**
 * Communities by Louvain modularity (graphology's implementation), with a fixed seed so that the
 * same graph always gets the same communities; numbered from 1 by size, largest first. Edge
 * weights count where the file gives them.
 */
export function communities(graph: GraphData): Map<string, number> {
  const known = cache.get(graph);
  if (known) return known;
  const raw = louvain(simpleGraph(graph, 'undirected'), { getEdgeWeight: 'weight', rng: rngFrom(7) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = new Map([...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i + 1]));
  const result = new Map(Object.entries(raw).map(([id, c]) => [id, order.get(c)!]));
  cache.set(graph, result);
  return result;
}

/**
 * The graph as graphology sees it for a metric: one edge per pair (parallel edges add their
 * weights, 1 where the file gives none), no self-loops.
 */
function simpleGraph(graph: GraphData, type: 'directed' | 'undirected'): Graph {
  const g = new Graph({ type, multi: false, allowSelfLoops: false });
  for (const n of graph.nodes) g.addNode(n.id);
  for (const e of graph.edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    const w = typeof e.weight === 'number' && e.weight > 0 ? e.weight : 1;
    if (g.hasEdge(e.source, e.target)) g.updateEdgeAttribute(e.source, e.target, 'weight', (x) => (x as number) + w);
    else g.addEdge(e.source, e.target, { weight: w });
  }
  return g;
}

const ranks = new WeakMap<GraphData, Map<string, number>>();

/** PageRank (graphology-metrics), following the edges' direction unless the graph is undirected; weighted where the file weighs. */
export function pageRank(graph: GraphData): Map<string, number> {
  const known = ranks.get(graph);
  if (known) return known;
  const raw = pagerank(simpleGraph(graph, graph.meta.directed === false ? 'undirected' : 'directed'), { getEdgeWeight: 'weight' });
  const result = new Map(Object.entries(raw));
  ranks.set(graph, result);
  return result;
}
