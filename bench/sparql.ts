/**
 * `npm run bench:sparql`: the explorer against SPARQL stores, in headless Chromium. A real
 * Virtuoso (started here, as the tests start it) holding this explorer's graph and a generated
 * million triples, and the in-browser store (Oxigraph in a worker). For each: the schema outline
 * (Connect to the search box), the first search results (typing to the list), and expanding 100
 * neighbours (click to drawn), ten times, with the longest main-thread task meanwhile. Beside each,
 * the baseline: the same queries answered to Node by the store, measured in the same run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startHarness } from '../tests/e2e/harness';
import { startVirtuoso } from '../tests/e2e/virtuoso';
import { SparqlSession } from '../src/sparql/session';
import { percentile, median } from './measure';
import { summariseProfile, type CpuProfile } from './cpuProfile';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
/** BENCH_PROFILE=<file.cpuprofile>: profile the expands against Virtuoso, save it there (DevTools opens it), summarise it. */
const PROFILE = process.env.BENCH_PROFILE ?? '';
const virtuoso = await startVirtuoso();
// A failed run still stops the server (startVirtuoso also kills it when this process exits).
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
const triples = await virtuoso.loadMillion();
// The built site and headless Chromium, as the end-to-end tests have them.
const harness = await startHarness();
const { browser, baseUrl: base } = harness;

interface Figures {
  outline: number;
  search: number;
  expand: number[];
  longest: number;
  /** The canvas at the end (elements, style, view) and the ids each expand added, for the bare replay. */
  canvas: string;
  first: string[];
  batches: string[][];
}

async function longTasksSince(page: Page, t: number): Promise<number> {
  return page.evaluate((from) => Math.max(0, ...(window as unknown as { __lt: number[][] }).__lt.filter((x) => x[0]! >= from).map((x) => x[1]!)), t);
}

