import { DataFactory, Writer } from 'n3';
import type { Graph } from '../io/schema';
import { START_FACTS } from '../domain/explore';

const { namedNode, literal, quad } = DataFactory;

/** The IRIs of this explorer's own graph as RDF (graph-data/graph.ttl). */
export const ZGC = {
  node: (id: string) => `urn:zgc:node:${encodeURIComponent(id)}`,
  type: (id: string) => `urn:zgc:type:${encodeURIComponent(id)}`,
  rel: (id: string) => `urn:zgc:rel:${encodeURIComponent(id)}`,
  country: (code: string) => `urn:zgc:country:${encodeURIComponent(code)}`,
  sector: (id: string) => `urn:zgc:sector:${encodeURIComponent(id)}`,
  statement: (id: string) => `urn:zgc:statement:${encodeURIComponent(id)}`,
  prop: (name: string) => `urn:zgc:prop:${name}`,
  /** Classes of the vocabularies' own terms (a sector, a country without a place of its own). */
  kind: (name: string) => `urn:zgc:kind:${name}`,
};

/** The names of this graph's own predicates, in both languages. */
const OWN_PROPERTIES: Record<string, { zh: string; en: string }> = {
  [ZGC.prop('country')]: { zh: '国家', en: 'country' },
  [ZGC.prop('sector')]: { zh: '领域', en: 'sector' },
  [ZGC.prop('year')]: { zh: '年份', en: 'year' },
  [ZGC.prop('inferred')]: { zh: '推断', en: 'inferred' },
  [ZGC.prop('evidence')]: { zh: '原文依据', en: 'evidence' },
  [ZGC.prop('quote')]: { zh: '引文', en: 'quote' },
  [ZGC.prop('paragraph')]: { zh: '段落', en: 'paragraph' },
};
/** The classes of its vocabularies' own terms. */
const OWN_CLASSES: Record<string, { zh: string; en: string }> = {
  [ZGC.kind('sector')]: { zh: '领域', en: 'Sector' },
  [ZGC.kind('country')]: { zh: '国家', en: 'Country' },
};

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const SCHEMA = 'http://schema.org/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** The schema.org date a start fact (START_FACTS: when the timeline shows a node) becomes. */
const startPredicate = (key: string) => (key === 'founded' ? 'foundingDate' : key === 'published' ? 'datePublished' : 'startDate');

/**
 * graph-data as Turtle: labels tagged zh and en; types, countries and sectors as IRIs with labels (a
 * country the graph has as a place is that place);
 * when a node began as schema.org's foundingDate, datePublished or startDate;
 * each relationship a triple, and its quotes attached to that triple by RDF reification (a
 * statement per edge: its subject, predicate and object, each quote with its paragraph).
 */
