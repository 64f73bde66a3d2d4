import type { Graph, GraphDocument, GraphEdge, GraphNode } from '../io/schema';
import { PALETTE, SHAPES } from '../io/import/build';
import { countryCode, countryLabel } from '../io/countries';
import { sparqlClient, type Row, type SparqlClient, type SparqlEndpoint, type Term } from './client';
import {
  anyNameQuery,
  DATE_PREDICATES,
  dateName,
  DEFAULT_VOCABULARY,
  isSafeIri,
  isWikidata,
  loadQuery,
  localName,
  namedBy,
  namesQuery,
  neighbourCountsQuery,
  neighboursQuery,
  RDFS_LABEL,
  readDate,
  REIFICATION,
  inInterfaceLanguage,
  isGraphQuery,
  schemaClassesQuery,
  schemaPredicatesQuery,
  searchQuery,
  WDT_P17,
  type FullText,
  type Vocabulary,
} from './sparql';

/** How far the counts before an expand go: a hub shows "10,000+", never a count that takes minutes. */
export const COUNT_CAP = 10_000;
/** Neighbours loaded per expand, and per "load more". */
export const PAGE = 100;
/** Most nodes a session holds on the canvas. */
export const MAX_NODES = 5_000;

export interface SearchResult {
  iri: string;
  name: string;
  /** The name of its type (the store's, else the end of the type's IRI). */
  kind: string | null;
  about: string | null;
}

export interface PredicateCount {
  predicate: string;
  dir: 'in' | 'out';
  /** Neighbours counted, up to COUNT_CAP; `more` when the count stopped there. */
  count: number;
  more: boolean;
  /** How many of them are loaded already (pages asked for). */
  loaded: number;
}

interface NodeInfo {
  labels: Map<string, string>; // language tag ('' for none) -> label
  types: Set<string>;
  /** predicate -> values in the interface's languages (zh, en) or with no language tag */
  literals: Map<string, string[]>;
  /** predicate -> values in other languages, shown only for a predicate that has none in zh or en */
  otherLiterals: Map<string, string[]>;
  /** The description predicate's values by language tag ('' for none), as labels are kept. */
  descriptions: Map<string, string>;
  /** Its links to other IRIs, as its description gave them: the links among loaded nodes come from these. */
  out: [string, string][];
  /** When its description was read (ISO time). */
  read: string;
}

/** Links kept per node from its description (a hub's are cut there). */
const MAX_OUT = 5000;

/** A connection to one endpoint, and the part of its graph loaded so far. */
export class SparqlSession {
  readonly client: SparqlClient;
  vocab: Vocabulary;
  graphIri: string | null;
  readonly nodes = new Map<string, NodeInfo>();
  /** Triples between loaded nodes: "s\u0001p\u0001o", with when each was read. */
  readonly links = new Map<string, string>();
  /** Labels of predicates and classes, as the store gives them. */
  readonly termLabels = new Map<string, Map<string, string>>();
  readonly hiddenPredicates = new Set<string>(REIFICATION);
  /** Pages loaded per node, predicate and direction ("" for all). */
  private readonly pages = new Map<string, number>();
  fullText: FullText = null;

  constructor(endpoint: SparqlEndpoint, options: { graph?: string | null; vocab?: Vocabulary; fetcher?: typeof fetch } = {}) {
    this.client = sparqlClient(endpoint, options.fetcher);
    this.vocab = options.vocab ?? DEFAULT_VOCABULARY;
    this.graphIri = options.graph ?? null;
  }

  get endpointUrl(): string {
    return this.client.endpoint.url;
  }