async function measure(endpoint: string | null, search: string, choose: RegExp, expandButton: RegExp): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.addInitScript(() => {
    const lt: number[][] = [];
    (window as unknown as { __lt: number[][] }).__lt = lt;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => lt.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(endpoint ? `${base}?sparql=${encodeURIComponent(endpoint)}` : base);
  await page.waitForSelector('section#graph[aria-busy="false"]');
  const dialog = page.getByRole('dialog', { name: 'Connect to a SPARQL endpoint' });
  if (!endpoint) {
    await page.getByRole('button', { name: 'Connect to a SPARQL endpoint' }).click();
    await dialog.getByRole('button', { name: "This explorer's graph (in the browser)" }).click();
  }
  const start = await page.evaluate(() => performance.now());
  // Timed in the page, from the event to the DOM that shows the answer (a MutationObserver): Playwright's
  // own waiting polls at growing intervals and would add up to half a second to what is measured.
  const watch = (selector: string, event: 'click' | 'input') =>
    page.evaluate(
      ({ selector, event }) => {
        const w = window as unknown as { __t: Record<string, number> };
        w.__t = {};
        document.addEventListener(event, () => (w.__t.from ??= performance.now()), { capture: true, once: true });
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        new MutationObserver(() => {
          if (w.__t.to === undefined && document.querySelector(selector)) w.__t.to = performance.now();
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      },
      { selector, event },
    );
  const elapsed = () => page.evaluate(() => {
    const t = (window as unknown as { __t: Record<string, number> }).__t;
    return t.to! - t.from!;
  });
  await watch('[role=dialog] input[type=search]', 'click');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await dialog.getByRole('searchbox', { name: 'Search the endpoint' }).waitFor();
  const outline = await elapsed();
  await watch('[role=listbox] [role=option]', 'input');
  await dialog.getByRole('searchbox', { name: 'Search the endpoint' }).fill(search);
  await dialog.getByRole('listbox', { name: 'Endpoint search results' }).getByRole('option').filter({ hasText: choose }).first().waitFor();
  // The dialog waits 250 ms after the last keystroke before it asks: that pause is the typing, not the answer.
  const searchMs = (await elapsed()) - 250;
  await dialog.getByRole('option').filter({ hasText: choose }).first().click();
  await page.waitForFunction(() => window.cy?.nodes().length === 1);
  await page.waitForSelector('section#graph[aria-busy="false"]');
  const expand: number[] = [];
  const expandSection = page.locator('section.sparql-expand');
  // BENCH_PROFILE: a CPU profile of the expands, and each long task placed after its expand's press.
  const cdp = PROFILE && endpoint ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const expandsFrom = await page.evaluate(() => performance.now());
  const onCanvas = () => page.evaluate(() => window.cy!.elements().map((e) => e.id()));
  const first = await onCanvas();
  const batches: string[][] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.waitForSelector('section.sparql-expand[aria-busy="false"]');
    const button = expandSection.getByRole('button', { name: expandButton }).first();
    // The counts come first (one question to the store); the button follows them.
    if (!(await button.waitFor({ timeout: 15_000 }).then(() => true, () => false))) break;
    const before = await page.evaluate(() => ({ nodes: window.cy!.nodes().length, marks: performance.getEntriesByName('zgc:expand-drawn').length }));
    await button.click();
    // Drawn: more nodes on the canvas (or, when nothing was left to load, the section done).
    const grew = await page
      .waitForFunction((b) => window.cy!.nodes().length > b.nodes && performance.getEntriesByName('zgc:expand-drawn').length > b.marks, before, { timeout: 30_000 })
      .then(() => true, () => false);
    if (!grew) break;
    const known = new Set([first, ...batches].flat());
    batches.push((await onCanvas()).filter((id) => !known.has(id)));
    // From the press (the page's own marks: Playwright's click adds its checks around it) to the frame that draws.
    expand.push(await page.evaluate(() => performance.getEntriesByName('zgc:expand-drawn').at(-1)!.startTime - performance.getEntriesByName('zgc:expand-start').at(-1)!.startTime));
    await page.waitForSelector('section#graph[aria-busy="false"]');
  }
  const longest = await longTasksSince(page, start);
  const canvas = await page.evaluate(() => JSON.stringify({ style: (window.cy!.style() as unknown as { json(): unknown }).json(), elements: window.cy!.elements().jsons(), zoom: window.cy!.zoom(), pan: window.cy!.pan() }));
  if (cdp) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(PROFILE, JSON.stringify(profile));
    console.log(`CPU profile of ${expand.length} expands (${endpoint ?? 'in-browser store'}):\n${summariseProfile(profile)}`);
    // Each long task, and the page's own marks and measures (zgc:…), placed after its expand's press.
    const seen = await page.evaluate((from) => ({
      presses: performance.getEntriesByName('zgc:expand-start').map((e) => e.startTime),
      tasks: (window as unknown as { __lt: number[][] }).__lt.filter((x) => x[0]! >= from),
      marks: performance
        .getEntries()
        .filter((e) => e.name.startsWith('zgc:') && e.startTime >= from && (e.entryType === 'mark' || e.entryType === 'measure'))
        .map((e) => [e.name.slice(4), e.startTime, e.entryType === 'measure' ? e.duration : -1] as const),
    }), expandsFrom);
    const after = (t: number) => {
      const press = seen.presses.filter((p) => p <= t).at(-1);
      return press === undefined ? '?' : `+${Math.round(t - press)}`;
    };
    console.log(`long tasks after each press: ${seen.tasks.map(([t, d]) => `${after(t!)} ms: ${Math.round(d!)} ms`).join(', ')}`);
    console.log(`marks after each press: ${seen.marks.map(([name, t, d]) => `${name} ${after(t)}${d >= 0 ? ` (${Math.round(d)} ms)` : ''}`).join(', ')}`);
  }
  await context.close();
  return { outline, search: searchMs, expand, longest, canvas, first, batches };
}

/**
 * The renderer's own share: bare Cytoscape.js given the explorer's final canvas, adding each expand's
 * elements as they came (bench/bare-canvas.js). Below this no page built on Cytoscape's canvas goes.
 */
async function bareReplay(f: Figures): Promise<{ drawn: number[]; longest: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  // A blank page with Cytoscape and the replay: nothing of the explorer's.
  await page.setContent('<div id="cy" style="position:fixed;inset:0"></div>');
  await page.addScriptTag({ path: 'node_modules/cytoscape/dist/cytoscape.min.js' });
  await page.addScriptTag({ path: 'bench/bare-canvas.js' });
  const result = await page.evaluate(
    (args) => (window as unknown as { replay(a: unknown): Promise<{ drawn: number[]; longest: number }> }).replay(args),
    { canvas: f.canvas, first: f.first, batches: f.batches, restMs: 1500 },
  );
  await context.close();
  return result;
}

// The baseline: the same kinds of question, answered by the store to Node.
async function baseline(): Promise<{ outline: number; search: number; expand: number[] }> {
  const s = new SparqlSession({ url: virtuoso.endpoint });
  let t = performance.now();
  await s.outline();
  const outline = performance.now() - t;
  t = performance.now();
  await s.search('Hub 0');
  const search = performance.now() - t;
  await s.load(['urn:bench:hub0']);
  const expand: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    await s.expand('urn:bench:hub0', { predicate: 'urn:bench:p:memberOf', dir: 'in' });
    expand.push(performance.now() - t);
  }
  return { outline, search, expand };
}

