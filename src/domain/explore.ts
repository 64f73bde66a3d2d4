import type { GraphEdge } from '../io/schema';
import { kHop, type GraphIndex } from './graph';

export interface Focus {
  id: string;
  k: number;
  /** Nodes whose neighbours were added to the focus ("expand"). */
  expanded: readonly string[];
}

/** The nodes a focus shows: the k-hop neighbourhood plus every expanded node's neighbours. */
export function focusSet(index: GraphIndex, focus: Focus): Set<string> {
  const set = kHop(index, focus.id, focus.k);
  for (const id of focus.expanded) for (const n of kHop(index, id, 1)) set.add(n);
  return set;
}

export interface PathStep {
  from: string;
  to: string;
  /** Every edge joining the two nodes, in either direction. */
  edges: GraphEdge[];
}

export interface GraphPath {
  nodes: string[];
  steps: PathStep[];
}

/**
 * All shortest paths between two nodes, ignoring direction (a relation read either way is still a
 * link), at most `limit` of them. Empty when there is none.
 */
export function shortestPaths(index: GraphIndex, from: string, to: string, limit = 8): GraphPath[] {
  if (!index.nodeById.has(from) || !index.nodeById.has(to)) return [];
  if (from === to) return [{ nodes: [from], steps: [] }];
  const dist = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, string[]>();
  let frontier = [from];
  while (frontier.length && !dist.has(to)) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const { other } of index.incidences.get(u) ?? []) {
        const d = dist.get(u)! + 1;
        if (!dist.has(other)) {
          dist.set(other, d);
          preds.set(other, [u]);
          next.push(other);
        } else if (dist.get(other) === d && !preds.get(other)!.includes(u)) preds.get(other)!.push(u);
      }
    }
    frontier = next;
  }
  if (!dist.has(to)) return [];
  const paths: string[][] = [];
  const walk = (node: string, suffix: string[]) => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push([from, ...suffix]);
      return;
    }
    for (const p of [...(preds.get(node) ?? [])].sort()) walk(p, [node, ...suffix]);
  };
  walk(to, []);
  return paths.map((nodes) => ({
    nodes,
    steps: nodes.slice(1).map((n, i) => {
      const prev = nodes[i]!;
      const edges = (index.incidences.get(prev) ?? []).filter((inc) => inc.other === n).map((inc) => inc.edge);
      return { from: prev, to: n, edges };
    }),
  }));
}

export const START_FACTS: ReadonlySet<string> = new Set(['founded', 'first-held', 'published', 'date']);

/** The year a node came into being, as far as the graph says: its founding facts or founding edges. */
export function startYear(index: GraphIndex, id: string): number | undefined {
  const node = index.nodeById.get(id);
  if (!node) return undefined;
  const years: number[] = [];
  for (const f of node.facts ?? []) if (START_FACTS.has(f.key)) years.push(f.year ?? f.value);
  for (const { edge, direction } of index.incidences.get(id) ?? []) {
    if (edge.year !== undefined && direction === 'in' && edge.type === 'founded') years.push(edge.year);
  }
  return years.length ? Math.min(...years) : undefined;
}

/** Every year the graph mentions (facts and edges), ascending. */
export function graphYears(index: GraphIndex): number[] {
  const years = new Set<number>();
  for (const n of index.graph.nodes)
    for (const f of n.facts ?? []) {
      if (f.year !== undefined) years.add(f.year);
      if (START_FACTS.has(f.key) || f.key === 'upgraded' || f.key === 'period') years.add(f.value);
    }
  for (const e of index.graph.edges) if (e.year !== undefined) years.add(e.year);
  return [...years].filter((y) => y >= 1000 && y <= 2999).sort((a, b) => a - b);
}

/** Nodes and edges that existed or had happened by the end of `year`. Undated ones always count. */
// Start years per graph, worked out once: the timeline asks for them at every step of its slider.
const startYearCache = new WeakMap<GraphIndex, ReadonlyMap<string, number>>();
function startYears(index: GraphIndex): ReadonlyMap<string, number> {
  let years = startYearCache.get(index);
  if (!years) {
    const map = new Map<string, number>();
    for (const n of index.graph.nodes) {
      const y = startYear(index, n.id);
      if (y !== undefined) map.set(n.id, y);
    }
    startYearCache.set(index, map);
    years = map;
  }
  return years;
}

/**
 * What the timeline shows at the end of `year`: dated items from their year on; undated ones
 * always ('show'), always but dimmed ('dim', listed in `undated`), or never ('hide').
 */
export function timelineSets(
  index: GraphIndex,
  year: number,
  undatedMode: 'show' | 'dim' | 'hide' = 'show',
): { nodes: Set<string>; edges: Set<string>; undated: Set<string> } {
  const starts = startYears(index);
  const nodes = new Set<string>();
  const undated = new Set<string>();
  for (const n of index.graph.nodes) {
    const y = starts.get(n.id);
    if (y === undefined) {
      if (undatedMode !== 'hide') nodes.add(n.id);
      if (undatedMode === 'dim') undated.add(n.id);
    } else if (y <= year) nodes.add(n.id);
  }
  const edges = new Set<string>();
  for (const e of index.graph.edges) {
    const inTime = e.year === undefined ? undatedMode !== 'hide' : e.year <= year;
    if (inTime && nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
  }
  return { nodes, edges, undated };
}

/** Degree of every node (edges counted once per end). */
export function degreeCentrality(index: GraphIndex): Map<string, number> {
  return new Map(index.graph.nodes.map((n) => [n.id, index.incidences.get(n.id)?.length ?? 0]));
}

/** Betweenness centrality (Brandes), undirected, normalised to 0..1 by the largest value. */
export function betweennessCentrality(index: GraphIndex): Map<string, number> {
  const ids = index.graph.nodes.map((n) => n.id);
  const cb = new Map(ids.map((id) => [id, 0]));
  const neighbours = new Map(ids.map((id) => [id, [...new Set((index.incidences.get(id) ?? []).map((i) => i.other))]]));
  for (const s of ids) {
    const stack: string[] = [];
    const pred = new Map<string, string[]>(ids.map((id) => [id, []]));
    const sigma = new Map(ids.map((id) => [id, 0]));
    const dist = new Map(ids.map((id) => [id, -1]));
    sigma.set(s, 1);
    dist.set(s, 0);
    const queue = [s];
    for (let qi = 0; qi < queue.length; qi++) {
      const v = queue[qi]!;
      stack.push(v);
      for (const w of neighbours.get(v)!) {
        if (dist.get(w)! < 0) {
          queue.push(w);
          dist.set(w, dist.get(v)! + 1);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, sigma.get(w)! + sigma.get(v)!);
          pred.get(w)!.push(v);
        }
      }
    }
    const delta = new Map(ids.map((id) => [id, 0]));
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of pred.get(w)!) delta.set(v, delta.get(v)! + (sigma.get(v)! / sigma.get(w)!) * (1 + delta.get(w)!));
      if (w !== s) cb.set(w, cb.get(w)! + delta.get(w)!);
    }
  }
  const max = Math.max(0, ...cb.values());
  return new Map([...cb].map(([id, v]) => [id, max > 0 ? v / max : 0]));
}