  /** A first, bounded look at the store: classes and predicates most used. */
  async outline(signal?: AbortSignal): Promise<{ classes: { iri: string; count: number }[]; predicates: { iri: string; count: number }[] }> {
    const [classes, predicates] = await Promise.all([
      this.client.select(schemaClassesQuery(this.vocab, this.graphIri), signal),
      this.client.select(schemaPredicatesQuery(this.graphIri), signal),
      this.detectFullText(signal),
    ]);
    const pairs = (rows: Row[], key: string) => rows.flatMap((r) => (r[key]?.type === 'uri' ? [{ iri: r[key]!.value, count: Number(r.n?.value ?? 0) }] : []));
    return { classes: pairs(classes, 'class'), predicates: pairs(predicates, 'p') };
  }

  /**
   * Which full-text search the store has: Wikidata's entity search for Wikidata; else whether it
   * answers Virtuoso's bif:contains, asked once beside the outline. Any other store refuses that
   * query (a parse error), and search keeps to CONTAINS.
   */
  async detectFullText(signal?: AbortSignal): Promise<void> {
    if (isWikidata(this.endpointUrl)) {
      this.fullText = 'wikidata';
      return;
    }
    try {
      await this.client.select(`SELECT ?o WHERE { ?s ?p ?o . ?o bif:contains '"zgcprobe"' } LIMIT 1`, signal);
      this.fullText = 'virtuoso';
    } catch {
      this.fullText = null;
    }
  }

  /** Nodes whose labels hold the text; their types and descriptions in `lang` where the store has them. */
  async search(text: string, signal?: AbortSignal, lang: 'zh' | 'en' = 'en'): Promise<SearchResult[]> {
    if (!text.trim()) return [];
    let rows = await this.client.select(searchQuery(text, this.vocab, { limit: 20, graph: this.graphIri, fullText: this.fullText, lang }), signal);
    // A store whose literals are not in its full-text index (or words the index splits otherwise,
    // such as Chinese) answers nothing there: the plain substring search then has its say.
    // Wikidata is the exception: a scan of its labels never finishes, and its search is the index.
    if (rows.length === 0 && this.fullText === 'virtuoso') rows = await this.client.select(searchQuery(text, this.vocab, { limit: 20, graph: this.graphIri, fullText: null, lang }), signal);
    return rows.flatMap((r) =>
      r.node?.type === 'uri' && isSafeIri(r.node.value)
        ? [
            {
              iri: r.node.value,
              name: r.name?.value ?? localName(r.node.value),
              kind: r.kindName?.value ?? (r.kind ? localName(r.kind.value) : null),
              about: r.about?.value ?? null,
            },
          ]
        : [],
    );
  }