export function graphToTurtle(graph: Graph): string {
  const writer = new Writer({
    prefixes: { rdf: RDF, rdfs: RDFS, skos: SKOS, schema: SCHEMA, xsd: XSD, node: 'urn:zgc:node:', type: 'urn:zgc:type:', rel: 'urn:zgc:rel:', country: 'urn:zgc:country:', sector: 'urn:zgc:sector:', st: 'urn:zgc:statement:', zgc: 'urn:zgc:prop:', kind: 'urn:zgc:kind:' },
  });
  const add = (s: string, p: string, o: ReturnType<typeof namedNode> | ReturnType<typeof literal>) => writer.addQuad(quad(namedNode(s), namedNode(p), o));
  const labels = (s: string, l: { zh: string; en: string }, p = `${RDFS}label`) => {
    add(s, p, literal(l.zh, 'zh'));
    add(s, p, literal(l.en, 'en'));
  };
  const v = graph.vocabularies;
  for (const t of v.nodeTypes) {
    add(ZGC.type(t.id), `${RDF}type`, namedNode(`${RDFS}Class`));
    labels(ZGC.type(t.id), t.label);
  }
  for (const r of v.relationTypes) {
    add(ZGC.rel(r.id), `${RDF}type`, namedNode(`${RDF}Property`));
    labels(ZGC.rel(r.id), r.label);
  }
  for (const [own, kind] of [[OWN_PROPERTIES, `${RDF}Property`], [OWN_CLASSES, `${RDFS}Class`]] as const) {
    for (const [iri, label] of Object.entries(own)) {
      add(iri, `${RDF}type`, namedNode(kind));
      labels(iri, label);
    }
  }
  // A country the graph has as a place of its own ("Denmark") is that place's IRI, so that a store
  // holds one Denmark, not a place and a country by the same name. The others get an IRI of their own.
  const countryIri = new Map<string, string>();
  for (const c of v.countries) {
    const place = graph.nodes.find((n) => n.type === 'place' && n.country === c.code && n.name.en === c.label.en);
    countryIri.set(c.code, place ? ZGC.node(place.id) : ZGC.country(c.code));
    if (place) continue;
    add(ZGC.country(c.code), `${RDF}type`, namedNode(ZGC.kind('country')));
    labels(ZGC.country(c.code), c.label);
  }
  for (const sec of v.sectors) {
    add(ZGC.sector(sec.id), `${RDF}type`, namedNode(ZGC.kind('sector')));
    labels(ZGC.sector(sec.id), sec.label);
  }
  for (const n of graph.nodes) {
    const s = ZGC.node(n.id);
    add(s, `${RDF}type`, namedNode(ZGC.type(n.type)));
    labels(s, n.name);
    for (const a of n.aliases) add(s, `${SKOS}altLabel`, literal(a));
    if (n.description) labels(s, n.description, `${SCHEMA}description`);
    if (n.country) add(s, ZGC.prop('country'), namedNode(countryIri.get(n.country) ?? ZGC.country(n.country)));
    for (const sec of n.sectors) add(s, ZGC.prop('sector'), namedNode(ZGC.sector(sec)));
    if (n.url && /^https?:\/\//.test(n.url)) add(s, `${SCHEMA}url`, namedNode(n.url));
    // When it began (the explorer's timeline reads these): founded, published, held first or on a date.
    for (const f of n.facts ?? []) {
      if (START_FACTS.has(f.key)) add(s, `${SCHEMA}${startPredicate(f.key)}`, f.date && f.date.length === 10 ? literal(f.date, namedNode(`${XSD}date`)) : literal(String(f.year ?? f.value), namedNode(`${XSD}gYear`)));
    }
  }
  for (const e of graph.edges) {
    const [s, p, o] = [ZGC.node(e.source), ZGC.rel(e.type), ZGC.node(e.target)];
    add(s, p, namedNode(o));
    const st = ZGC.statement(e.id);
    add(st, `${RDF}type`, namedNode(`${RDF}Statement`));
    add(st, `${RDF}subject`, namedNode(s));
    add(st, `${RDF}predicate`, namedNode(p));
    add(st, `${RDF}object`, namedNode(o));
    if (e.year !== undefined) add(st, ZGC.prop('year'), literal(String(e.year), namedNode(`${XSD}gYear`)));
    if (e.inferred) add(st, ZGC.prop('inferred'), literal('true', namedNode(`${XSD}boolean`)));
    e.sources.forEach((src, i) => {
      const q = `${st}/quote/${i + 1}`;
      add(st, ZGC.prop('evidence'), namedNode(q));
      add(q, ZGC.prop('quote'), literal(src.quote, 'zh'));
      add(q, ZGC.prop('paragraph'), literal(String(src.paragraph), namedNode(`${XSD}integer`)));
    });
  }
  let out = '';
  writer.end((err, result: string) => {
    if (err) throw err;
    out = result;
  });
  // "5." ends a statement in Turtle 1.1, but older parsers (Virtuoso 7's) read it as the decimal
  // "5." and find no end: a space before the full stop reads the same everywhere.
  return out.replace(/ (-?\d+|true|false)\.\n/g, ' $1 .\n');
}
