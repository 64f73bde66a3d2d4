import { cleanArticle } from './article';
import { graphSchema, type Fact, type Graph, type GraphDocument, type GraphEdge, type GraphNode, type Localized, type RelationType, type Source } from '../io/schema';
import { checkGraph, formatPath, type ValidationIssue } from '../io/validateGraph';

/**
 * Curating a graph: every edit is a pure function from one graph to the next, and the next graph is
 * checked exactly as an opened file is (the schema, then the references and the quotes). An edit that
 * would break the graph is refused with the reason, and nothing changes.
 */

export type EditOutcome = { ok: true; graph: Graph } | { ok: false; issues: ValidationIssue[] };

/** Checks `next` as `validate-data` checks graph-data (`article` given) or as an opened file is checked. */
export function checkEdit(next: Graph, article?: readonly string[]): EditOutcome {
  const parsed = graphSchema.safeParse(next);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  const issues = checkGraph(parsed.data, article);
  return issues.length ? { ok: false, issues } : { ok: true, graph: parsed.data };
}

/** A kebab-case id from a name (the English one: every name has one), unique among `taken`. */
export function newId(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(base)) return base;
  let i = 2;
  while (taken.has(`${base}-${i}`)) i++;
  return `${base}-${i}`;
}

const ids = (graph: Graph) => new Set<string>([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);

export interface NodeDraft {
  name: Localized;
  aliases: string[];
  type: string;
  country?: string;
  sectors: string[];
  description?: Localized;
  /** The node's figures (facts) as they should be; absent: left as they are. */
  facts?: Fact[];
}

/** A figure as a curator types it: names, a value, a unit, a year (text fields, checked on save). */
export interface FigureDraft {
  key?: string;
  label: Localized;
  value: string;
  unit: Localized;
  year: string;
  /** Kept from the figure edited (its sources, qualifier, period). */
  rest?: Partial<Fact>;
}

/** Figures typed in a form as graph-data facts; a blank row is dropped. Keys are kept, or made from the English name. */
export function figuresToFacts(rows: readonly FigureDraft[]): Fact[] {
  const taken = new Set(rows.flatMap((r) => (r.key ? [r.key] : [])));
  return rows
    .filter((r) => r.label.zh.trim() || r.label.en.trim() || r.value.trim())
    .map((r) => {
      const key = r.key ?? newId(r.label.en, taken, 'figure');
      taken.add(key);
      const unit = r.unit.zh.trim() || r.unit.en.trim() ? { unit: { zh: r.unit.zh.trim(), en: r.unit.en.trim() } } : {};
      const year = r.year.trim() ? { year: Number(r.year.trim()) } : {};
      const { unit: _u, year: _y, ...rest } = r.rest ?? {};
      void _u;
      void _y;
      return { sources: [], ...rest, key, label: { zh: r.label.zh.trim(), en: r.label.en.trim() }, value: r.value.trim() === '' ? Number.NaN : Number(r.value.trim()), ...unit, ...year };
    });
}

export function addNode(graph: Graph, draft: NodeDraft, position?: { x: number; y: number }): { graph: Graph; id: string } {
  const id = newId(draft.name.en || draft.name.zh, ids(graph), 'node');
  const node: GraphNode = {
    id,
    ...nodeFields(draft),
    sources: [],
    unsourced: true,
    ...(position ? { position } : {}),
  };
  return { graph: { ...graph, nodes: [...graph.nodes, node] }, id };
}

function nodeFields(d: NodeDraft): Omit<GraphNode, 'id' | 'sources'> {
  return {
    ...(d.facts?.length ? { facts: d.facts } : {}),
    type: d.type,
    name: { zh: d.name.zh.trim(), en: d.name.en.trim() },
    aliases: d.aliases.map((a) => a.trim()).filter(Boolean),
    sectors: d.sectors,
    ...(d.country ? { country: d.country } : {}),
    ...(d.description && (d.description.zh.trim() || d.description.en.trim()) ? { description: { zh: d.description.zh.trim(), en: d.description.en.trim() } } : {}),
  };
}

/** The node with new names, type, country, sectors and description; the rest (sources, facts, attributes) stays. */
export function updateNode(graph: Graph, id: string, draft: NodeDraft): Graph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      if (n.id !== id) return n;
      const { country: _c, description: _d, facts, ...rest } = n;
      void _c;
      void _d;
      // Figures are replaced only when the form gave them.
      return { ...rest, ...(draft.facts === undefined && facts ? { facts } : {}), ...nodeFields(draft) };
    }),
  };
}

/** The edges that deleting the node takes with it. */
export function edgesOf(graph: Graph, id: string): GraphEdge[] {
  return graph.edges.filter((e) => e.source === id || e.target === id);
}

export function deleteNode(graph: Graph, id: string): Graph {
  return { ...graph, nodes: graph.nodes.filter((n) => n.id !== id), edges: graph.edges.filter((e) => e.source !== id && e.target !== id) };
}

export interface EdgeDraft {
  source: string;
  target: string;
  type: string;
  year?: number;
  role?: Localized;
}

