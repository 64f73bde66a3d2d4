/**
 * SPARQL text built from a person's input and from IRIs an endpoint returned. User text only ever
 * enters a query as one escaped string literal, and an IRI only after `isSafeIri` accepted it.
 */

/** A string literal with every character SPARQL could read as syntax escaped. */
export function literal(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Characters SPARQL forbids inside <…> (IRIREF), and anything below U+0021. */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/;

/** An absolute IRI that can stand in <…>: a scheme, no forbidden characters, a sane length. */
export function isSafeIri(iri: string): boolean {
  return iri.length > 0 && iri.length <= 2048 && /^[a-z][a-z0-9+.-]*:/i.test(iri) && !IRI_FORBIDDEN.test(iri);
}

export function iriRef(iri: string): string {
  if (!isSafeIri(iri)) throw new Error(`not an IRI that can be used in a query: ${iri.slice(0, 80)}`);
  return `<${iri}>`;
}

/** The vocabulary the explorer reads a store with; detected on connecting, and adjustable. */
export interface Vocabulary {
  labels: string[];
  type: string;
  description: string | null;
  country: string | null;
  /** When a node began (the timeline's year); null: the first of DATE_PREDICATES a node has. */
  date: string | null;
  /**
   * Where a store also holds its own machinery as links (Wikidata: statement nodes, qualifiers,
   * sitelinks), the namespace of the predicates that link one node to another (`wdt:`); null: all.
   */
  links?: string | null;
}

export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
/** Reification's own links (a statement's subject, predicate, object): machinery, not relations. */
export const REIFICATION = ['subject', 'predicate', 'object'].map((x) => `http://www.w3.org/1999/02/22-rdf-syntax-ns#${x}`);
export const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
export const SKOS_PREF = 'http://www.w3.org/2004/02/skos/core#prefLabel';
export const SCHEMA_NAME = 'http://schema.org/name';
export const SCHEMA_DESCRIPTION = 'http://schema.org/description';
export const WDT_P31 = 'http://www.wikidata.org/prop/direct/P31';
export const WDT_P17 = 'http://www.wikidata.org/prop/direct/P17';

/**
 * Predicates that commonly say when something began, read for the timeline when the vocabulary
 * names none: schema.org's start, founding and publication dates, Dublin Core's date, created and
 * issued, Wikidata's inception (P571), start time (P580) and publication date (P577).
 */
const DATE_NAMES: Record<string, { zh: string; en: string }> = {
  'http://schema.org/startDate': { zh: '开始日期', en: 'Start date' },
  'http://schema.org/foundingDate': { zh: '成立日期', en: 'Founded' },
  'http://schema.org/datePublished': { zh: '发布日期', en: 'Published' },
  'http://purl.org/dc/terms/date': { zh: '日期', en: 'Date' },
  'http://purl.org/dc/terms/created': { zh: '创建日期', en: 'Created' },
  'http://purl.org/dc/terms/issued': { zh: '发布日期', en: 'Issued' },
  'http://purl.org/dc/elements/1.1/date': { zh: '日期', en: 'Date' },
  'http://www.wikidata.org/prop/direct/P571': { zh: '成立或创建时间', en: 'Inception' },
  'http://www.wikidata.org/prop/direct/P580': { zh: '开始时间', en: 'Start time' },
  'http://www.wikidata.org/prop/direct/P577': { zh: '出版日期', en: 'Publication date' },
};
export const DATE_PREDICATES = Object.keys(DATE_NAMES);

/** A common date predicate's name in both languages (Wikidata names P571 on another IRI than wdt:P571). */
export function dateName(predicate: string): { zh: string; en: string } | undefined {
  return DATE_NAMES[predicate];
}

export const DEFAULT_VOCABULARY: Vocabulary = { labels: [RDFS_LABEL, SKOS_PREF, SCHEMA_NAME], type: RDF_TYPE, description: SCHEMA_DESCRIPTION, country: null, date: null };

/**
 * The year (1000-2999) and the date, as precise as given (YYYY, YYYY-MM or YYYY-MM-DD), of a date
 * literal: xsd:gYear, xsd:date, xsd:dateTime (Wikidata's "1923-01-01T00:00:00Z"), with or without
 * a sign. Null for anything else.
 */
export function readDate(value: string): { year: number; date: string } | null {
  const m = /^\+?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) return null;
  const month = m[2] && m[2] !== '00' && Number(m[2]) <= 12 ? m[2] : null;
  const day = month && m[3] && m[3] !== '00' && Number(m[3]) <= 31 ? m[3] : null;
  return { year, date: [m[1], month, day].filter(Boolean).join('-') };
}

