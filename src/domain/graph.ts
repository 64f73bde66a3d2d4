import type { Graph, GraphEdge, GraphNode } from '../io/schema';

/** The relation of an edge whose file names none (its interface speaks of neighbours, not relations). */
export const UNNAMED_RELATION = 'linked-to';

/** Whether an edge points one way: as the edge says, else as the graph says (directed by default). */
export function isDirected(graph: Graph, edge: GraphEdge): boolean {
  return edge.directed ?? graph.meta.directed !== false;
}

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

/**
 * The new graph with the previous one's `meta` and `vocabularies` objects wherever they are equal in
 * value: a graph that grew (an expand from a SPARQL store builds its graph again) then leaves every
 * panel that reads only those (the toolbar's title, the legend, the type and relation names) as it
 * was, instead of rendering it again in the frame that should draw the new nodes.
 */
export function keepUnchangedParts(prev: Graph, next: Graph): Graph {
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  const meta = same(prev.meta, next.meta) ? prev.meta : next.meta;
  const vocabularies = same(prev.vocabularies, next.vocabularies) ? prev.vocabularies : next.vocabularies;
  return meta === next.meta && vocabularies === next.vocabularies ? next : { ...next, meta, vocabularies };
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

/** One neighbour under a relation, with every edge that joins them (parallel edges counted, not repeated). */
export interface RelationItem {
  other: string;
  edges: GraphEdge[];
}

export interface RelationGroup {
  relation: string;
  /** 'both' for undirected edges: the neighbour is listed once, whichever end it is. */
  direction: 'out' | 'in' | 'both';
  items: RelationItem[];
}

/** A node's relationships grouped by relation type and direction, in vocabulary order; each neighbour once per group. */
export function groupRelations(index: GraphIndex, id: string): RelationGroup[] {
  const order = new Map(index.graph.vocabularies.relationTypes.map((r, i) => [r.id, i]));
  const groups = new Map<string, RelationGroup & { byOther: Map<string, RelationItem> }>();
  for (const inc of index.incidences.get(id) ?? []) {
    const direction = isDirected(index.graph, inc.edge) ? inc.direction : 'both';
    const key = `${inc.edge.type}|${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation: inc.edge.type, direction, items: [], byOther: new Map() };
      groups.set(key, group);
    }
    const item = group.byOther.get(inc.other);
    if (item) item.edges.push(inc.edge);
    else {
      const fresh = { other: inc.other, edges: [inc.edge] };
      group.byOther.set(inc.other, fresh);
      group.items.push(fresh);
    }
  }
  const rank = { out: 0, both: 1, in: 2 } as const;
  return [...groups.values()]
    .map(({ relation, direction, items }) => ({ relation, direction, items }))
    .sort((a, b) => (order.get(a.relation) ?? 999) - (order.get(b.relation) ?? 999) || rank[a.direction] - rank[b.direction]);
}
