import type { Graph, GraphEdge, GraphNode } from '../io/schema';

export interface Incidence {
  edge: GraphEdge;
  /** The node at the other end. */
  other: string;
  direction: 'out' | 'in';
}

export interface GraphIndex {
  graph: Graph;
  nodeById: ReadonlyMap<string, GraphNode>;
  edgeById: ReadonlyMap<string, GraphEdge>;
  incidences: ReadonlyMap<string, readonly Incidence[]>;
}

export function indexGraph(graph: Graph): GraphIndex {
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const incidences = new Map<string, Incidence[]>(graph.nodes.map((n) => [n.id, []]));
  for (const edge of graph.edges) {
    incidences.get(edge.source)?.push({ edge, other: edge.target, direction: 'out' });
    if (edge.target !== edge.source) incidences.get(edge.target)?.push({ edge, other: edge.source, direction: 'in' });
  }
  return { graph, nodeById, edgeById, incidences };
}

export function neighbourIds(index: GraphIndex, id: string): Set<string> {
  return new Set((index.incidences.get(id) ?? []).map((i) => i.other));
}

/** Nodes within `k` hops of `id` (including `id`), ignoring edge direction. */
export function kHop(index: GraphIndex, id: string, k: number): Set<string> {
  const seen = new Set<string>();
  if (!index.nodeById.has(id)) return seen;
  seen.add(id);
  let frontier = [id];
  for (let step = 0; step < k && frontier.length; step++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const { other } of index.incidences.get(n) ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

export interface RelationGroup {
  relation: string;
  direction: 'out' | 'in';
  items: Incidence[];
}

/** A node's relationships grouped by relation type and direction, in vocabulary order. */
export function groupRelations(index: GraphIndex, id: string): RelationGroup[] {
  const order = new Map(index.graph.vocabularies.relationTypes.map((r, i) => [r.id, i]));
  const groups = new Map<string, RelationGroup>();
  for (const inc of index.incidences.get(id) ?? []) {
    const key = `${inc.edge.type}|${inc.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation: inc.edge.type, direction: inc.direction, items: [] };
      groups.set(key, group);
    }
    group.items.push(inc);
  }
  return [...groups.values()].sort(
    (a, b) =>
      (order.get(a.relation) ?? 999) - (order.get(b.relation) ?? 999) ||
      (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1),
  );
}