/** Evidence for a fact: a quote, or "inferred" with a note saying why, or none (then marked unsourced). */
export type Evidence = { kind: 'quote'; source: Source } | { kind: 'inferred'; note: Localized } | { kind: 'none' };

function evidenceFields(evidence: Evidence): Pick<GraphEdge, 'sources'> & Partial<Pick<GraphEdge, 'inferred' | 'note' | 'unsourced'>> {
  if (evidence.kind === 'quote') return { sources: [evidence.source] };
  if (evidence.kind === 'inferred') return { sources: [], inferred: true, note: evidence.note };
  return { sources: [], unsourced: true };
}

export function addEdge(graph: Graph, draft: EdgeDraft, evidence: Evidence): { graph: Graph; id: string } {
  const id = newId(`${draft.source}-${draft.type}-${draft.target}`, ids(graph), 'edge');
  const edge: GraphEdge = {
    id,
    source: draft.source,
    target: draft.target,
    type: draft.type,
    ...(draft.year !== undefined ? { year: draft.year } : {}),
    ...(draft.role && draft.role.zh.trim() && draft.role.en.trim() ? { role: { zh: draft.role.zh.trim(), en: draft.role.en.trim() } } : {}),
    ...evidenceFields(evidence),
  };
  return { graph: { ...graph, edges: [...graph.edges, edge] }, id };
}

/** A relationship's type, year and role; its ends and evidence stay. */
export function updateEdge(graph: Graph, id: string, draft: Omit<EdgeDraft, 'source' | 'target'>): Graph {
  return {
    ...graph,
    edges: graph.edges.map((e) => {
      if (e.id !== id) return e;
      const { year: _y, role: _r, ...rest } = e;
      void _y;
      void _r;
      return {
        ...rest,
        type: draft.type,
        ...(draft.year !== undefined ? { year: draft.year } : {}),
        ...(draft.role && draft.role.zh.trim() && draft.role.en.trim() ? { role: { zh: draft.role.zh.trim(), en: draft.role.en.trim() } } : {}),
      };
    }),
  };
}

export function deleteEdge(graph: Graph, id: string): Graph {
  return { ...graph, edges: graph.edges.filter((e) => e.id !== id) };
}

/** A new relation type in the vocabulary, with its labels both ways. */
export function addRelationType(graph: Graph, label: Localized, inverse: Localized): { graph: Graph; id: string } {
  const id = newId(label.en, new Set(graph.vocabularies.relationTypes.map((r) => r.id)), 'relation');
  const type: RelationType = { id, label, inverse };
  return { graph: { ...graph, vocabularies: { ...graph.vocabularies, relationTypes: [...graph.vocabularies.relationTypes, type] } }, id };
}

export type Target = { kind: 'node' | 'edge'; id: string };

/** Adds a quote as evidence for a node or a relationship; it is then no longer unsourced. */
export function addEvidence(graph: Graph, target: Target, source: Source): Graph {
  const withSource = <T extends { sources: Source[]; unsourced?: boolean }>(x: T): T => {
    const { unsourced: _u, ...rest } = x;
    void _u;
    const dup = x.sources.some((s) => s.quote === source.quote && s.paragraph === source.paragraph && (s.document ?? '') === (source.document ?? ''));
    return { ...(rest as T), sources: dup ? x.sources : [...x.sources, source] };
  };
  if (target.kind === 'node') return { ...graph, nodes: graph.nodes.map((n) => (n.id === target.id ? withSource(n) : n)) };
  return { ...graph, edges: graph.edges.map((e) => (e.id === target.id ? withSource(e) : e)) };
}

/** Marks a node or relationship inferred, with a note saying why (on a node, the note becomes its isolatedReason-free description of the inference). */
export function markInferred(graph: Graph, target: Target, note: Localized): Graph {
  if (target.kind === 'edge') {
    return { ...graph, edges: graph.edges.map((e) => (e.id === target.id ? { ...e, inferred: true, note, unsourced: undefined } : e)).map(dropUndefined) };
  }
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === target.id ? { ...n, inferred: true, unsourced: undefined } : n)).map(dropUndefined) };
}

function dropUndefined<T extends object>(x: T): T {
  return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A pasted or opened text as a document: reading aids cleaned as the article's are, split into
 * paragraphs at line breaks (blank lines dropped). Traditional characters stay as written.
 */
export function documentFromText(text: string, title: Localized, taken: ReadonlySet<string>, date?: string): GraphDocument {
  const paragraphs = cleanArticle(text)
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^#+\s*$/.test(p));
  return {
    id: newId(title.en || title.zh, new Set([...taken, 'article']), 'document'),
    title,
    ...(date ? { date } : {}),
    paragraphs: paragraphs.length ? paragraphs : [''],
  };
}

export function addDocument(graph: Graph, doc: GraphDocument): Graph {
  return { ...graph, documents: [...(graph.documents ?? []), doc] };
}

/** What the explorer shows for "unsaved" evidence counts: facts marked unsourced. */
export function unsourcedCount(graph: Graph): number {
  return graph.nodes.filter((n) => n.unsourced).length + graph.edges.filter((e) => e.unsourced).length;
}
