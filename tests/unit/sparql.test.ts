import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Parser as SparqlParser } from 'sparqljs';
import { Parser as TurtleParser } from 'n3';
import { describe, expect, it } from 'vitest';
import { parseResults, sparqlClient, SparqlError } from '../../src/sparql/client';
import { anyNameQuery, DEFAULT_VOCABULARY, isSafeIri, loadQuery, namesQuery, literal, neighbourCountsQuery, neighboursQuery, readDate, searchQuery, WIKIDATA_VOCABULARY } from '../../src/sparql/sparql';
import { graphYears } from '../../src/domain/explore';
import { indexGraph } from '../../src/domain/graph';
import { graphToTurtle } from '../../src/sparql/turtle';
import { READ_DOCUMENT, SparqlSession, type SearchResult } from '../../src/sparql/session';
import { validateGraph } from '../../src/io/validateGraph';
import { typedVocabulary, vocabularyFor } from '../../src/sparql/connect';
import { bundledGraph } from '../fixtures';

const parse = (q: string) => new SparqlParser().parse(q);

describe('SPARQL text from user input', () => {
  it('escapes a search so that it stays one literal: a search for "} DROP ALL # finds, and does, nothing else', () => {
    const text = '"} DROP ALL #';
    const q = searchQuery(text, DEFAULT_VOCABULARY, { limit: 20, graph: null });
    const parsed = parse(q) as unknown as { queryType: string; where: unknown[] };
    expect(parsed.queryType).toBe('SELECT');
    expect(JSON.stringify(parsed.where)).toContain(JSON.stringify(text).slice(1, -1));
    expect(q).not.toMatch(/DROP ALL #[^"]/);
  });

  it('every query built from hostile labels and IRIs parses, and the label is the one literal it was (property)', { timeout: 30_000 }, () => {
    const iri = fc
      .tuple(fc.constantFrom('http://', 'https://', 'urn:x:'), fc.string({ minLength: 1, maxLength: 40 }))
      .map(([scheme, rest]) => scheme + rest);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), iri, (label, candidate) => {
        // The text round-trips through the literal: what the parser reads is what was typed.
        const lit = parse(`SELECT * WHERE { ?s ?p ${literal(label)} }`) as unknown as { where: { triples: { object: { value: string } }[] }[] };
        expect(lit.where[0]!.triples[0]!.object.value).toBe(label);
        const q = searchQuery(label || 'x', DEFAULT_VOCABULARY, { limit: 10, graph: null });
        expect(() => parse(q)).not.toThrow();
        if (isSafeIri(candidate)) {
          for (const built of [
            neighbourCountsQuery(candidate, { cap: 100, graph: null, vocab: DEFAULT_VOCABULARY, exclude: [candidate] }),
            neighboursQuery(candidate, { limit: 10, offset: 0, graph: candidate, vocab: DEFAULT_VOCABULARY }),
            neighboursQuery(candidate, { limit: 10, offset: 0, graph: null, vocab: { ...WIKIDATA_VOCABULARY, links: label } }),
            neighbourCountsQuery(candidate, { cap: 100, graph: null, vocab: { ...WIKIDATA_VOCABULARY, links: label } }),
            loadQuery([candidate], [candidate, 'http://www.w3.org/2000/01/rdf-schema#label'], { graph: candidate, limit: 10 }),
            namesQuery([candidate], [candidate, 'http://www.w3.org/2000/01/rdf-schema#label'], { graph: candidate, limit: 10 }),
            anyNameQuery([candidate], [candidate], null),
          ])
            expect(() => parse(built), built).not.toThrow();
        } else {
          expect(() => loadQuery([candidate], [], { graph: null, limit: 10 })).toThrow(/not an IRI/);
          expect(() => namesQuery([candidate], [], { graph: null, limit: 10 })).toThrow(/not an IRI/);
        }
      }),
      { seed: 20261127, numRuns: 800 },
    );
  });

  it('refuses IRIs that could break out of <…>', () => {
    for (const bad of ['http://x> } DROP ALL {', 'http://a b', 'javascript:alert(1)"', 'no-scheme', '', 'http://x\n']) expect(isSafeIri(bad), bad).toBe(false);
    expect(isSafeIri('http://www.wikidata.org/entity/Q148')).toBe(true);
  });
});