const remote = await measure(virtuoso.endpoint, 'Hub 0', /^Hub 0/, /^Load 100( more)?: memberOf$/);
const local = await measure(null, '诺和', /^诺和诺德 · /, /^Load all neighbours$/);
const node = await baseline();
const bare = await bareReplay(remote);
await harness.close();
await virtuoso.stop();

const ms = (x: number) => `${Math.round(x)} ms`;
const p95AndMedian = (xs: number[]) => `${ms(percentile(xs, 95))} (${ms(median(xs))})`;
const rows = [
  ['schema outline (Connect to the search box)', ms(remote.outline), ms(node.outline), '—', ms(local.outline), '< 2000 ms'],
  ['first search results', ms(remote.search), ms(node.search), '—', ms(local.search), '< 500 ms'],
  [
    `expand 100 neighbours, p95 of ${remote.expand.length} (median)`,
    p95AndMedian(remote.expand),
    p95AndMedian(node.expand),
    bare.drawn.length ? p95AndMedian(bare.drawn) : '—',
    local.expand.length ? `${ms(percentile(local.expand, 95))} (all ${local.expand.length === 1 ? 'of one node' : `${local.expand.length} runs`})` : '—',
    '< 300 ms',
  ],
  ['longest main-thread task meanwhile', ms(remote.longest), '—', ms(bare.longest), ms(local.longest), '<= 50 ms'],
];
const md = `ZGC Graph SPARQL benchmark, ${new Date().toISOString().slice(0, 10)}: Virtuoso 7.2 from Debian with ${triples.toLocaleString('en')} generated triples and graph-data/graph.ttl; headless Chromium (--disable-gpu), 1280x800.

| what | explorer, Virtuoso | baseline: the same queries from Node | baseline: bare Cytoscape.js adding the same elements | explorer, in-browser store (graph.ttl) | target |
| --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}

The bare Cytoscape.js column is the renderer alone: the explorer's last canvas (elements, positions, style, view) built
again from what was on it before the first expand, each expand's ${Math.round(median(remote.batches.map((b) => b.length)))} elements (median) added in one call, timed from the call
to the frame that draws them, and the longest task until it has rested (${remote.batches.length} additions, ${remote.batches.flat().length + remote.first.length} elements at the end).
An expand cannot be faster than the store's answer and that frame together: ${ms(median(node.expand) + median(bare.drawn))} at the medians.
`;
console.log(md);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/sparql.md', md);
