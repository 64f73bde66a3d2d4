import countries from 'i18n-iso-countries';
import { articleParagraphs, cleanArticle } from '../domain/article';
import { ARTICLE_DOCUMENT, graphSchema, ID_PATTERN, type Graph, type Source } from './schema';

export interface ValidationIssue {
  /** JSON path into the file, e.g. `nodes[3].country`. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; graph: Graph; issues: [] }
  | { ok: false; issues: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/**
 * Checks what a schema cannot: that references resolve, ids are unique, codes are real, and (when
 * the article is given) that every quote is found verbatim in the paragraph it names.
 */
export function checkReferences(graph: Graph, rawArticle?: string): ValidationIssue[] {
  return checkGraph(graph, rawArticle !== undefined ? articleParagraphs(cleanArticle(rawArticle)) : undefined);
}

/**
 * The same checks with the article already cleaned and split (the explorer holds it so): an edit is
 * checked exactly as `validate-data` checks the file. With no article, quotes of the article are not
 * checked (another tool's file has none), but quotes of the graph's own documents always are.
 */
export function checkGraph(graph: Graph, article?: readonly string[]): ValidationIssue[] {
  return [...(article !== undefined ? curatedRules(graph) : []), ...referenceRules(graph, article)];
}

/** What graph-data itself promises beyond any opened file: kebab-case ids and a source for every edge. */
function curatedRules(graph: Graph): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  graph.nodes.forEach((n, i) => {
    if (!ID_PATTERN.test(n.id)) issues.push({ path: `nodes[${i}].id`, message: 'must be kebab-case (a-z, 0-9 and single hyphens)' });
  });
  graph.edges.forEach((e, i) => {
    // A curator may save a fact as inferred (with a note saying why) or, marked, without evidence.
    if (e.sources.length === 0 && !(e.inferred && e.note) && !e.unsourced) {
      issues.push({ path: `edges[${i}].sources`, message: 'every edge needs at least one source (or is inferred, with a note, or marked unsourced)' });
    }
  });
  return issues;
}

function referenceRules(graph: Graph, article?: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const { vocabularies: v } = graph;

  const uniq = <T>(items: readonly T[], key: (t: T) => string, where: string, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) add(`${where}[${i}]`, `duplicate ${what} "${k}"`);
      seen.add(k);
    });
    return seen;
  };
  const nodeTypes = uniq(v.nodeTypes, (t) => t.id, 'vocabularies.nodeTypes', 'node type');
  const relations = uniq(v.relationTypes, (t) => t.id, 'vocabularies.relationTypes', 'relation type');
  const sectors = uniq(v.sectors, (t) => t.id, 'vocabularies.sectors', 'sector');
  const countryCodes = uniq(v.countries, (t) => t.code, 'vocabularies.countries', 'country');
  v.countries.forEach((c, i) => {
    if (!countries.isValid(c.code)) add(`vocabularies.countries[${i}].code`, `"${c.code}" is not an ISO 3166-1 alpha-2 code`);
  });

  const nodeIds = uniq(graph.nodes, (n) => n.id, 'nodes', 'node id');
  const edgeIds = uniq(graph.edges, (e) => e.id, 'edges', 'edge id');
  graph.edges.forEach((e, i) => {
    if (nodeIds.has(e.id)) add(`edges[${i}].id`, `edge id "${e.id}" is also a node id`);
  });
  void edgeIds;

  const degree = new Map<string, number>();
  graph.edges.forEach((e, i) => {
    if (!nodeIds.has(e.source)) add(`edges[${i}].source`, `no node with id "${e.source}"`);
    if (!nodeIds.has(e.target)) add(`edges[${i}].target`, `no node with id "${e.target}"`);
    if (!relations.has(e.type)) add(`edges[${i}].type`, `relation type "${e.type}" is not in vocabularies.relationTypes`);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  });

  graph.nodes.forEach((n, i) => {
    if (!nodeTypes.has(n.type)) add(`nodes[${i}].type`, `node type "${n.type}" is not in vocabularies.nodeTypes`);
    if (n.country !== undefined) {
      if (!countries.isValid(n.country)) add(`nodes[${i}].country`, `"${n.country}" is not an ISO 3166-1 alpha-2 code`);
      else if (!countryCodes.has(n.country)) add(`nodes[${i}].country`, `country "${n.country}" is not in vocabularies.countries`);
    }
    n.sectors.forEach((s, j) => {
      if (!sectors.has(s)) add(`nodes[${i}].sectors[${j}]`, `sector "${s}" is not in vocabularies.sectors`);
    });
    if (article !== undefined && !degree.get(n.id) && !n.isolatedReason && !n.unsourced) add(`nodes[${i}]`, `node "${n.id}" has no edges and no isolatedReason`);
  });

  const documents = new Map<string, readonly string[]>();
  (graph.documents ?? []).forEach((d, i) => {
    if (d.id === ARTICLE_DOCUMENT || documents.has(d.id)) add(`documents[${i}].id`, `duplicate document id "${d.id}"`);
    documents.set(d.id, d.paragraphs);
  });
  const checkSources = (sources: readonly Source[], path: string) =>
    sources.forEach((s, k) => {
      const doc = s.document ?? ARTICLE_DOCUMENT;
      const paragraphs = doc === ARTICLE_DOCUMENT ? article : documents.get(doc);
      const name = doc === ARTICLE_DOCUMENT ? 'the cleaned article' : `document "${doc}"`;
      if (paragraphs === undefined) {
        if (doc !== ARTICLE_DOCUMENT) add(`${path}[${k}].document`, `no document with id "${doc}"`);
        return;
      }
      const text = paragraphs[s.paragraph - 1];
      if (text === undefined) add(`${path}[${k}].paragraph`, `${name === 'the cleaned article' ? 'the article' : name} has no paragraph ${s.paragraph}`);
      else if (!text.includes(s.quote)) add(`${path}[${k}].quote`, `quote "${s.quote}" is not in paragraph ${s.paragraph} of ${name}`);
    });
  graph.nodes.forEach((n, i) => {
    checkSources(n.sources, `nodes[${i}].sources`);
    n.facts?.forEach((f, j) => checkSources(f.sources, `nodes[${i}].facts[${j}].sources`));
    if (article !== undefined && !n.inferred && !n.unsourced && n.sources.length === 0) add(`nodes[${i}].sources`, `node "${n.id}" has no source and is not marked inferred`);
  });
  graph.edges.forEach((e, i) => checkSources(e.sources, `edges[${i}].sources`));
  return issues;
}

/** Parses and validates a graph-data document: the schema first, then the cross-references. */
export function validateGraph(data: unknown, rawArticle?: string): ValidationResult {
  const parsed = graphSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const issues = checkReferences(parsed.data, rawArticle);
  return issues.length ? { ok: false, issues } : { ok: true, graph: parsed.data, issues: [] };
}
