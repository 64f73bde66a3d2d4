import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, SHOTS, sharedHarness, tap, waitReady } from './harness';
import { startVirtuoso, type Virtuoso } from './virtuoso';

// A real Virtuoso, started and stopped here (tests/e2e/virtuoso.ts), holding graph-data/graph.ttl.
const h = sharedHarness();
let virtuoso: Virtuoso;
beforeAll(async () => {
  virtuoso = await startVirtuoso();
}, 120_000);
afterAll(async () => {
  await virtuoso?.stop();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Connect to a SPARQL endpoint' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const onCanvas = (page: Page) => page.evaluate(() => ({ nodes: window.cy!.nodes().length, edges: window.cy!.edges().length }));

async function connect(page: Page) {
  await dialog(page).waitFor();
  await dialog(page).getByRole('button', { name: 'Connect', exact: true }).click();
  await dialog(page).getByRole('searchbox', { name: 'Search the endpoint' }).waitFor({ timeout: 20_000 });
}

/** Searches the endpoint, puts the result on the canvas, and waits until it is the only node there. */
async function putOnCanvas(page: Page, text: string, result: RegExp | string) {
  await dialog(page).getByRole('searchbox', { name: 'Search the endpoint' }).fill(text);
  const results = dialog(page).getByRole('listbox', { name: 'Endpoint search results' });
  await results.getByRole('option').filter({ hasText: result }).first().click({ timeout: 20_000 });
  await expect.poll(() => onCanvas(page), { timeout: 15_000 }).toEqual({ nodes: 1, edges: 0 });
  await waitReady(page);
}

/** Once the counts are in, loads all of the selected node's neighbours; returns its Expand section. */
async function expandAll(page: Page) {
  const expand = details(page).locator('section.sparql-expand');
  await expect.poll(() => expand.textContent(), { timeout: 15_000 }).toContain('located in');
  await expand.getByRole('button', { name: 'Load all neighbours' }).click();
  return expand;
}

/**
 * The timeline from the dates the store gives (graph.ttl's schema:foundingDate): at 1923 Novo Nordisk
 * is on the canvas and its R&D centre (1997) is not yet; at the last year everything is back.
 */
async function timelineFromDates(page: Page) {
  const before = (await onCanvas(page)).nodes;
  const year = page.getByRole('slider', { name: 'Year' });
  await year.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => year.getAttribute('aria-valuetext')).toBe('1923');
  const present = () => page.evaluate(() => ['novo-nordisk', 'novo-nordisk-china-rd'].map((id) => window.cy!.getElementById(`urn:zgc:node:${id}`).nonempty()));
  await expect.poll(present).toEqual([true, false]);
  await page.keyboard.press('End');
  await expect.poll(() => onCanvas(page).then((c) => c.nodes)).toBe(before);
  expect(await present()).toEqual([true, true]);
}

describe('a SPARQL endpoint (Virtuoso)', () => {
  // A long journey (about 40 s on an idle 2-core machine): room for a loaded one.
  it('connect, search in Chinese, expand, follow a path, filter, export, and open the snapshot again', { timeout: 180_000 }, async () => {
    const { page, problems } = await openPage(h(), `?sparql=${encodeURIComponent(virtuoso.endpoint)}`);
    // ?sparql= opens the dialog with the full endpoint URL, as given.
    expect(await dialog(page).getByRole('textbox', { name: 'Endpoint URL' }).inputValue()).toBe(virtuoso.endpoint);
    await connect(page);
    expect(await dialog(page).textContent()).toContain(`Connected to ${virtuoso.endpoint}`);
    await dialog(page).getByRole('searchbox', { name: 'Search the endpoint' }).fill('诺和');
    const results = dialog(page).getByRole('listbox', { name: 'Endpoint search results' });
    await expect.poll(() => results.getByRole('option').allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringContaining('诺和诺德')]));
    await results.getByRole('option').filter({ hasText: /^诺和诺德 · Organisation/ }).click();
    await expect.poll(() => onCanvas(page), { timeout: 15_000 }).toEqual({ nodes: 1, edges: 0 });
    await waitReady(page);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Novo Nordisk');
    expect(new URL(page.url()).searchParams.get('sparql')).toBe(virtuoso.endpoint);

    // Counts per predicate before anything loads; then all of them.
    const expand = details(page).getByRole('region', { name: 'Expand' }).or(details(page).locator('section.sparql-expand'));
    await expect.poll(() => expand.textContent(), { timeout: 15_000 }).toContain('located in');
    await expand.getByRole('button', { name: 'Load all neighbours' }).click();
    await expect.poll(() => onCanvas(page).then((c) => c.nodes), { timeout: 15_000 }).toBeGreaterThanOrEqual(6);
    await waitReady(page);
    const counts = await onCanvas(page);
    expect(counts.edges).toBeGreaterThanOrEqual(counts.nodes - 1);
    // Every edge says where it was read: the endpoint, its triple, when.
    const edge = await page.evaluate(() => window.cy!.edges()[0]!.data('attributes') as Record<string, string>);
    expect(edge.endpoint).toBe(virtuoso.endpoint);
    expect(edge.triple).toMatch(/^<urn:zgc:[^>\s]+> <urn:zgc:[^>\s]+> <urn:zgc:[^>\s]+>$/);
    expect(Date.parse(edge.read!)).toBeGreaterThan(Date.now() - 600_000);

    // Expand the R&D centre one predicate at a time: its leader joins, linked to what is there.
    await tap(page, 'urn:zgc:node:novo-nordisk-china-rd');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Novo Nordisk Research Centre China');
    await expect.poll(() => expand.textContent(), { timeout: 15_000 }).toContain('leads');
    await expand.getByRole('button', { name: /^Load 1: leads$/ }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.getElementById('urn:zgc:node:han-dan').nonempty()), { timeout: 15_000 }).toBe(true);
    await waitReady(page);

    // A path across what is loaded: from the leader to Denmark.
    await tap(page, 'urn:zgc:node:han-dan');
    await details(page).getByRole('button', { name: 'Path from here' }).click();
    await tap(page, 'urn:zgc:node:denmark');
    await expect.poll(() => page.evaluate(() => window.cy!.elements('.on-path').nodes().length)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');

    // Filters by the store's types.
    const before = (await onCanvas(page)).nodes;
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Place' }).check({ force: true });
    await expect.poll(() => onCanvas(page).then((c) => c.nodes)).toBeLessThan(before);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => onCanvas(page).then((c) => c.nodes)).toBe(before);
    // And by the countries the store gives (zgc:country → urn:zgc:country:DK): Novo Nordisk is Danish.
    await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: 'Denmark' }).check({ force: true });
    await expect.poll(() => page.evaluate(() => window.cy!.nodes(':visible').map((n) => n.id()))).toContain('urn:zgc:node:novo-nordisk');
    await expect.poll(() => onCanvas(page).then((c) => c.nodes)).toBeLessThan(before);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => onCanvas(page).then((c) => c.nodes)).toBe(before);
    await timelineFromDates(page);
    await page.screenshot({ path: `${SHOTS}/sparql-virtuoso.png` });

    // The address names the endpoint and the loaded nodes: opened again, it reconnects and loads them.
    const link = new URL(page.url());
    expect(link.searchParams.get('load')!.split(' ').length).toBe(before);
    const relinked = await openPage(h(), link.search);
    await expect.poll(() => onCanvas(relinked.page).then((c) => c.nodes), { timeout: 20_000 }).toBe(before);
    await relinked.page.context().close();

    // Save as a graph file, and open that snapshot: the same graph, still saying where each fact came from.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { nodes: unknown[]; edges: { attributes?: Record<string, string> }[] };
    expect(saved.nodes.length).toBe(before);
    expect(saved.edges.every((e) => e.attributes?.endpoint === virtuoso.endpoint && /^<urn:zgc:/.test(e.attributes.triple ?? ''))).toBe(true);
    const again = await openPage(h());
    await again.page.getByLabel('Open graph file').setInputFiles(path);
    await expect.poll(() => onCanvas(again.page)).toEqual(await onCanvas(page));
    expect(problems.errors).toEqual([]);
    expect(again.problems.errors).toEqual([]);
    await again.page.context().close();
    await page.context().close();
  });

  it("the same journey against this explorer's graph in the browser (Oxigraph in a worker), offline", async () => {
    const { page, problems } = await openPage(h(), '');
    await page.getByRole('button', { name: 'Connect to a SPARQL endpoint' }).click();
    await dialog(page).getByRole('button', { name: "This explorer's graph (in the browser)" }).click();
    await connect(page);
    // The outline names classes and predicates as the store does (its rdfs:label), with counts.
    await dialog(page).locator('summary', { hasText: 'Most used classes and predicates' }).click();
    const outline = dialog(page).locator('.sparql-outline li');
    await expect.poll(() => outline.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Organisation \d+$/), expect.stringMatching(/^→ country \d+$/)]));
    await putOnCanvas(page, '诺和', /^诺和诺德 · Organisation/);
    const expand = await expandAll(page);
    await expect.poll(() => onCanvas(page).then((c) => c.nodes), { timeout: 15_000 }).toBeGreaterThanOrEqual(6);
    await waitReady(page);
    // One Denmark (the place is the country's IRI too), a sector typed as one, each name listed once.
    const listed = await page.getByRole('listbox', { name: 'Visible nodes' }).getByRole('option').allTextContents();
    expect(listed.filter((name) => name.startsWith('Denmark'))).toHaveLength(1);
    expect(new Set(listed).size).toBe(listed.length);
    await expect.poll(() => page.getByRole('group', { name: 'Type' }).textContent()).toContain('Sector');
    // The date is on the timeline, not again among the filters' attributes.
    expect(await page.getByRole('group', { name: 'foundingDate' }).count()).toBe(0);
    // In Chinese, the store's own predicates and the description are Chinese.
    const language = (text: string) => page.getByRole('radiogroup', { name: /Language|语言/ }).locator('label').filter({ hasText: new RegExp(`^${text}$`) }).click();
    await language('中文');
    const 详情 = page.getByRole('complementary', { name: '详情' });
    await expect.poll(() => 详情.locator('section.sparql-expand').textContent()).toContain('国家');
    await expect.poll(() => 详情.textContent()).toContain('生物制药公司');
    await language('English');
    await expect.poll(() => expand.textContent()).toContain('country');
    // Its founding year is a figure read from the store, not from the bundled graph's article.
    await expect.poll(() => details(page).getByRole('heading', { level: 3 }).allTextContents()).toContain('Figures and dates');
    expect(await details(page).getByRole('heading', { name: 'Figures from the article' }).count()).toBe(0);
    await timelineFromDates(page);
    const edge = await page.evaluate(() => window.cy!.edges()[0]!.data('attributes') as Record<string, string>);
    expect(edge.endpoint).toBe('browser:zgc-graph');
    // An edge's source is its triple and when it was read, in a document of what was read from the store.
    const edgeId = await page.evaluate(() => window.cy!.edges()[0]!.id());
    await tap(page, edgeId);
    const quote = details(page).locator('.sources blockquote').first();
    await expect.poll(() => quote.textContent()).toMatch(/^<urn:zgc:[^>]+> <[^>]+> <urn:zgc:[^>]+> · \d{4}-\d{2}-\d{2}T/);
    const said = (await quote.textContent())!;
    await details(page).getByRole('button', { name: /^Paragraph \d+ of Read from the SPARQL endpoint browser:zgc-graph: open it$/ }).click();
    await expect.poll(() => page.locator('.ptext').filter({ hasText: said }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/sparql-provenance.png` });
    // A path, and the link that reopens the same nodes from the same store.
    await tap(page, 'urn:zgc:node:novo-nordisk-china-rd');
    await details(page).getByRole('button', { name: 'Path from here' }).click();
    await tap(page, 'urn:zgc:node:denmark');
    await expect.poll(() => page.evaluate(() => window.cy!.elements('.on-path').nodes().length)).toBeGreaterThanOrEqual(3);
    const nodes = (await onCanvas(page)).nodes;
    const relinked = await openPage(h(), new URL(page.url()).search);
    await expect.poll(() => onCanvas(relinked.page).then((c) => c.nodes), { timeout: 20_000 }).toBe(nodes);
    expect(problems.errors).toEqual([]);
    expect(relinked.problems.errors).toEqual([]);
    await relinked.page.context().close();
    await page.context().close();
  });

  it('a search that looks like SPARQL finds nothing and does nothing; remove from canvas and hide a predicate', async () => {
    const { page } = await openPage(h(), `?sparql=${encodeURIComponent(virtuoso.endpoint)}`);
    await connect(page);
    // The store holds every triple of graph.ttl before the search, and still after it.
    const triples = () => Number(/^\s*(\d+)\s*$/m.exec(virtuoso.sql('SPARQL SELECT COUNT(*) FROM <urn:zgc:graph> WHERE { ?s ?p ?o };'))?.[1]);
    const inTurtle = new Parser().parse(readFileSync('graph-data/graph.ttl', 'utf8')).length;
    expect(triples()).toBe(inTurtle);
    await dialog(page).getByRole('searchbox', { name: 'Search the endpoint' }).fill('"} DROP ALL #');
    await expect.poll(() => dialog(page).getByRole('listbox', { name: 'Endpoint search results' }).textContent(), { timeout: 15_000 }).toContain('Nothing found');
    expect(triples()).toBe(inTurtle);
    await putOnCanvas(page, 'Heidelberg', 'Zhongguancun Heidelberg Innovation Center');
    const expand = await expandAll(page);
    await expect.poll(() => onCanvas(page).then((c) => c.nodes), { timeout: 15_000 }).toBeGreaterThan(2);
    await waitReady(page);
    // Hide "sector": its links leave the canvas.
    await expand.getByRole('button', { name: 'Hide this predicate: sector' }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.edges().filter((e) => String(e.data('type')).endsWith(':sector')).length)).toBe(0);
    // Remove a neighbour from the canvas.
    const n = (await onCanvas(page)).nodes;
    const other = await page.evaluate(() => {
      const node = window.cy!.nodes().filter((x) => !x.hasClass('selected'))[0]!;
      node.emit('tap');
      return String(node.data('label'));
    });
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(other);
    await details(page).getByRole('button', { name: 'Remove from canvas' }).click();
    await expect.poll(() => onCanvas(page).then((c) => c.nodes)).toBe(n - 1);
  });

  it('the vocabulary can be chosen: a bad IRI is refused, and the label predicate chosen is the one searched', async () => {
    const { page, problems } = await openPage(h(), `?sparql=${encodeURIComponent(virtuoso.endpoint)}`);
    await dialog(page).waitFor();
    await dialog(page).getByText('Vocabulary', { exact: true }).click();
    const labels = dialog(page).getByRole('textbox', { name: 'Label predicates, one per line' });
    expect(await labels.getAttribute('placeholder')).toContain('http://www.w3.org/2000/01/rdf-schema#label');
    await labels.fill('not an IRI');
    await dialog(page).getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => dialog(page).getByRole('alert').textContent()).toContain('Not an IRI that can be used in a query: not');
    // Names read from skos:altLabel only (this store's aliases): the results are named by an alias,
    // "Novo Nordisk China R&D Center" or "… Research and Development Center", which the default
    // label predicates never give.
    await labels.fill('skos:altLabel');
    await connect(page);
    await dialog(page).getByRole('searchbox', { name: 'Search the endpoint' }).fill('Novo Nordisk');
    const results = dialog(page).getByRole('listbox', { name: 'Endpoint search results' });
    await expect.poll(() => results.textContent(), { timeout: 15_000 }).toMatch(/Novo Nordisk China (R&D|Research and Development) Center/);
    expect(await results.textContent()).not.toContain('Novo Nordisk Research Centre China');
    expect(problems.errors).toEqual([]);
  });

  it('a query console: a SELECT as a table whose IRIs go on the canvas, a CONSTRUCT drawn', async () => {
    const { page, problems } = await openPage(h(), `?sparql=${encodeURIComponent(virtuoso.endpoint)}`);
    await connect(page);
    await dialog(page).locator('summary', { hasText: 'Query console' }).click();
    const query = dialog(page).getByRole('textbox', { name: 'SPARQL query (SELECT or CONSTRUCT)' });
    await query.fill('SELECT ?who ?name WHERE { ?who a <urn:zgc:type:person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name . FILTER(LANG(?name) = "en") } ORDER BY ?name LIMIT 5');
    await dialog(page).getByRole('button', { name: 'Run', exact: true }).click();
    const table = dialog(page).getByRole('table');
    await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(6);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['?who', '?name']);
    const first = (await table.getByRole('row').nth(1).getByRole('cell').first().textContent())!.replace(/\+$/, '');
    await table.getByRole('button', { name: `Add to the canvas: ${first}` }).click();
    await expect.poll(() => page.evaluate((id) => window.cy?.getElementById(id).nonempty() ?? false, first), { timeout: 15_000 }).toBe(true);
    await waitReady(page);
    // Reopened, the dialog is connected to the same endpoint: draw who leads what.
    await page.getByRole('button', { name: 'Connect to a SPARQL endpoint' }).click();
    await dialog(page).locator('summary', { hasText: 'Query console' }).click();
    await query.fill('CONSTRUCT { ?a <urn:zgc:rel:leads> ?b } WHERE { ?a <urn:zgc:rel:leads> ?b }');
    await dialog(page).getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => dialog(page).textContent(), { timeout: 15_000 }).toMatch(/(\d+) links between IRIs/);
    const links = Number(/(\d+) links between IRIs/.exec((await dialog(page).textContent())!)![1]);
    expect(links).toBe(2); // Lu Jiang leads ZGC International, Han Dan the R&D centre
    await dialog(page).getByRole('button', { name: 'Draw them' }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.edges().filter((e) => e.data('type') === 'urn:zgc:rel:leads').length), { timeout: 15_000 }).toBe(links);
    expect(problems.errors).toEqual([]);
  });

  it('a hub of 50,000 neighbours in a store of a million triples: counted as 10,000+, loaded 100 at a time', async () => {
    const triples = await virtuoso.loadMillion();
    expect(triples).toBeGreaterThanOrEqual(1_000_000);
    const { page, problems } = await openPage(h(), `?sparql=${encodeURIComponent(virtuoso.endpoint)}`);
    await connect(page);
    await dialog(page).getByRole('searchbox', { name: 'Search the endpoint' }).fill('枢纽0');
    const results = dialog(page).getByRole('listbox', { name: 'Endpoint search results' });
    await results.getByRole('option').filter({ hasText: '枢纽0' }).click({ timeout: 20_000 });
    await expect.poll(() => onCanvas(page), { timeout: 15_000 }).toEqual({ nodes: 1, edges: 0 });
    await waitReady(page);
    const expand = details(page).locator('section.sparql-expand');
    await expect.poll(() => expand.getByRole('row').first().textContent(), { timeout: 15_000 }).toMatch(/memberOf\s*10,000\+/);
    await expand.getByRole('button', { name: /^Load 100: memberOf$/ }).click();
    await expect.poll(() => onCanvas(page).then((c) => c.nodes), { timeout: 20_000 }).toBe(101);
    await waitReady(page);
    // The next page: 100 more, not the same ones.
    await expand.getByRole('button', { name: /^Load 100 more: memberOf$/ }).click();
    await expect.poll(() => onCanvas(page).then((c) => c.nodes), { timeout: 20_000 }).toBe(201);
    expect(problems.errors).toEqual([]);
  });

  it('an endpoint that is down, answers an error, or is not SPARQL: an alert naming it, and the graph stays', async () => {
    const { page } = await openPage(h(), '');
    const nodes = (await onCanvas(page)).nodes;
    await page.getByRole('button', { name: 'Connect to a SPARQL endpoint' }).click();
    const field = dialog(page).getByRole('textbox', { name: 'Endpoint URL' });
    const port = new URL(virtuoso.endpoint).port;
    const cases: [string, RegExp][] = [
      ['http://127.0.0.1:9/sparql', /http:\/\/127\.0\.0\.1:9\/sparql could not be reached.*CORS/],
      // Virtuoso's 404 carries no CORS header: to the page it is unreachable, and it says why that may be.
      [`http://127.0.0.1:${port}/no-such-endpoint`, new RegExp(`127\\.0\\.0\\.1:${port}/no-such-endpoint could not be reached.*Access-Control-Allow-Origin`)],
      [new URL('no-such-endpoint', h().baseUrl).href, /no-such-endpoint answered 404/],
      [new URL('index.html', h().baseUrl).href, /did not send SPARQL JSON results/],
      ['ftp://example.org/sparql', /Give the full endpoint URL/],
    ];
    for (const [url, expected] of cases) {
      await field.fill(url);
      await dialog(page).getByRole('button', { name: 'Connect', exact: true }).click();
      await expect.poll(() => dialog(page).getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(expected);
    }
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    expect((await onCanvas(page)).nodes).toBe(nodes);
  });
});
