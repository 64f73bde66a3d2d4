import { EMBEDDED_ENDPOINT, embeddedFetch } from './embedded';
import { SparqlSession } from './session';
import { DEFAULT_VOCABULARY, isSafeIri, isWikidata, WIKIDATA_VOCABULARY, type Vocabulary } from './sparql';

/**
 * A session for an endpoint address: the in-browser store (EMBEDDED_ENDPOINT), or an http(s)
 * endpoint; Wikidata gets its vocabulary (wdt:P31 for types, wdt:P17 for countries).
 */
export function openSession(url: string, options: { headers?: Record<string, string>; graph?: string | null; vocab?: Partial<Vocabulary> } = {}): SparqlSession {
  if (url === EMBEDDED_ENDPOINT) return new SparqlSession({ url, timeoutMs: 60_000 }, { fetcher: embeddedFetch, graph: options.graph ?? null, vocab: { ...DEFAULT_VOCABULARY, ...options.vocab } });
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`not an http or https endpoint: ${url.slice(0, 80)}`);
  return new SparqlSession(
    { url: parsed.href, headers: options.headers ?? {}, timeoutMs: 20_000 },
    { graph: options.graph ?? null, vocab: { ...vocabularyFor(url), ...options.vocab } },
  );
}

/** The vocabulary an endpoint is read with by default: Wikidata's for Wikidata, the common one otherwise. */
export function vocabularyFor(url: string): Vocabulary {
  return isWikidata(url) ? WIKIDATA_VOCABULARY : DEFAULT_VOCABULARY;
}

/**
 * The vocabulary a person typed (IRIs; labels one per line): what is left empty keeps the default.
 * Returns the IRIs that are not usable, if any.
 */
export function typedVocabulary(fields: { labels: string; type: string; description: string; country: string; date?: string }): { vocab: Partial<Vocabulary> } | { bad: string } {
  const vocab: Partial<Vocabulary> = {};
  const labels = fields.labels.split(/\n/).map(expand).filter(Boolean);
  const [type, description, country, date] = [fields.type, fields.description, fields.country, fields.date ?? ''].map(expand);
  for (const iri of [...labels, type, description, country, date]) if (iri && !isSafeIri(iri)) return { bad: iri.slice(0, 80) };
  if (labels.length) vocab.labels = labels;
  if (type) vocab.type = type;
  if (description) vocab.description = description;
  if (country) vocab.country = country;
  if (date) vocab.date = date;
  return { vocab };
}

/** Prefixes a person may type instead of a whole IRI (rdfs:label, wdt:P31). */
const PREFIXES: Record<string, string> = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'http://schema.org/',
  owl: 'http://www.w3.org/2002/07/owl#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  wdt: 'http://www.wikidata.org/prop/direct/',
  dbo: 'http://dbpedia.org/ontology/',
};

function expand(text: string): string {
  const t = text.trim().replace(/^<(.*)>$/, '$1');
  const m = /^([a-z]+):([^/\s]*)$/i.exec(t);
  return m && PREFIXES[m[1]!.toLowerCase()] ? `${PREFIXES[m[1]!.toLowerCase()]}${m[2]}` : t;
}