  /** Puts nodes on the canvas: what each says of itself, and its links to what is loaded already. */
  async load(iris: readonly string[], signal?: AbortSignal, options: { onlyKnown?: boolean } = {}): Promise<string[]> {
    const fresh = [...new Set(iris)].filter((i) => isSafeIri(i) && !this.nodes.has(i)).slice(0, Math.max(0, MAX_NODES - this.nodes.size));
    if (!fresh.length) return [];
    const read = new Date().toISOString();
    // The descriptions of 50 nodes at a time, asked together (the client keeps a few requests in
    // flight), then taken in in order.
    const chunks: string[][] = [];
    for (let i = 0; i < fresh.length; i += 50) chunks.push(fresh.slice(i, i + 50));
    // Names, types, descriptions and dates in full, the rest under a limit (loadQuery).
    const named = this.namingPredicates();
    const answers = await Promise.all(chunks.map((chunk) => this.client.select(loadQuery(chunk, named, { graph: this.graphIri, limit: 50 * 200 }), signal)));
    chunks.forEach((chunk, c) => {
      const rows = answers[c]!;
      // From a link (onlyKnown), an IRI the store says nothing about stays off the canvas; a
      // neighbour is kept even when it says nothing of itself (the link is the fact).
      const known = new Set(rows.flatMap((r) => (r.s?.type === 'uri' ? [r.s.value] : [])));
      for (const iri of chunk) if (!options.onlyKnown || known.has(iri)) this.nodes.set(iri, { labels: new Map(), types: new Set(), literals: new Map(), otherLiterals: new Map(), descriptions: new Map(), out: [], read });
      for (const r of rows) this.absorb(r.s, r.p, r.o);
    });
    const added = fresh.filter((i) => this.nodes.has(i));
    // A node named in neither Chinese nor English takes a name in any language the store has.
    const nameless = added.filter((i) => this.nodes.get(i)!.labels.size === 0);
    for (let i = 0; i < nameless.length; i += 50) {
      const rows = await this.client.select(anyNameQuery(nameless.slice(i, i + 50), this.vocab.labels, this.graphIri), signal);
      for (const r of rows) this.absorb(r.s, { type: 'uri', value: this.vocab.labels[0]! }, r.o);
    }
    // The names of types, of countries (to read their codes for the Country filter), and of the
    // predicates of literal values (the attributes' titles: "inception", not "P571").
    const countryObjects = added.flatMap((i) => this.nodes.get(i)!.out.filter(([p]) => this.isCountryPredicate(p)).map(([, o]) => o));
    const valued = added.flatMap((i) => [...this.nodes.get(i)!.literals.keys(), ...this.nodes.get(i)!.otherLiterals.keys()]).filter((p) => !this.shownOtherwise(p));
    await this.nameTerms([...new Set([...added.flatMap((i) => [...this.nodes.get(i)!.types]), ...countryObjects, ...valued])], signal);
    // Links between the new nodes and everything loaded: from what each node's description said it
    // links to, with no further question to the store.
    const addedSet = new Set(added);
    for (const [iri, info] of this.nodes) {
      const isNew = addedSet.has(iri);
      for (const [p, o] of info.out) if (isNew ? this.nodes.has(o) : addedSet.has(o)) this.link(iri, p, o, read);
    }
    return added;
  }

  private absorb(s: Term | undefined, p: Term | undefined, o: Term | undefined): void {
    if (s?.type !== 'uri' || p?.type !== 'uri' || !o) return;
    const info = this.nodes.get(s.value);
    if (!info) return;
    if (p.value === this.vocab.type && o.type === 'uri') info.types.add(o.value);
    else if (o.type === 'uri') {
      const linking = !this.vocab.links || p.value.startsWith(this.vocab.links) || p.value === this.vocab.country;
      if (linking && info.out.length < MAX_OUT && isSafeIri(o.value)) info.out.push([p.value, o.value]);
    } else if (o.type === 'literal') {
      const lang = (o.lang ?? '').toLowerCase();
      if (this.vocab.labels.includes(p.value)) {
        if (!info.labels.has(lang)) info.labels.set(lang, o.value.slice(0, 1000));
      }
      if (p.value === this.vocab.description && !info.descriptions.has(lang)) info.descriptions.set(lang, o.value.slice(0, 20000));
      // Wikidata gives a label, description and aliases in hundreds of languages: the interface's two are kept apart.
      const into = inInterfaceLanguage(lang) ? info.literals : info.otherLiterals;
      const list = into.get(p.value) ?? [];
      if (list.length < 20 && !list.includes(o.value)) list.push(o.value.slice(0, 2000));
      into.set(p.value, list);
    }
  }

  private link(s: string, p: string, o: string, read: string): void {
    if (!this.nodes.has(s) || !this.nodes.has(o) || s === o || p === this.vocab.type) return;
    const key = `${s}\u0001${p}\u0001${o}`;
    if (!this.links.has(key)) this.links.set(key, read);
  }

  /** Names classes and predicates (termName) as the store does (the legend, the relations, the outline), asked once each. */
  async nameTerms(iris: string[], signal?: AbortSignal): Promise<void> {
    const unknown = iris.filter((i) => isSafeIri(i) && !this.termLabels.has(i)).slice(0, 200);
    if (!unknown.length) return;
    for (const i of unknown) this.termLabels.set(i, new Map());
    // A Wikidata predicate (wdt:P…) is named by its property (wd:P…).
    const termOf = new Map(unknown.map((i) => [namedBy(i), i]));
    const rows = await this.client.select(namesQuery([...termOf.keys()], [...new Set([...this.vocab.labels, RDFS_LABEL])], { graph: null, limit: 5000 }), signal).catch(() => [] as Row[]);
    for (const r of rows) {
      if (r.s?.type !== 'uri' || r.o?.type !== 'literal' || !r.p || ![...this.vocab.labels, RDFS_LABEL].includes(r.p.value)) continue;
      const m = this.termLabels.get(termOf.get(r.s.value) ?? r.s.value);
      const lang = (r.o.lang ?? '').toLowerCase();
      if (m && !m.has(lang)) m.set(lang, r.o.value.slice(0, 1000));
    }
  }