/** Whether an endpoint address is Wikidata's query service. */
export function isWikidata(url: string): boolean {
  try {
    return new URL(url).host === 'query.wikidata.org';
  } catch {
    return false;
  }
}

/** Wikidata's direct claims (wdt:P…), the links between its items; the property itself is wd:P…, which has the labels. */
export const WDT = 'http://www.wikidata.org/prop/direct/';
export const WD = 'http://www.wikidata.org/entity/';

export const WIKIDATA_VOCABULARY: Vocabulary = { labels: [RDFS_LABEL], type: WDT_P31, description: SCHEMA_DESCRIPTION, country: WDT_P17, date: null, links: WDT };

/** The IRI that names a predicate: Wikidata's wd:P… for its wdt:P…, else the predicate itself. */
export function namedBy(predicate: string): string {
  return predicate.startsWith(WDT) ? WD + predicate.slice(WDT.length) : predicate;
}

const values = (iris: readonly string[]) => iris.map(iriRef).join(' ');
/** ?p is one of these predicates. */
const predicateIn = (predicates: readonly string[]) => `FILTER(?p IN (${predicates.map(iriRef).join(', ')}))`;
/** ?p is none of these (no filter for none). */
const notIn = (exclude: readonly string[] | undefined) => (exclude?.length ? `FILTER(?p NOT IN (${exclude.map(iriRef).join(', ')}))` : '');

/** The interface's languages: a value in one of them (or with no language tag) is kept before any other. */
const INTERFACE_LANGUAGES = ['zh', 'en'];
/** Whether a language tag is one of the interface's (zh-…, en-…), or none. */
export const inInterfaceLanguage = (tag: string): boolean => tag === '' || INTERFACE_LANGUAGES.some((l) => tag === l || tag.startsWith(`${l}-`));
/** The same rule in a query: ?o is not a literal, or in one of the interface's languages, or untagged. */
const IN_INTERFACE_LANGUAGE = `FILTER(!isLiteral(?o) || LANG(?o) = "" || ${INTERFACE_LANGUAGES.map((l) => `LANGMATCHES(LANG(?o), "${l}")`).join(' || ')})`;
const fromGraph = (graph: string | null) => (graph ? `FROM ${iriRef(graph)}\n` : '');

/** A store's own full-text search, where it has one: Virtuoso's bif:contains, Wikidata's MediaWiki API. */
export type FullText = 'virtuoso' | 'wikidata' | null;

/**
 * Nodes whose label contains the text (case-insensitive), with a label, type and description.
 * `fullText` uses the store's own index: Virtuoso's bif:contains (words, so the text is quoted), or
 * Wikidata's entity search (`wikibase:mwapi`, the search box of wikidata.org), where a scan of every
 * label would never finish.
 */
export function searchQuery(text: string, vocab: Vocabulary, options: { limit: number; graph: string | null; fullText?: FullText; lang?: 'zh' | 'en' }): string {
  const q = text.trim().slice(0, 200);
  if (options.fullText === 'wikidata') return wikidataSearchQuery(q, vocab, options.limit);
  const lang = options.lang ?? 'en';
  const match =
    options.fullText === 'virtuoso' && /^[\p{L}\p{N} ]+$/u.test(q) && q.replace(/ /g, '').length >= 4
      ? `?label bif:contains ${literal(`"${q}"`)} .`
      : `FILTER(CONTAINS(LCASE(STR(?label)), LCASE(${literal(q)})))`;
  // The description and the type's name in the interface's language where the store has it, else any.
  return `SELECT ?node (SAMPLE(?label) AS ?name) (SAMPLE(?type) AS ?kind) (SAMPLE(?typeName) AS ?kindName) (SAMPLE(?desc) AS ?about)
${fromGraph(options.graph)}WHERE {
  VALUES ?lp { ${values(vocab.labels)} }
  ?node ?lp ?label .
  ${match}
  FILTER(isIRI(?node))
  OPTIONAL { ?node ${iriRef(vocab.type)} ?type . ${typeNameIn(lang)} }
  ${
    vocab.description
      ? `OPTIONAL { ?node ${iriRef(vocab.description)} ?d1 . FILTER(LANGMATCHES(LANG(?d1), ${literal(lang)})) }
  OPTIONAL { ?node ${iriRef(vocab.description)} ?d2 }
  BIND(COALESCE(?d1, ?d2) AS ?desc)`
      : ''
  }
}
GROUP BY ?node
LIMIT ${limitOf(options.limit)}`;
}

