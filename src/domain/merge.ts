import type { Graph, GraphEdge, GraphNode, Source } from '../io/schema';
import { newId } from './curation';

/**
 * "Add to this graph": a second graph opened into the one on screen. Nothing changes until the
 * person has seen the plan: which nodes match (by id, or by the same name or alias in zh or en),
 * where they disagree (country, type, a relationship's year), and what is new.
 */

export type MatchRule = 'id' | 'name';

export interface Conflict {
  field: 'country' | 'type' | 'year';
  here: string;
  incoming: string;
}

export interface NodeMatch {
  incoming: GraphNode;
  existing: GraphNode;
  by: MatchRule;
  conflicts: Conflict[];
}

export interface EdgeMatch {
  incoming: GraphEdge;
  existing: GraphEdge;
  conflicts: Conflict[];
}

export interface MergePlan {
  matches: NodeMatch[];
  newNodes: GraphNode[];
  edgeMatches: EdgeMatch[];
  newEdges: GraphEdge[];
  /** Incoming node id → the id it has in the merged graph. */
  nodeIds: ReadonlyMap<string, string>;
}

/** How names are compared: Unicode-normalised, trimmed, spaces collapsed, case-insensitive. */
export const nameKey = (s: string): string => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

const namesOf = (n: GraphNode): string[] => [n.name.zh, n.name.en, ...n.aliases].map(nameKey).filter(Boolean);

export function planMerge(base: Graph, incoming: Graph): MergePlan {
  const byId = new Map(base.nodes.map((n) => [n.id, n]));
  const byName = new Map<string, GraphNode>();
  for (const n of base.nodes) for (const k of namesOf(n)) if (!byName.has(k)) byName.set(k, n);

  const taken = new Set<string>([...base.nodes.map((n) => n.id), ...base.edges.map((e) => e.id)]);
  const matches: NodeMatch[] = [];
  const newNodes: GraphNode[] = [];
  const nodeIds = new Map<string, string>();
  const claimed = new Set<string>();
  for (const n of incoming.nodes) {
    const idMatch = byId.get(n.id);
    const nameMatch = idMatch ? undefined : namesOf(n).map((k) => byName.get(k)).find((m) => m && !claimed.has(m.id));
    const existing = idMatch ?? nameMatch;
    if (existing && !claimed.has(existing.id)) {
      claimed.add(existing.id);
      nodeIds.set(n.id, existing.id);
      const conflicts: Conflict[] = [];
      if (n.country && existing.country && n.country !== existing.country) conflicts.push({ field: 'country', here: existing.country, incoming: n.country });
      if (n.type !== existing.type) conflicts.push({ field: 'type', here: existing.type, incoming: n.type });
      matches.push({ incoming: n, existing, by: idMatch ? 'id' : 'name', conflicts });
    } else {
      const id = taken.has(n.id) ? newId(n.name.en || n.id, taken, 'node') : n.id;
      taken.add(id);
      nodeIds.set(n.id, id);
      newNodes.push(id === n.id ? n : { ...n, id });
    }
  }

  const edgeKey = (source: string, target: string, type: string) => `${source}\u0000${target}\u0000${type}`;
  const baseEdges = new Map(base.edges.map((e) => [edgeKey(e.source, e.target, e.type), e]));
  const edgeMatches: EdgeMatch[] = [];
  const newEdges: GraphEdge[] = [];
  for (const e of incoming.edges) {
    const source = nodeIds.get(e.source) ?? e.source;
    const target = nodeIds.get(e.target) ?? e.target;
    const existing = baseEdges.get(edgeKey(source, target, e.type));
    if (existing) {
      const conflicts: Conflict[] = [];
      if (e.year !== undefined && existing.year !== undefined && e.year !== existing.year) conflicts.push({ field: 'year', here: String(existing.year), incoming: String(e.year) });
      edgeMatches.push({ incoming: e, existing, conflicts });
    } else {
      const id = taken.has(e.id) ? newId(`${source}-${e.type}-${target}`, taken, 'edge') : e.id;
      taken.add(id);
      newEdges.push({ ...e, id, source, target });
    }
  }
  return { matches, newNodes, edgeMatches, newEdges, nodeIds };
}

const sameSource = (a: Source, b: Source) => a.quote === b.quote && a.paragraph === b.paragraph && (a.document ?? '') === (b.document ?? '');
const unionSources = (a: readonly Source[], b: readonly Source[]): Source[] => [...a, ...b.filter((s) => !a.some((t) => sameSource(s, t)))];

/**
 * The merged graph: what is here stays as it is (a conflict keeps this graph's value; the review shows
 * it), matched nodes and relationships gain the incoming aliases and sources, new ones are added, and
 * the vocabularies and documents the new elements need come with them.
 */
export function applyMerge(base: Graph, incoming: Graph, plan: MergePlan): Graph {
  const extra = new Map(plan.matches.map((m) => [m.existing.id, m.incoming]));
  const nodes = base.nodes.map((n) => {
    const m = extra.get(n.id);
    if (!m) return n;
    const aliases = [...n.aliases];
    for (const a of [m.name.zh, m.name.en, ...m.aliases]) {
      if (![n.name.zh, n.name.en, ...aliases].some((x) => nameKey(x) === nameKey(a))) aliases.push(a);
    }
    return { ...n, aliases, sources: unionSources(n.sources, m.sources), ...(n.country || !m.country ? {} : { country: m.country }) };
  });
  const edgeExtra = new Map(plan.edgeMatches.map((m) => [m.existing.id, m.incoming]));
  const edges = base.edges.map((e) => {
    const m = edgeExtra.get(e.id);
    return m ? { ...e, sources: unionSources(e.sources, m.sources), ...(e.year === undefined && m.year !== undefined ? { year: m.year } : {}) } : e;
  });
  const v = base.vocabularies;
  const iv = incoming.vocabularies;
  const missing = <T>(here: readonly T[], there: readonly T[], key: (t: T) => string) => {
    const have = new Set(here.map(key));
    return there.filter((t) => !have.has(key(t)));
  };
  const docIds = new Set((base.documents ?? []).map((d) => d.id));
  return {
    ...base,
    vocabularies: {
      nodeTypes: [...v.nodeTypes, ...missing(v.nodeTypes, iv.nodeTypes, (t) => t.id)],
      relationTypes: [...v.relationTypes, ...missing(v.relationTypes, iv.relationTypes, (t) => t.id)],
      sectors: [...v.sectors, ...missing(v.sectors, iv.sectors, (t) => t.id)],
      countries: [...v.countries, ...missing(v.countries, iv.countries, (t) => t.code)],
    },
    // What comes without evidence is marked so, never silently taken for a sourced fact.
    nodes: [...nodes, ...plan.newNodes.map((n) => (n.sources.length || n.inferred ? n : { ...n, unsourced: true }))],
    edges: [...edges, ...plan.newEdges.map((e) => (e.sources.length || (e.inferred && e.note) ? e : { ...e, unsourced: true }))],
    ...(base.documents || incoming.documents ? { documents: [...(base.documents ?? []), ...(incoming.documents ?? []).filter((d) => !docIds.has(d.id))] } : {}),
  };
}