  /** Neighbour counts per predicate and direction, each stopping at COUNT_CAP. */
  async counts(iri: string, signal?: AbortSignal): Promise<PredicateCount[]> {
    const rows = await this.client.select(neighbourCountsQuery(iri, { cap: COUNT_CAP, graph: this.graphIri, vocab: this.vocab, exclude: [...this.hiddenPredicates] }), signal);
    const out = rows.flatMap((r): PredicateCount[] => {
      if (r.p?.type !== 'uri') return [];
      const dir = r.dir?.value === 'in' ? 'in' : 'out';
      const n = Number(r.n?.value ?? 0);
      return [{ predicate: r.p.value, dir, count: Math.min(n, COUNT_CAP), more: n > COUNT_CAP, loaded: this.linkedBy(iri, r.p.value, dir) }];
    });
    await this.nameTerms(out.map((c) => c.predicate), signal);
    return out;
  }

  /** How many neighbours a node has on the canvas through one predicate and direction. */
  linkedBy(iri: string, predicate: string, dir: 'in' | 'out'): number {
    let n = 0;
    for (const key of this.links.keys()) {
      const [s, p, o] = key.split('\u0001');
      if (p === predicate && (dir === 'out' ? s === iri : o === iri)) n++;
    }
    return n;
  }

  /** Loads the next page of neighbours: of one predicate and direction, or of all. */
  async expand(iri: string, which: { predicate?: string; dir?: 'in' | 'out' } = {}, signal?: AbortSignal): Promise<string[]> {
    const key = `${iri} ${which.predicate ?? ''} ${which.dir ?? ''}`;
    const page = this.pages.get(key) ?? 0;
    const rows = await this.client.select(neighboursQuery(iri, { ...which, limit: PAGE, offset: page * PAGE, graph: this.graphIri, vocab: this.vocab, exclude: [...this.hiddenPredicates] }), signal);
    this.pages.set(key, page + 1);
    const found = rows.flatMap((r) => (r.o?.type === 'uri' && r.p?.type === 'uri' && !this.hiddenPredicates.has(r.p.value) ? [r.o.value] : []));
    const added = await this.load(found, signal);
    return added;
  }

  /** A query of the person's own: rows for a SELECT; for a CONSTRUCT, its IRI-to-IRI triples. */
  async runQuery(query: string, signal?: AbortSignal): Promise<{ kind: 'rows'; vars: string[]; rows: Row[] } | { kind: 'triples'; triples: [string, string, string][]; literals: number }> {
    if (isGraphQuery(query)) {
      const { Parser } = await import('n3');
      const quads = new Parser({ format: 'N-Triples' }).parse(await this.client.construct(query, signal));
      const triples = quads.filter((q) => q.subject.termType === 'NamedNode' && q.object.termType === 'NamedNode').map((q): [string, string, string] => [q.subject.value, q.predicate.value, q.object.value]);
      return { kind: 'triples', triples: triples.slice(0, 5000), literals: quads.length - triples.length };
    }
    const rows = await this.client.select(query, signal);
    const vars = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return { kind: 'rows', vars, rows };
  }