/** A type's rdfs:label in one language, as ?typeName (inside the OPTIONAL that finds ?type). */
const typeNameIn = (lang: string) => `OPTIONAL { ?type ${iriRef(RDFS_LABEL)} ?typeName . FILTER(LANGMATCHES(LANG(?typeName), ${literal(lang)})) }`;

const limitOf = (limit: number) => Math.max(1, Math.min(100, Math.floor(limit)));

/**
 * Wikidata's entity search through its MediaWiki API service (one batch of `limit`, no continuation), ranked as wikidata.org ranks it
 * (labels and aliases, in the language of the text: Chinese when it has Han characters, else
 * English), with each item's label and description in that language, else the other, and its
 * classes (wdt:P31).
 */
function wikidataSearchQuery(q: string, vocab: Vocabulary, limit: number): string {
  const [first, second] = /\p{Script=Han}/u.test(q) ? ['zh', 'en'] : ['en', 'zh'];
  const inLang = (v: string, lang: string) => `FILTER(LANG(?${v}) = ${literal(lang)})`;
  return `PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX bd: <http://www.bigdata.com/rdf#>
PREFIX mwapi: <https://www.mediawiki.org/ontology#API/>
SELECT ?node (SAMPLE(?named) AS ?name) (SAMPLE(?type) AS ?kind) (SAMPLE(?typeName) AS ?kindName) (SAMPLE(?said) AS ?about) (MIN(?rank) AS ?order)
WHERE {
  SERVICE wikibase:mwapi {
    bd:serviceParam wikibase:endpoint "www.wikidata.org" .
    bd:serviceParam wikibase:api "EntitySearch" .
    bd:serviceParam mwapi:search ${literal(q)} .
    bd:serviceParam mwapi:language ${literal(first)} .
    bd:serviceParam mwapi:limit ${literal(String(limitOf(limit)))} .
    bd:serviceParam wikibase:limit "once" .
    ?node wikibase:apiOutputItem mwapi:item .
    ?rank wikibase:apiOrdinal true .
  }
  OPTIONAL { ?node ${iriRef(RDFS_LABEL)} ?l1 . ${inLang('l1', first)} }
  OPTIONAL { ?node ${iriRef(RDFS_LABEL)} ?l2 . ${inLang('l2', second)} }
  BIND(COALESCE(?l1, ?l2) AS ?named)
  OPTIONAL { ?node ${iriRef(vocab.type)} ?type . ${typeNameIn(first)} }
  ${
    vocab.description
      ? `OPTIONAL { ?node ${iriRef(vocab.description)} ?d1 . ${inLang('d1', first)} }
  OPTIONAL { ?node ${iriRef(vocab.description)} ?d2 . ${inLang('d2', second)} }
  BIND(COALESCE(?d1, ?d2) AS ?said)`
      : ''
  }
}
GROUP BY ?node
ORDER BY ASC(?order)
LIMIT ${limitOf(limit)}`;
}

/**
 * How many neighbours a node has per predicate and direction, each count stopping at `cap`
 * (a hub with 100,000 neighbours answers "cap+", quickly). Literals are not neighbours.
 */
/** Only the vocabulary's linking predicates, where it names their namespace. */
const linksOnly = (vocab: Vocabulary) => (vocab.links ? `FILTER(STRSTARTS(STR(?p), ${literal(vocab.links)}))` : '');

export function neighbourCountsQuery(iri: string, options: { cap: number; graph: string | null; vocab: Vocabulary; exclude?: readonly string[] }): string {
  const node = iriRef(iri);
  const cap = Math.max(1, Math.floor(options.cap)) + 1;
  return `SELECT ?p ?dir (COUNT(?o) AS ?n)
${fromGraph(options.graph)}WHERE {
  {
    SELECT ?p ?o ("out" AS ?dir) WHERE { ${node} ?p ?o . FILTER(isIRI(?o) && ?p != ${iriRef(options.vocab.type)}) ${notIn(options.exclude)} ${linksOnly(options.vocab)} } LIMIT ${cap * 20}
  } UNION {
    SELECT ?p ?o ("in" AS ?dir) WHERE { ?o ?p ${node} . FILTER(isIRI(?o)) ${notIn(options.exclude)} ${linksOnly(options.vocab)} } LIMIT ${cap * 20}
  }
}
GROUP BY ?p ?dir
ORDER BY DESC(?n)
LIMIT 200`;
}