describe('SPARQL JSON results and faults', () => {
  it("reads Virtuoso's typed-literal, language tags, blank nodes; refuses what is not SPARQL JSON", () => {
    const rows = parseResults(
      JSON.stringify({
        head: { vars: ['s', 'n', 'l', 'b'] },
        results: { bindings: [{ s: { type: 'uri', value: 'urn:a' }, n: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '3' }, l: { type: 'literal', 'xml:lang': 'zh', value: '<b>诺和</b>' }, b: { type: 'bnode', value: 'b0' } }] },
      }),
    );
    expect(rows[0]).toEqual({ s: { type: 'uri', value: 'urn:a' }, n: { type: 'literal', value: '3', datatype: 'http://www.w3.org/2001/XMLSchema#integer' }, l: { type: 'literal', value: '<b>诺和</b>', lang: 'zh' }, b: { type: 'bnode', value: 'b0' } });
    expect(() => parseResults('<html>oops</html>', 'http://e/sparql')).toThrow(/http:\/\/e\/sparql did not send SPARQL JSON results/);
    expect(() => parseResults('{"head":{}}')).toThrow(/without results.bindings/);
  });

  it('names the endpoint and the cause: HTTP 500 with its message, unreachable (CORS or down), a timeout, a cancel', async () => {
    const failing = (res: () => Promise<Response>) => sparqlClient({ url: 'http://127.0.0.1:9/sparql', timeoutMs: 50 }, () => res());
    await expect(failing(async () => new Response('Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error', { status: 500 })).select('SELECT 1')).rejects.toThrow(
      /http:\/\/127.0.0.1:9\/sparql answered 500.*SP030: SPARQL compiler/,
    );
    await expect(failing(async () => Promise.reject(new TypeError('Failed to fetch'))).select('SELECT 2')).rejects.toThrow(/could not be reached.*CORS/);
    const slow = sparqlClient({ url: 'http://slow/sparql', timeoutMs: 30 }, (_u, init) => new Promise((_r, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    await expect(slow.select('SELECT 3')).rejects.toMatchObject({ kind: 'timeout' });
    const controller = new AbortController();
    const pending = slow.select('SELECT 4', controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(SparqlError);
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });
});

describe("a store's full-text index", () => {
  const results = (rows: Record<string, { type: string; value: string }>[]) => new Response(JSON.stringify({ head: { vars: [] }, results: { bindings: rows } }), { headers: { 'Content-Type': 'application/sparql-results+json' } });
  const store = (virtuoso: boolean, indexed: boolean) => {
    const asked: string[] = [];
    const fetcher = (async (_url: string, init: RequestInit) => {
      const query = new URLSearchParams(String(init.body)).get('query') ?? '';
      asked.push(query);
      if (query.includes('bif:contains') && !virtuoso) return new Response('Parse error: bif:contains', { status: 400 });
      if (query.includes('zgcprobe') || (query.includes('bif:contains') && !indexed)) return results([]);
      if (query.includes('?node ?lp ?label')) return results([{ node: { type: 'uri', value: 'urn:x:novo' }, name: { type: 'literal', value: 'Novo Nordisk' } }]);
      return results([]);
    }) as unknown as typeof fetch;
    return { session: new SparqlSession({ url: 'http://127.0.0.1:1/sparql', headers: {}, timeoutMs: 2000 }, { fetcher }), asked };
  };

  it("Virtuoso's bif:contains is found on connecting and used for words; a store without it keeps to CONTAINS", async () => {
    const v = store(true, true);
    await v.session.outline();
    expect(v.session.fullText).toBe('virtuoso');
    expect(await v.session.search('Novo Nordisk')).toEqual([expect.objectContaining({ iri: 'urn:x:novo' })]);
    expect(v.asked.at(-1)).toContain('bif:contains');
    const other = store(false, false);
    await other.session.outline();
    expect(other.session.fullText).toBeNull();
    await other.session.search('Novo Nordisk');
    expect(other.asked.at(-1)).toContain('CONTAINS(LCASE');
  });

  it('a store whose literals are not indexed (or a Chinese word the index splits) falls back to CONTAINS and still finds', async () => {
    const v = store(true, false);
    await v.session.outline();
    expect(await v.session.search('Novo Nordisk')).toEqual([expect.objectContaining({ name: 'Novo Nordisk' })]);
    expect(v.asked.slice(-2).map((q) => (q.includes('bif:contains') ? 'index' : 'contains'))).toEqual(['index', 'contains']);
  });
});

describe("Wikidata's entity search (wikibase:mwapi)", () => {
  type Parsed = { queryType: string; where: { type: string; name?: { value: string }; patterns?: { triples?: { predicate: { value: string }; object: { value: string } }[] }[] }[] };
  const serviceParams = (q: string) => {
    const parsed = new SparqlParser().parse(q) as unknown as Parsed;
    const service = parsed.where.find((w) => w.type === 'service')!;
    const triples = service.patterns!.flatMap((p) => p.triples ?? []);
    return { service: service.name!.value, param: (name: string) => triples.find((t) => t.predicate.value.endsWith(name))?.object.value };
  };

  it("asks the service with the text as one literal, in the text's language, and the labels of that language first", () => {
    const zh = serviceParams(searchQuery('诺和诺德', WIKIDATA_VOCABULARY, { limit: 20, graph: null, fullText: 'wikidata' }));
    expect(zh.service).toBe('http://wikiba.se/ontology#mwapi');
    expect(zh.param('search')).toBe('诺和诺德');
    expect(zh.param('language')).toBe('zh');
    expect(zh.param('#api')).toBe('EntitySearch');
    const en = searchQuery('Novo Nordisk', WIKIDATA_VOCABULARY, { limit: 20, graph: null, fullText: 'wikidata' });
    expect(serviceParams(en).param('language')).toBe('en');
    expect(en.indexOf('?l1 . FILTER(LANG(?l1) = "en")')).toBeGreaterThan(0);
  });

  it('every search built from hostile text parses, and the text is the one search parameter (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).filter((t) => t.trim().length > 0), (text) => {
        const q = searchQuery(text, WIKIDATA_VOCABULARY, { limit: 20, graph: null, fullText: 'wikidata' });
        expect(serviceParams(q).param('search')).toBe(text.trim().slice(0, 200));
      }),
      { seed: 20261128, numRuns: 400 },
    );
  });

  it('Wikidata is searched through its index from the start, with no probe and no scan of every label', async () => {
    const asked: string[] = [];
    const fetcher = (async (_url: string, init: RequestInit) => {
      asked.push(new URLSearchParams(String(init.body)).get('query') ?? '');
      return new Response(JSON.stringify({ head: { vars: [] }, results: { bindings: [] } }), { headers: { 'Content-Type': 'application/sparql-results+json' } });
    }) as unknown as typeof fetch;
    const session = new SparqlSession({ url: 'https://query.wikidata.org/sparql', headers: {}, timeoutMs: 2000 }, { fetcher, vocab: vocabularyFor('https://query.wikidata.org/sparql') });
    await session.outline();
    expect(session.fullText).toBe('wikidata');
    expect(asked.some((q) => q.includes('bif:contains'))).toBe(false);
    asked.length = 0;
    expect(await session.search('中关村')).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('wikibase:mwapi');
  });
});