  /** Draws triples a CONSTRUCT gave: their ends load as nodes, the triples as links. */
  async drawTriples(triples: readonly [string, string, string][], signal?: AbortSignal): Promise<void> {
    const safe = triples.filter(([s, p, o]) => isSafeIri(s) && isSafeIri(p) && isSafeIri(o));
    await this.load(safe.flatMap(([s, , o]) => [s, o]), signal);
    const read = new Date().toISOString();
    for (const [s, p, o] of safe) this.link(s, p, o, read);
  }

  remove(iri: string): void {
    this.nodes.delete(iri);
    for (const key of [...this.links.keys()]) {
      const [s, , o] = key.split('\u0001');
      if (s === iri || o === iri) this.links.delete(key);
    }
  }

  /** Hides a predicate: its links leave the canvas, and no expand loads through it again. */
  hidePredicate(predicate: string): void {
    this.hiddenPredicates.add(predicate);
    for (const key of [...this.links.keys()]) if (key.split('\u0001')[1] === predicate) this.links.delete(key);
  }

  /** A label in the order the interface prefers: zh (simplified, traditional, any), then en, then any. */
  static pickLabel(labels: Map<string, string>, lang: 'zh' | 'en'): string | undefined {
    const zh = ['zh-hans', 'zh-cn', 'zh-sg', 'zh', 'zh-hant', 'zh-tw', 'zh-hk'];
    const order = lang === 'zh' ? [...zh, 'en', 'en-gb', 'en-us', ''] : ['en', 'en-gb', 'en-us', '', ...zh];
    for (const l of order) if (labels.get(l)) return labels.get(l);
    for (const l of labels.keys()) if (l.startsWith(lang)) return labels.get(l);
    return labels.values().next().value;
  }

  termName(iri: string, lang: 'zh' | 'en'): string {
    return SparqlSession.pickLabel(this.termLabels.get(iri) ?? new Map(), lang) ?? localName(iri);
  }

  /** The loaded part as graph-data: every edge names the endpoint, its triple and when it was read. */
  /** Literal values that are not attributes: labels are the name and aliases, the description has its own place. */
  private shownOtherwise(predicate: string): boolean {
    return this.vocab.labels.includes(predicate) || predicate === this.vocab.description;
  }

  /** The predicates asked first of every node loaded: its names, type, description, country and dates. */
  private namingPredicates(): string[] {
    const v = this.vocab;
    return [...new Set([...v.labels, v.type, ...(v.description ? [v.description] : []), ...(v.country ? [v.country] : []), ...(v.date ? [v.date] : DATE_PREDICATES)])];
  }

  /** The predicate that says a node's country: the vocabulary's, or one named "country" (schema:addressCountry, wdt:P17). */
  isCountryPredicate(p: string): boolean {
    if (this.vocab.country) return p === this.vocab.country;
    const name = localName(p).toLowerCase();
    return name === 'country' || name === 'addresscountry' || p === WDT_P17;
  }