/** Neighbours of a node (one predicate and direction, or all), a page at a time, with what names them. */
export function neighboursQuery(
  iri: string,
  options: { predicate?: string; dir?: 'in' | 'out'; limit: number; offset: number; graph: string | null; vocab: Vocabulary; exclude?: readonly string[] },
): string {
  const node = iriRef(iri);
  const p = options.predicate ? iriRef(options.predicate) : '?p';
  const out = `{ ${node} ${p} ?o . BIND("out" AS ?dir) ${options.predicate ? `BIND(${p} AS ?p)` : ''} }`;
  const inn = `{ ?o ${p} ${node} . BIND("in" AS ?dir) ${options.predicate ? `BIND(${p} AS ?p)` : ''} }`;
  const pattern = options.dir === 'out' ? out : options.dir === 'in' ? inn : `${out} UNION ${inn}`;
  const typeFilter = options.predicate ? '' : `FILTER(?p != ${iriRef(options.vocab.type)}) ${notIn(options.exclude)} ${linksOnly(options.vocab)}`;
  return `SELECT ?p ?dir ?o
${fromGraph(options.graph)}WHERE {
  ${pattern}
  FILTER(isIRI(?o))
  ${typeFilter}
}
LIMIT ${Math.max(1, Math.min(1000, Math.floor(options.limit)))}
OFFSET ${Math.max(0, Math.floor(options.offset))}`;
}

/**
 * What names, types, describes and dates a set of nodes, through the given predicates only, with
 * literals in Chinese, English or no language. Asked apart from the rest of what the nodes say: a
 * Wikidata item says thousands of things (labels in hundreds of languages, identifiers), and one
 * LIMIT over all of them could leave most nodes of a page without a name.
 */
export function namesQuery(iris: readonly string[], predicates: readonly string[], options: { graph: string | null; limit: number }): string {
  return `SELECT ?s ?p ?o
${fromGraph(options.graph)}WHERE {
  VALUES ?s { ${values(iris)} }
  ?s ?p ?o .
  ${predicateIn(predicates)}
  ${IN_INTERFACE_LANGUAGE}
}
LIMIT ${Math.max(1, Math.floor(options.limit))}`;
}

/**
 * What a set of nodes says of itself, in one question: everything through the naming predicates
 * (as namesQuery, never cut short), and the rest under `limit`. Two questions asked together took
 * twice as long on Virtuoso (86 against 39 ms for 100 nodes at a million triples).
 */
export function loadQuery(iris: readonly string[], naming: readonly string[], options: { graph: string | null; limit: number }): string {
  const nodes = `VALUES ?s { ${values(iris)} }`;
  return `SELECT ?s ?p ?o
${fromGraph(options.graph)}WHERE {
  { ${nodes} ?s ?p ?o . ${predicateIn(naming)} ${IN_INTERFACE_LANGUAGE} }
  UNION
  { SELECT ?s ?p ?o WHERE { ${nodes} ?s ?p ?o . ${notIn(naming)} } LIMIT ${Math.max(1, Math.floor(options.limit))} }
}`;
}

/** One name in any language for each node that has none in Chinese or English (?s ?o). */
export function anyNameQuery(iris: readonly string[], labels: readonly string[], graph: string | null): string {
  return `SELECT ?s (SAMPLE(?name) AS ?o)
${fromGraph(graph)}WHERE {
  VALUES ?s { ${values(iris)} }
  ?s ?p ?name .
  ${predicateIn(labels)}
}
GROUP BY ?s`;
}

/** A quick outline of a store: its most used classes and predicates, from a bounded sample. */
export function schemaClassesQuery(vocab: Vocabulary, graph: string | null, sample = 100000): string {
  return `SELECT ?class (COUNT(?s) AS ?n)
${fromGraph(graph)}WHERE { { SELECT ?s ?class WHERE { ?s ${iriRef(vocab.type)} ?class } LIMIT ${sample} } }
GROUP BY ?class ORDER BY DESC(?n) LIMIT 12`;
}

export function schemaPredicatesQuery(graph: string | null, sample = 100000): string {
  return `SELECT ?p (COUNT(*) AS ?n)
${fromGraph(graph)}WHERE { { SELECT ?p WHERE { ?s ?p ?o } LIMIT ${sample} } }
GROUP BY ?p ORDER BY DESC(?n) LIMIT 12`;
}

/** A CONSTRUCT or DESCRIBE (after any PREFIX lines): answered with triples, not rows. */
export function isGraphQuery(query: string): boolean {
  return /^\s*(PREFIX[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)\b/i.test(query);
}

/** The last part of an IRI, for a name when a node has no label. */
export function localName(iri: string): string {
  const m = /[#/:]([^#/:]+)\/?$/.exec(iri);
  try {
    return decodeURIComponent(m?.[1] ?? iri);
  } catch {
    return m?.[1] ?? iri;
  }
}