describe('the vocabulary a person chooses', () => {
  it('keeps the defaults for what is left empty, takes the IRIs typed, and refuses what is not an IRI', () => {
    expect(typedVocabulary({ labels: '', type: '', description: '', country: '' })).toEqual({ vocab: {} });
    expect(typedVocabulary({ labels: 'http://schema.org/name\n http://www.w3.org/2004/02/skos/core#altLabel', type: 'http://schema.org/additionalType', description: '', country: 'http://schema.org/addressCountry' })).toEqual({
      vocab: { labels: ['http://schema.org/name', 'http://www.w3.org/2004/02/skos/core#altLabel'], type: 'http://schema.org/additionalType', country: 'http://schema.org/addressCountry' },
    });
    // Common prefixes are written out; anything else must be a whole IRI.
    expect(typedVocabulary({ labels: 'rdfs:label\n<http://schema.org/name>', type: 'wdt:P31', description: '', country: '' })).toEqual({
      vocab: { labels: ['http://www.w3.org/2000/01/rdf-schema#label', 'http://schema.org/name'], type: 'http://www.wikidata.org/prop/direct/P31' },
    });
    expect(typedVocabulary({ labels: '', type: 'not an IRI', description: '', country: '' })).toEqual({ bad: 'not an IRI' });
    expect(typedVocabulary({ labels: 'javascript:alert(1)>', type: '', description: '', country: '' })).toHaveProperty('bad');
    expect(vocabularyFor('https://query.wikidata.org/sparql').type).toBe('http://www.wikidata.org/prop/direct/P31');
    expect(vocabularyFor('not a url').type).toBe('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
  });
});

/** A session on a store that answers every query with these s/p/o rows (its describe of anything). */
const uri = (value: string) => ({ type: 'uri', value });
const lit = (value: string, lang: string) => ({ type: 'literal', value, 'xml:lang': lang });
function answering(rows: Record<string, unknown>[]): SparqlSession {
  const fetcher = (async () => new Response(JSON.stringify({ head: { vars: ['s', 'p', 'o'] }, results: { bindings: rows } }), { headers: { 'Content-Type': 'application/sparql-results+json' } })) as unknown as typeof fetch;
  return new SparqlSession({ url: 'http://127.0.0.1:1/sparql', headers: {}, timeoutMs: 2000 }, { fetcher });
}

describe('countries read from the store feed the Country filter', () => {
  it('from an IRI ending in its code, and from the name of a country entity (Wikidata P17)', async () => {
    const rows = [
      { s: uri('urn:x:novo'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('Novo Nordisk', 'en') },
      { s: uri('urn:x:novo'), p: uri('urn:zgc:prop:country'), o: uri('urn:zgc:country:DK') },
      { s: uri('urn:x:sap'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('SAP', 'en') },
      { s: uri('urn:x:sap'), p: uri('http://www.wikidata.org/prop/direct/P17'), o: uri('http://www.wikidata.org/entity/Q183') },
      { s: uri('http://www.wikidata.org/entity/Q183'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('Germany', 'en') },
    ];
    const session = answering(rows);
    await session.load(['urn:x:novo', 'urn:x:sap']);
    const g = session.toGraph();
    expect(g.nodes.map((n) => [n.name.en, n.country])).toEqual([
      ['Novo Nordisk', 'DK'],
      ['SAP', 'DE'],
    ]);
    expect(g.vocabularies.countries).toEqual([
      { code: 'DK', label: { zh: '丹麦', en: 'Denmark' } },
      { code: 'DE', label: { zh: '德国', en: 'Germany' } },
    ]);
  });
});

describe("a node's own values", () => {
  it('the description in each language the interface prefers; the timeline date is not listed again as an attribute', async () => {
    const rows = [
      { s: uri('urn:x:novo'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('Novo Nordisk', 'en') },
      { s: uri('urn:x:novo'), p: uri('http://schema.org/description'), o: lit('A biopharmaceutical company', 'en') },
      { s: uri('urn:x:novo'), p: uri('http://schema.org/description'), o: lit('生物制药公司', 'zh') },
      { s: uri('urn:x:novo'), p: uri('http://schema.org/foundingDate'), o: { type: 'literal', value: '1923', datatype: 'http://www.w3.org/2001/XMLSchema#gYear' } },
      { s: uri('urn:x:novo'), p: uri('urn:x:motto'), o: lit('Driving change', 'en') },
      { s: uri('urn:x:lab'), p: uri('http://schema.org/description'), o: lit('Only in English', 'en') },
    ];
    const session = answering(rows);
    await session.load(['urn:x:novo', 'urn:x:lab']);
    const [novo, lab] = session.toGraph().nodes;
    expect(novo!.description).toEqual({ zh: '生物制药公司', en: 'A biopharmaceutical company' });
    expect(lab!.description).toEqual({ zh: 'Only in English', en: 'Only in English' });
    expect(novo!.facts?.[0]).toMatchObject({ value: 1923 });
    expect(novo!.attributes).toEqual({ IRI: 'urn:x:novo', motto: 'Driving change' });
  });
});

describe("a node's values in the interface's languages", () => {
  it('labels and literals in other languages (Wikidata has hundreds) are left out where zh or en exist, kept where they are all there is', async () => {
    const label = 'http://www.w3.org/2000/01/rdf-schema#label';
    const alt = 'http://www.w3.org/2004/02/skos/core#altLabel';
    const rows = [
      ...['en', 'zh', 'de', 'fr', 'ru', 'ar', 'ja', 'zh-hant', 'en-gb'].map((l) => ({ s: uri('urn:x:q'), p: uri(label), o: lit(`Name ${l}`, l) })),
      ...['en', 'de', 'fr'].map((l) => ({ s: uri('urn:x:q'), p: uri(alt), o: lit(`Alias ${l}`, l) })),
      { s: uri('urn:x:q'), p: uri('urn:x:motto'), o: lit('Wahlspruch', 'de') },
      { s: uri('urn:x:q'), p: uri('urn:x:motto'), o: lit('Devise', 'fr') },
      { s: uri('urn:x:q'), p: uri('urn:x:code'), o: { type: 'literal', value: 'Q1' } },
    ];
    const session = answering(rows);
    await session.load(['urn:x:q']);
    const [node] = session.toGraph().nodes;
    expect(node!.name).toEqual({ zh: 'Name zh', en: 'Name en' });
    expect(node!.aliases).toEqual(['Name zh-hant', 'Name en-gb']);
    expect(node!.attributes).toEqual({ IRI: 'urn:x:q', altLabel: 'Alias en', motto: ['Wahlspruch', 'Devise'], code: 'Q1' });
  });
});

describe('a snapshot says where each fact came from', () => {
  it('every edge quotes its triple and the time it was read from a document naming the endpoint; the file validates', async () => {
    const rows = [
      { s: uri('urn:x:novo'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('Novo Nordisk', 'en') },
      { s: uri('urn:x:novo'), p: uri('urn:x:partnerOf'), o: uri('urn:x:zgc') },
      { s: uri('urn:x:zgc'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('中关村', 'zh') },
    ];
    const session = answering(rows);
    await session.load(['urn:x:novo', 'urn:x:zgc']);
    const g = session.toGraph();
    expect(g.edges).toHaveLength(1);
    const doc = g.documents![0]!;
    expect(doc).toMatchObject({ id: READ_DOCUMENT, url: 'http://127.0.0.1:1/sparql', title: { en: 'Read from the SPARQL endpoint 127.0.0.1:1' } });
    const [source] = g.edges[0]!.sources;
    expect(source!.document).toBe(READ_DOCUMENT);
    expect(source!.quote).toMatch(/^<urn:x:novo> <urn:x:partnerOf> <urn:x:zgc> · \d{4}-\d{2}-\d{2}T/);
    expect(doc.paragraphs[source!.paragraph - 1]).toContain(source!.quote);
    // Saved as a file and opened again: valid, with its provenance.
    const again = validateGraph(JSON.parse(JSON.stringify(g)));
    expect(again.ok ? [] : again.issues).toEqual([]);
  });
});

describe('dates for the timeline', () => {
  const typed = (value: string, datatype: string) => ({ type: 'literal', value, datatype: `http://www.w3.org/2001/XMLSchema#${datatype}` });
  const rows = [
    { s: uri('urn:x:novo'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('Novo Nordisk', 'en') },
    { s: uri('urn:x:novo'), p: uri('http://schema.org/foundingDate'), o: typed('1923', 'gYear') },
    { s: uri('urn:x:novo'), p: uri('urn:x:partnerOf'), o: uri('urn:x:lab') },
    { s: uri('urn:x:lab'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('Lab', 'en') },
    { s: uri('urn:x:lab'), p: uri('http://www.wikidata.org/prop/direct/P571'), o: typed('1997-05-01T00:00:00Z', 'dateTime') },
    { s: uri('urn:x:lab'), p: uri('urn:x:opened'), o: typed('2001-09-10', 'date') },
    { s: uri('urn:x:undated'), p: uri('http://www.w3.org/2000/01/rdf-schema#label'), o: lit('Undated', 'en') },
    { s: uri('urn:x:undated'), p: uri('http://schema.org/startDate'), o: lit('some time ago', 'en') },
  ];

  it('reads gYear, date and dateTime values, and nothing else, as years and dates', () => {
    expect(readDate('1923')).toEqual({ year: 1923, date: '1923' });
    expect(readDate('+1997-05-01T00:00:00Z')).toEqual({ year: 1997, date: '1997-05-01' });
    expect(readDate('2022-03')).toEqual({ year: 2022, date: '2022-03' });
    expect(readDate('1923-00-00T00:00:00Z')).toEqual({ year: 1923, date: '1923' });
    for (const bad of ['some time ago', '23', '0999', '1923-13-01x', '']) expect(readDate(bad), bad).toBeNull();
  });

  it('the common date predicates give each node its year, cited from the read document; the timeline spans them; the file validates', async () => {
    const session = answering(rows);
    await session.load(['urn:x:novo', 'urn:x:lab', 'urn:x:undated']);
    const g = session.toGraph();
    const fact = (id: string) => g.nodes.find((n) => n.id === id)?.facts?.[0];
    expect(fact('urn:x:novo')).toMatchObject({ key: 'date', value: 1923, date: '1923', label: { zh: '成立日期', en: 'Founded' } });
    expect(fact('urn:x:lab')).toMatchObject({ value: 1997, date: '1997-05-01', label: { en: 'Inception' } });
    expect(fact('urn:x:undated')).toBeUndefined();
    const source = fact('urn:x:novo')!.sources[0]!;
    expect(source.quote).toMatch(/^<urn:x:novo> <http:\/\/schema.org\/foundingDate> "1923" · \d{4}-/);
    expect(g.documents![0]!.paragraphs[source.paragraph - 1]).toContain(source.quote);
    expect(graphYears(indexGraph(g))).toEqual([1923, 1997]);
    const again = validateGraph(JSON.parse(JSON.stringify(g)));
    expect(again.ok ? [] : again.issues).toEqual([]);
  });

  it('a date predicate chosen in the vocabulary is the one read', async () => {
    const session = answering(rows);
    session.vocab = { ...session.vocab, date: 'urn:x:opened' };
    await session.load(['urn:x:novo', 'urn:x:lab']);
    const g = session.toGraph();
    expect(g.nodes.map((n) => n.facts?.[0]?.date ?? null)).toEqual([null, '2001-09-10']);
    expect(typedVocabulary({ labels: '', type: '', description: '', country: '', date: 'schema:startDate' })).toEqual({ vocab: { date: 'http://schema.org/startDate' } });
  });
});

describe("this explorer's own graph as RDF", () => {
  it('graph-data/graph.ttl is what graph-data/graph.json gives (npm run turtle), and parses', () => {
    const ttl = graphToTurtle(bundledGraph);
    expect(readFileSync('graph-data/graph.ttl', 'utf8')).toBe(ttl);
    const quads = new TurtleParser().parse(ttl);
    const labels = quads.filter((q) => q.subject.value === 'urn:zgc:node:novo-nordisk' && q.predicate.value.endsWith('#label'));
    expect(labels.map((q) => [q.object.value, (q.object as { language?: string }).language])).toEqual([
      ['诺和诺德', 'zh'],
      ['Novo Nordisk', 'en'],
    ]);
    // Every edge a triple, with its quotes on a reified statement.
    const relations = quads.filter((q) => q.predicate.value.startsWith('urn:zgc:rel:'));
    expect(relations.length).toBe(bundledGraph.edges.length);
    const quotes = quads.filter((q) => q.predicate.value === 'urn:zgc:prop:quote');
    expect(quotes.length).toBe(bundledGraph.edges.reduce((n, e) => n + e.sources.length, 0));
    // No bare number right before a full stop: Virtuoso 7 would read "5." as a decimal.
    expect(ttl).not.toMatch(/ \d+\.\n/);
  });

  it('holds one Denmark: a country the graph has as a place is that place, and the Country filter still reads it', async () => {
    const quads = new TurtleParser().parse(graphToTurtle(bundledGraph));
    const named = (name: string) => new Set(quads.filter((q) => q.predicate.value.endsWith('#label') && q.object.value === name).map((q) => q.subject.value));
    expect([...named('Denmark')]).toEqual(['urn:zgc:node:denmark']);
    expect([...named('China')]).toEqual(['urn:zgc:node:china']);
    const countryOf = (s: string) => quads.find((q) => q.subject.value === s && q.predicate.value === 'urn:zgc:prop:country')?.object.value;
    expect(countryOf('urn:zgc:node:novo-nordisk')).toBe('urn:zgc:node:denmark');
    // The Netherlands is no place of the graph: an IRI of its own, typed as a country.
    expect([...named('Netherlands')]).toEqual(['urn:zgc:country:NL']);
    // Its own predicates and the classes of sectors and countries are named in both languages.
    const labels = (s: string) => quads.filter((q) => q.subject.value === s && q.predicate.value.endsWith('#label')).map((q) => q.object.value);
    expect(labels('urn:zgc:prop:country')).toEqual(['国家', 'country']);
    expect(labels('urn:zgc:prop:sector')).toEqual(['领域', 'sector']);
    const typeOf = (s: string) => quads.find((q) => q.subject.value === s && q.predicate.value.endsWith('#type'))?.object.value;
    expect(typeOf('urn:zgc:sector:biopharma')).toBe('urn:zgc:kind:sector');
    // Read back by a session, the place's name gives the code.
    const rows = quads
      .filter((q) => ['urn:zgc:node:novo-nordisk', 'urn:zgc:node:denmark'].includes(q.subject.value))
      .map((q) => ({ s: uri(q.subject.value), p: uri(q.predicate.value), o: q.object.termType === 'NamedNode' ? uri(q.object.value) : lit(q.object.value, (q.object as { language?: string }).language ?? '') }));
    const session = answering(rows);
    await session.load(['urn:zgc:node:novo-nordisk', 'urn:zgc:node:denmark']);
    expect(session.toGraph().nodes.map((n) => n.country)).toEqual(['DK', 'DK']);
  });
});

/** A real SPARQL engine (Oxigraph's Node build) holding `turtle`, answering a session as an endpoint would. */
async function oxigraph(turtle: string) {
  const { Store } = await import('oxigraph/node.js');
  const store = new Store();
  store.load(turtle, { format: 'text/turtle' });
  const fetcher = (async (_url: string, init: RequestInit) => {
    const query = new URLSearchParams(String(init.body)).get('query')!;
    const body = store.query(query, { results_format: 'application/sparql-results+json' }) as string;
    return new Response(body, { headers: { 'Content-Type': 'application/sparql-results+json' } });
  }) as unknown as typeof fetch;
  const session = (vocab = DEFAULT_VOCABULARY) => new SparqlSession({ url: 'http://127.0.0.1:1/sparql', headers: {}, timeoutMs: 20_000 }, { fetcher, vocab });
  return { store, fetcher, session };
}

describe('nodes that say thousands of things (Wikidata items), in a real SPARQL engine', () => {
  it('every node of a page of 50 gets its name, description and type, however much else it says', { timeout: 60_000 }, async () => {
    // 60 items, each with a label and a description in 200 languages, 150 identifiers and a class;
    // item 7 is named in German only.
    const langs = ['de', 'fr', 'es', 'ru', 'ar', 'ja', 'ko', 'it', 'pt', 'nl', ...Array.from({ length: 188 }, (_, i) => `q${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`)];
    const lines = ['@prefix wd: <http://www.wikidata.org/entity/> .', '@prefix wdt: <http://www.wikidata.org/prop/direct/> .', '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .', '@prefix schema: <http://schema.org/> .'];
    for (let i = 0; i < 60; i++) {
      const own = i === 7 ? langs : [...langs, 'en', 'zh'];
      lines.push(`wd:Q${100 + i} wdt:P31 wd:Q5 ; ${own.map((l) => `rdfs:label "Item ${i} ${l}"@${l}`).join(' ; ')} ; ${own.map((l) => `schema:description "About ${i} ${l}"@${l}`).join(' ; ')} ; ${Array.from({ length: 150 }, (_, k) => `wdt:P${1000 + k} "id-${i}-${k}"`).join(' ; ')} .`);
    }
    lines.push('wd:Q5 rdfs:label "human"@en, "人类"@zh .');
    const { session } = await oxigraph(lines.join('\n'));
    const s = session(WIKIDATA_VOCABULARY);
    const page = Array.from({ length: 50 }, (_, i) => `http://www.wikidata.org/entity/Q${100 + i}`);
    await s.load(page);
    const g = s.toGraph();
    expect(g.nodes).toHaveLength(50);
    const named = g.nodes.filter((n) => /^Item \d+ en$/.test(n.name.en) && /^Item \d+ zh$/.test(n.name.zh));
    // All but the one named in German only, which takes that name.
    expect(g.nodes.filter((n) => !named.includes(n)).map((n) => n.id)).toEqual(['http://www.wikidata.org/entity/Q107']);
    expect(g.nodes.find((n) => n.id.endsWith('/Q107'))!.name.en).toMatch(/^Item 7 [a-z]+$/);
    expect(g.nodes.every((n) => n.type === 'http://www.wikidata.org/entity/Q5')).toBe(true);
    expect(g.vocabularies.nodeTypes[0]!.label).toEqual({ zh: '人类', en: 'human' });
    expect(g.nodes.find((n) => n.id.endsWith('/Q103'))!.description).toEqual({ zh: 'About 3 zh', en: 'About 3 en' });
  });
});

describe('Wikidata: links between items only, named by their properties (Wikidata-shaped data in Oxigraph)', () => {
  const ttl = `@prefix wd: <http://www.wikidata.org/entity/> . @prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> . @prefix ps: <http://www.wikidata.org/prop/statement/> . @prefix wds: <http://www.wikidata.org/entity/statement/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix schema: <http://schema.org/> .
wd:Q818846 rdfs:label "Novo Nordisk"@en, "诺和诺德"@zh ; wdt:P31 wd:Q4830453 ; wdt:P17 wd:Q35 ; wdt:P159 wd:Q1748 ; p:P31 wds:S1 ; p:P159 wds:S2 ; wdt:P1128 "63000" .
wd:P1128 rdfs:label "employees"@en, "雇员人数"@zh .
wds:S1 ps:P31 wd:Q4830453 . wds:S2 ps:P159 wd:Q1748 .
<https://en.wikipedia.org/wiki/Novo_Nordisk> schema:about wd:Q818846 . <https://zh.wikipedia.org/wiki/Novo> schema:about wd:Q818846 .
wd:Q35 rdfs:label "Denmark"@en, "丹麦"@zh . wd:Q1748 rdfs:label "Copenhagen"@en, "哥本哈根"@zh . wd:Q4830453 rdfs:label "business"@en, "企业"@zh .
wd:P17 rdfs:label "country"@en, "国家"@zh . wd:P159 rdfs:label "headquarters location"@en, "总部位置"@zh .`;

  it('counts and expands through wdt: only (no statement nodes, no sitelinks), and names wdt:P159 by wd:P159', async () => {
    const { fetcher } = await oxigraph(ttl);
    const s = new SparqlSession({ url: 'https://query.wikidata.org/sparql', headers: {}, timeoutMs: 20_000 }, { fetcher, vocab: WIKIDATA_VOCABULARY });
    const novo = 'http://www.wikidata.org/entity/Q818846';
    await s.load([novo]);
    const counts = await s.counts(novo);
    expect(counts.map((c) => `${c.dir} ${c.predicate}`).sort()).toEqual(['out http://www.wikidata.org/prop/direct/P159', 'out http://www.wikidata.org/prop/direct/P17']);
    expect(s.termName('http://www.wikidata.org/prop/direct/P159', 'zh')).toBe('总部位置');
    await s.expand(novo);
    const g = s.toGraph();
    expect(g.nodes.map((n) => n.name.en).sort()).toEqual(['Copenhagen', 'Denmark', 'Novo Nordisk']);
    expect(g.edges.map((e) => g.vocabularies.relationTypes.find((r) => r.id === e.type)!.label.en).sort()).toEqual(['country', 'headquarters location']);
    expect(g.nodes.find((n) => n.name.en === 'Novo Nordisk')!.country).toBe('DK');
    // A literal claim's attribute is titled by its property's name.
    expect(g.nodes.find((n) => n.name.en === 'Novo Nordisk')!.attributes).toMatchObject({ P1128: '63000' });
    expect(g.meta.attributes!.nodes.find((a) => a.key === 'P1128')!.title).toBe('employees');
  });
});

describe('search results in the interface language (Oxigraph holding graph.ttl)', () => {
  it("a result's type and description are the store's in the language asked, the matched label its name", async () => {
    const { store, session: sessionOf } = await oxigraph(readFileSync('graph-data/graph.ttl', 'utf8'));
    const session = sessionOf();
    const heidelberg = (rs: SearchResult[]) => rs.find((r) => r.iri === 'urn:zgc:node:zgc-heidelberg-centre');
    expect(heidelberg(await session.search('海德堡', undefined, 'zh'))).toMatchObject({ name: '中关村海德堡创新中心', kind: '机构', about: expect.stringMatching(/德国海德堡/) });
    expect(heidelberg(await session.search('Heidelberg', undefined, 'en'))).toMatchObject({ name: 'Zhongguancun Heidelberg Innovation Center', kind: 'Organisation', about: expect.stringMatching(/Heidelberg, Germany/) });
    // A store with no label for the type: the end of its IRI.
    store.update('DELETE WHERE { <urn:zgc:type:organisation> <http://www.w3.org/2000/01/rdf-schema#label> ?l }');
    const fresh = sessionOf(); // the first one's answers are cached
    expect(heidelberg(await fresh.search('Heidelberg', undefined, 'en'))?.kind).toBe('organisation');
  });
});