  /** A country IRI as an ISO code: from its last part (…/CN), or from its name in the store. */
  private countryOf(iri: string): string | null {
    const tail = /[#/:]([A-Za-z]{2})$/.exec(iri)?.[1];
    const fromTail = tail ? countryCode(tail) : null;
    if (fromTail) return fromTail;
    const known = this.nodes.get(iri);
    for (const lang of ['en', 'zh'] as const) {
      const name = (known ? SparqlSession.pickLabel(known.labels, lang) : null) ?? this.termName(iri, lang);
      const code = name && name !== localName(iri) ? countryCode(name) : null;
      if (code) return code;
    }
    return null;
  }

  /** What was read from the endpoint, as a document its edges quote: the endpoint, each triple, when. */
  private readDocument(host: string, lines: readonly string[], perParagraph: number): GraphDocument {
    const paragraphs: string[] = [];
    for (let i = 0; i < lines.length; i += perParagraph) paragraphs.push(lines.slice(i, i + perParagraph).join('\n'));
    // ISO times: the first in text order is the earliest.
    let first = '';
    for (const read of this.links.values()) if (!first || read < first) first = read;
    return {
      id: READ_DOCUMENT,
      title: { zh: `读自 SPARQL 端点 ${host}`, en: `Read from the SPARQL endpoint ${host}` },
      ...(/^\d{4}-\d{2}-\d{2}/.test(first) ? { date: first.slice(0, 10) } : {}),
      ...(/^https?:\/\//i.test(this.endpointUrl) ? { url: this.endpointUrl } : {}),
      paragraphs,
    };
  }

  /** A date predicate's name: a common one's own in both languages, else as the store names it. */
  private dateLabel(predicate: string): { zh: string; en: string } {
    return dateName(predicate) ?? { zh: clip(this.termName(predicate, 'zh')), en: clip(this.termName(predicate, 'en')) };
  }

  /** A node's date for the timeline: the vocabulary's date predicate, else the first common one it has, read as a date. */
  private dateOf(info: NodeInfo): { predicate: string; value: string; year: number; date: string } | null {
    for (const predicate of this.vocab.date ? [this.vocab.date] : DATE_PREDICATES) {
      for (const value of info.literals.get(predicate) ?? []) {
        const read = readDate(value);
        if (read) return { predicate, value, ...read };
      }
    }
    return null;
  }

  toGraph(): Graph {
    const ids = new Map<string, string>();
    const idOf = (iri: string) => {
      let id = ids.get(iri);
      if (!id) {
        id = iri.length <= 256 ? iri : `${iri.slice(0, 200)}#${hash(iri)}`;
        ids.set(iri, id);
      }
      return id;
    };
    const typeIds: string[] = [];
    const typeOf = (info: NodeInfo) => {
      const t = [...info.types][0] ?? 'resource';
      if (!typeIds.includes(t)) typeIds.push(t);
      return t;
    };
    const attrKeys = new Map<string, string>();
    const keyOf = (predicate: string) => {
      let k = attrKeys.get(predicate);
      if (!k) {
        const base = localName(predicate).slice(0, 60) || 'value';
        k = base;
        for (let i = 2; [...attrKeys.values()].includes(k); i++) k = `${base}_${i}`;
        attrKeys.set(predicate, k);
      }
      return k;
    };
    const countryCodes = new Set<string>();
    // Where each fact came from, as evidence the rest of the explorer reads: a document of what was
    // read from the endpoint, one triple and the time it was read per line, quoted by the edge or the
    // date it gave.
    const dates = new Map([...this.nodes].flatMap(([iri, info]) => {
      const found = this.dateOf(info);
      return found ? [[iri, found] as const] : [];
    }));
    const perParagraph = Math.max(1, Math.ceil((this.links.size + dates.size) / 5000));
    const readLines: string[] = [];
    const cite = (line: string) => {
      readLines.push(line);
      return { quote: line, paragraph: Math.floor((readLines.length - 1) / perParagraph) + 1, document: READ_DOCUMENT };
    };
    const nodes: GraphNode[] = [...this.nodes].map(([iri, info]) => {
      const zh = SparqlSession.pickLabel(info.labels, 'zh') ?? localName(iri);
      const en = SparqlSession.pickLabel(info.labels, 'en') ?? localName(iri);
      // A date read for the timeline (the first of the vocabulary's date predicate, or of the common ones).
      const dated = dates.get(iri);
      const attributes: Record<string, string | number | string[]> = { IRI: iri };
      for (const p of new Set([...info.literals.keys(), ...info.otherLiterals.keys()])) {
        if (this.shownOtherwise(p)) continue;
        const vs = info.literals.get(p) ?? info.otherLiterals.get(p) ?? [];
        const rest = dated?.predicate === p ? vs.filter((v) => v !== dated.value) : vs;
        if (rest.length) attributes[keyOf(p)] = rest.length === 1 ? rest[0]! : rest;
      }
      // In each language the interface prefers (a store with one language gives it to both).
      const described = (lang: 'zh' | 'en') => SparqlSession.pickLabel(info.descriptions, lang)?.slice(0, 20000);
      const description = info.descriptions.size ? { zh: described('zh') ?? '', en: described('en') ?? '' } : undefined;
      const facts = dated
        ? [
            {
              key: 'date',
              label: this.dateLabel(dated.predicate),
              value: dated.year,
              date: dated.date,
              sources: [cite(`<${iri}> <${dated.predicate}> "${dated.value}" · ${info.read}`)],
            },
          ]
        : undefined;
      const countryLink = info.out.find(([p]) => this.isCountryPredicate(p));
      const country = countryLink ? this.countryOf(countryLink[1]) : null;
      if (country) countryCodes.add(country);
      const node: GraphNode = {
        ...(country ? { country } : {}),
        id: idOf(iri),
        type: typeOf(info),
        name: { zh: clip(zh), en: clip(en) },
        aliases: [...new Set([...info.labels].flatMap(([lang, l]) => (inInterfaceLanguage(lang) && l !== zh && l !== en ? [l] : [])))].slice(0, 20).map(clip),
        sectors: [],
        sources: [],
        attributes,
        ...(facts ? { facts } : {}),
        ...(/^https?:\/\//i.test(iri) ? { url: iri } : {}),
        ...(description ? { description } : {}),
      } as GraphNode;
      return node;
    });
    const relationIds: string[] = [];
    const edgeIds = new Set<string>();
    const edges: GraphEdge[] = [...this.links].map(([key, read]) => {
      const [s, p, o] = key.split('\u0001') as [string, string, string];
      const source = cite(`<${s}> <${p}> <${o}> · ${read}`);
      if (!relationIds.includes(p)) relationIds.push(p);
      // The same triple keeps its id as the graph grows, so that the canvas can tell what is new.
      let id = `t-${hash(key)}`;
      while (edgeIds.has(id) || ids.has(id)) id = `${id}_`;
      edgeIds.add(id);
      return {
        id,
        source: idOf(s),
        target: idOf(o),
        type: p,
        sources: [source],
        attributes: { endpoint: this.endpointUrl, triple: `<${s}> <${p}> <${o}>`, read },
      } as GraphEdge;
    });
    const label = (iri: string) => ({ zh: clip(this.termName(iri, 'zh')), en: clip(this.termName(iri, 'en')) });
    let host = this.endpointUrl;
    try {
      host = new URL(this.endpointUrl).host || this.endpointUrl;
    } catch {
      /* the URL as given */
    }
    return {
      schemaVersion: 1,
      meta: {
        title: { zh: `SPARQL：${host}`, en: `SPARQL: ${host}` },
        creator: `SPARQL endpoint ${this.endpointUrl}`,
        attributes: {
          nodes: [{ key: 'IRI', title: 'IRI', type: 'string' }, ...[...attrKeys].map(([p, k]) => ({ key: k, title: this.termName(p, 'en') === localName(p) ? k : this.termName(p, 'en'), type: 'string' as const }))],
          edges: [
            { key: 'endpoint', title: 'endpoint', type: 'string' },
            { key: 'triple', title: 'triple', type: 'string' },
            { key: 'read', title: 'read', type: 'string' },
          ],
        },
      },
      vocabularies: {
        nodeTypes: typeIds.map((t, i) => ({ id: t, label: t === 'resource' ? { zh: '资源', en: 'resource' } : label(t), color: PALETTE[i % PALETTE.length]!, shape: SHAPES[i % SHAPES.length]! })),
        relationTypes: relationIds.map((p) => ({ id: p, label: label(p), inverse: label(p) })),
        sectors: [],
        countries: [...countryCodes].map((code) => ({ code, label: countryLabel(code) })),
      },
      nodes,
      edges,
      ...(readLines.length ? { documents: [this.readDocument(host, readLines, perParagraph)] } : {}),
    } as unknown as Graph;
  }
}

const clip = (s: string) => (s.trim() || '—').slice(0, 1000);

/** The id of the document of what was read from the endpoint (`sources[].document` of every edge). */
export const READ_DOCUMENT = 'sparql-read';

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
