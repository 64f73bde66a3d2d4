/**
 * `npm run bench`: the explorer (A) against bare Cytoscape.js (B) on seeded synthetic graphs of 1k,
 * 10k and 50k nodes, in headless Chromium (--disable-gpu, 1280x800, device pixel ratio 1). Runs
 * are interleaved A, B, B, A, ...; each figure is the median of the runs (3 by default). Prints a table and writes
 * bench/results/latest.{json,md}. BENCH_SIZES=1000,10000 and BENCH_RUNS=3 shorten it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { indexGraph } from '../src/domain/graph';
import { degreeCentrality } from '../src/domain/explore';
import { toElements } from '../src/renderer/elements';
import { buildStylesheet } from '../src/renderer/stylesheet';
import { startHarness } from '../tests/e2e/harness';
import { KEYSTROKES, LONGEST_GAP_DURING, median, PAN_ZOOM_FRAMES, percentile } from './measure';
import { syntheticGraph } from './synthetic';
import bundled from '../graph-data/graph.json';
import { layoutBundledGraph } from '../scripts/bundledLayout';
import type { Graph } from '../src/io/schema';

const bundledPositions = process.env.BENCH_RENDER ? {} : layoutBundledGraph(bundled as unknown as Graph);

// `0` stands for the bundled graph (86 nodes), against bare Cytoscape with its build-time positions.
const SIZES = (process.env.BENCH_SIZES ?? '0,1000,10000,50000').split(',').map(Number);
const BUNDLED = 0;
const sizeName = (n: number) => (n === BUNDLED ? 'bundled (86)' : n.toLocaleString('en'));
/** Heap growth over this many close/open cycles of the graph is measured at this size. */
const CYCLES = 10;
const CYCLE_SIZE = 1000;
// Three runs keep the whole benchmark under ten minutes on a 2-core machine (5 runs: about 9.5 min).
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIGHT = { text: '#1c2128', textHalo: '#fbfcfd', edge: '#a3acb9', edgeLabel: '#5b6472', accent: '#0b63ce', path: '#e8590c', reading: '#f5b700' };

// BENCH_RENDER=bench/results/latest.json prints the table again from saved samples, measuring nothing.
const saved = process.env.BENCH_RENDER
  ? (JSON.parse(readFileSync(process.env.BENCH_RENDER, 'utf8')) as { header: string; runs: number; sizes: number[]; initialKb: number; preloadKb?: number; lazyKb: number; samples: Record<number, { A: Sample[]; B: Sample[] }> })
  : null;

// 1. The graphs, in graph-data format (A) and as Cytoscape elements with the same style (B).
if (!saved) prepareGraphs();
function prepareGraphs() {
  mkdirSync('dist/bench', { recursive: true });
  copyFileSync('node_modules/cytoscape/dist/cytoscape.min.js', 'dist/bench/cytoscape.min.js');
  copyFileSync('bench/bare.html', 'dist/bench/bare.html');
  copyFileSync('bench/bare.js', 'dist/bench/bare.js');
  const bundledGraph = bundled as unknown as Graph;
  for (const n of SIZES) {
    const graph = n === BUNDLED ? { ...bundledGraph, nodes: bundledGraph.nodes.map((x) => ({ ...x, position: bundledPositions[x.id] })) } : syntheticGraph(n);
    writeFileSync(`dist/bench/graph-${n}.json`, JSON.stringify(graph));
    const index = indexGraph(graph);
    const degree = degreeCentrality(index);
    const max = Math.max(1, ...degree.values());
    // English labels, as the explorer shows them to the en-US browser the bench uses.
    const elements = toElements(index, 'en').map((el) =>
      el.group === 'nodes' ? { ...el, data: { ...el.data, size: 20 + 42 * Math.sqrt((degree.get(String(el.data.id)) ?? 0) / max) } } : el,
    );
    writeFileSync(`dist/bench/bare-${n}.json`, JSON.stringify({ elements, style: buildStylesheet(LIGHT) }));
  }
}

// 2. Sizes of what the browser loads first, and of what loads only when needed.
function bundleSizes(): { initialKb: number; preloadKb: number; lazyKb: number } {
  const html = readFileSync('dist/index.html', 'utf8');
  // The entry script, and what the page preloads beside it (Cytoscape's chunk): both are fetched at once.
  const entryFiles = [...html.matchAll(/src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const preloadFiles = [...html.matchAll(/rel="modulepreload"[^>]*href="\.\/(assets\/[^"]+\.js)"|href="\.\/(assets\/[^"]+\.js)"[^>]*rel="modulepreload"/g)].map((m) => (m[1] ?? m[2])!);
  const gz = (f: string) => gzipSync(readFileSync(`dist/${f}`)).length;
  const allJs = readdirSync('dist/assets').filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const sum = (files: string[]) => files.reduce((s, f) => s + gz(f), 0) / 1024;
  const first = [...entryFiles, ...preloadFiles];
  // The entry's own imports (the bundler's runtime) are initial; Cytoscape is what loads beside it.
  const cytoscape = preloadFiles.filter((f) => /cytoscape/.test(f));
  return { initialKb: sum(first.filter((f) => !cytoscape.includes(f))), preloadKb: sum(cytoscape), lazyKb: sum(allJs.filter((f) => !first.includes(f))) };
}
const { initialKb, preloadKb = 0, lazyKb } = saved ?? bundleSizes();

// 3. The runs.
// No config file: the preview only serves dist/ (loading vite.config.ts would lay out the bundled graph again).
const harness = saved ? null : await startHarness();
const base = harness?.baseUrl ?? '';
const browser = harness?.browser ?? null;

type Variant = 'A' | 'B';
interface Sample {
  firstPaint: number;
  interactive: number;
  panZoomP95: number;
  filter: number;
  search?: number;
  layoutGap?: number;
  /** A/1k: the longest task from "Reset layout" until the layout has settled (above 400 nodes it runs on after the page is interactive again). */
  layoutLongest?: number;
  heapMb: number;
  /** Clearing the one-country filter: the time to the repainted canvas. */
  clear?: number;
  /** The longest main-thread task (ms) and the number of tasks over 50 ms, per measured action. */
  openLongest?: number;
  openOver50?: number;
  filterLongest?: number;
  filterOver50?: number;
  /** The search keystrokes, from the first (which warms the index) to the last timed one. */
  searchLongest?: number;
  searchOver50?: number;
  layoutOver50?: number;
  exportPngOver50?: number;
  exportSvgOver50?: number;
  clearLongest?: number;
  clearOver50?: number;
  /** Export PNG (A: the button, to the download; B: cy.png at scale 1) and its longest task; A's SVG export's longest task. */
  exportPng?: number;
  exportPngLongest?: number;
  exportSvgLongest?: number;
  /** Heap after GC, after CYCLES close/open cycles, less the heap before them. */
  cycleGrowthMb?: number;
}

/** CYCLES times: back to the bundled graph, then this graph opened again from its file (A); destroy and create (B). */
async function cycleGrowth(page: Page, variant: Variant, n: number): Promise<number> {
  const interactiveCount = () => page.evaluate(() => performance.getEntriesByName('zgc:interactive').length);
  const cycle = async () => {
    if (variant === 'B') {
      await page.evaluate('window.reopen()');
      return;
    }
    let count = await interactiveCount();
    await page.getByRole('button', { name: 'Bundled graph' }).click();
    await page.waitForFunction((c) => performance.getEntriesByName('zgc:interactive').length > c, count, { polling: 50 });
    count = await interactiveCount();
    await page.getByLabel('Open graph file').setInputFiles(`dist/bench/graph-${n}.json`);
    await page.waitForFunction((c) => performance.getEntriesByName('zgc:interactive').length > c, count, { polling: 50 });
  };
  if (variant === 'A') await page.keyboard.press('Escape'); // close the search results left open above
  await cycle(); // lazily loaded code and first-time caches are not growth
  const before = await heapMb(page);
  for (let i = 0; i < CYCLES; i++) await cycle();
  return (await heapMb(page)) - before;
}

/**
 * A's filter and clear are timed to the frame that draws their whole result: above 20,000 elements
 * the filter takes elements out over several tasks (an earlier frame may draw something else), and
 * `window.cy` emits 'visibilityapplied' when it is done.
 */
const UNTIL_APPLIED_AND_DRAWN = `window.cy.one('visibilityapplied', () => window.cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - t0))));`;

async function open(variant: Variant, n: number): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(240_000);
  // Every long task (over 50 ms) from the first moment, for the longest task of each action.
  await page.addInitScript(() => {
    const tasks: number[][] = [];
    (window as unknown as { __longTasks: number[][] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(variant === 'A' ? (n === BUNDLED ? base : `${base}?graph=bench/graph-${n}.json`) : `${base}bench/bare.html?n=${n}`);
  const mark = variant === 'A' ? 'zgc:interactive' : 'bare:interactive';
  // A function, not a string: Playwright evaluates string predicates with new Function, which the
  // explorer's Content-Security-Policy forbids.
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 240_000, polling: 100 });
  return page;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

async function sample(variant: Variant, n: number): Promise<Sample> {
  const page = await open(variant, n);
  const prefix = variant === 'A' ? 'zgc' : 'bare';
  const [firstPaint = NaN, interactive = NaN] = (await page.evaluate(`['${prefix}:first-render', '${prefix}:interactive'].map((m) => performance.getEntriesByName(m)[0].startTime)`)) as number[];
  const opened = await longTasks(page, 0);
  const frames = (await page.evaluate(PAN_ZOOM_FRAMES(2000))) as number[];
  const beforeFilter = await page.evaluate(() => performance.now());
  // Filter to one country: A through its checkbox, B as a batched class toggle (what a hand-written page would do).
  const filter = (await page.evaluate(
    variant === 'A'
      ? `new Promise((resolve) => { const box = document.querySelector('input[aria-label="China"]'); const t0 = performance.now(); ${UNTIL_APPLIED_AND_DRAWN} box.click(); })`
      : `new Promise((resolve) => { const cy = window.cy; const t0 = performance.now(); cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - t0))); cy.batch(() => { cy.elements().removeClass('hidden'); const out = cy.nodes().filter((x) => x.data('country') !== 'CN'); out.addClass('hidden'); out.connectedEdges().addClass('hidden'); }); })`,
  )) as number;
  await page.waitForTimeout(300); // the long tasks of the filter are reported after it
  const filtered = await longTasks(page, beforeFilter);
  // "Clear filters" (A) or the classes taken off again (B): everything comes back.
  const beforeClear = await page.evaluate(() => performance.now());
  const clear = (await page.evaluate(
    variant === 'A'
      ? `new Promise((resolve) => { const t0 = performance.now(); ${UNTIL_APPLIED_AND_DRAWN} [...document.querySelectorAll('button')].find((b) => b.textContent === 'Clear filters').click(); })`
      : `new Promise((resolve) => { const cy = window.cy; const t0 = performance.now(); cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - t0))); cy.batch(() => cy.elements().removeClass('hidden')); })`,
  )) as number;
  await page.waitForTimeout(300);
  const cleared = await longTasks(page, beforeClear);
  let search: number | undefined;
  let layoutGap: number | undefined;
  let layoutLongest: number | undefined;
  let layoutOver50: number | undefined;
  const beforeSearch = await page.evaluate(() => performance.now());
  if (variant === 'A') {
    // Warm the index (as the first keystroke would), then time keystrokes to painted results.
    search = (await page.evaluate(KEYSTROKES(`
      const input = document.querySelector('input[role=combobox]');
      const list = () => document.querySelector('[aria-label="Search results"]');
      // Results count only once the list says which query they answer (the index answers from a worker).
      const done = () => list()?.getAttribute('data-results-for') === input.value && list().querySelector('[role=option]');
      const before = 'Innovatio', after = 'Innovation';`))) as number;
  } else {
    // The browser's own share, the same way: a plain input on the bare page that shows what was typed.
    search = (await page.evaluate(KEYSTROKES(`
      const input = document.body.appendChild(document.createElement('input'));
      const shown = document.body.appendChild(document.createElement('output'));
      input.style.cssText = shown.style.cssText = 'position:fixed;top:0;left:0';
      input.addEventListener('input', () => (shown.textContent = input.value));
      const done = () => shown.textContent === input.value;
      const before = 'Innovatio', after = 'Innovation';`))) as number;
  }
  await page.waitForTimeout(300);
  const searched = await longTasks(page, beforeSearch);
  if (variant === 'A') {
    if (n <= 1000) {
      // "Reset layout": fcose from a random start, as on any graph without positions.
      // The search results are still open from the keystroke above: close them first. On a narrow
      // canvas the view controls fold into "View": open it (and close it after).
      await page.keyboard.press('Escape');
      const folded = !(await page.getByRole('button', { name: 'Reset layout' }).count());
      if (folded) await page.getByRole('button', { name: 'View', exact: true }).click();
      await page.getByRole('button', { name: 'Reset layout' }).waitFor();
      const beforeLayout = await page.evaluate(() => performance.now());
      layoutGap = (await page.evaluate(
        LONGEST_GAP_DURING(`new Promise((resolve) => {
          const region = document.querySelector('section#graph');
          // Every change of aria-busy is seen (a MutationObserver, not a poll that could miss a short busy spell).
          let seenBusy = false;
          const observer = new MutationObserver(() => {
            const busy = region.getAttribute('aria-busy') === 'true';
            if (busy) seenBusy = true;
            else if (seenBusy) { observer.disconnect(); resolve(); }
          });
          observer.observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
          [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reset layout').click();
        })`),
      )) as number;
      if (folded) await page.keyboard.press('Escape');
      // Above 400 nodes ForceAtlas2 goes on in its worker, its positions drawn every 300 ms, and the
      // labels and layers follow its end: the exports below are measured once all of it is over.
      await page.getByText(/^Laying out [\d,]+ nodes/).waitFor({ state: 'detached', timeout: 60_000 });
      await untilQuiet(page);
      ({ longest: layoutLongest, over50: layoutOver50 } = await longTasks(page, beforeLayout));
    }
  }
  let exportPng: number | undefined;
  let exportPngLongest: number | undefined;
  let exportSvgLongest: number | undefined;
  let exportPngOver50: number | undefined;
  let exportSvgOver50: number | undefined;
  if (n >= 1000) {
    await page.keyboard.press('Escape');
    // What came before (the search's list, labels placed again, layers rebuilt at rest) is not the export's.
    await untilQuiet(page);
    const beforePng = await page.evaluate(() => performance.now());
    if (variant === 'A') {
      const t0 = Date.now();
      await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), page.getByRole('button', { name: 'Export PNG', exact: true }).click()]);
      exportPng = Date.now() - t0;
    } else {
      exportPng = (await page.evaluate(
        `(async () => { const t0 = performance.now(); try { await window.cy.png({ full: true, scale: 1, output: 'blob-promise', bg: '#ffffff' }); return performance.now() - t0; } catch { return NaN; } })()`,
      )) as number;
    }
    await page.waitForTimeout(300);
    ({ longest: exportPngLongest, over50: exportPngOver50 } = await longTasks(page, beforePng));
    if (variant === 'A') {
      await untilQuiet(page);
      const beforeSvg = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'More actions' }).click();
      await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), page.getByRole('menuitem', { name: 'Export SVG' }).click()]);
      await page.waitForTimeout(300);
      ({ longest: exportSvgLongest, over50: exportSvgOver50 } = await longTasks(page, beforeSvg));
    }
  }
  const heap = await heapMb(page);
  const cycleGrowthMb = n === CYCLE_SIZE ? await cycleGrowth(page, variant, n) : undefined;
  await page.context().close();
  return {
    firstPaint,
    interactive,
    panZoomP95: percentile(frames, 95),
    filter,
    clear,
    search,
    layoutGap,
    layoutLongest,
    heapMb: heap,
    cycleGrowthMb,
    openLongest: opened.longest,
    openOver50: opened.over50,
    filterLongest: filtered.longest,
    filterOver50: filtered.over50,
    searchLongest: searched.longest,
    searchOver50: searched.over50,
    layoutOver50,
    exportPngOver50,
    exportSvgOver50,
    clearLongest: cleared.longest,
    clearOver50: cleared.over50,
    exportPng,
    exportPngLongest,
    exportSvgLongest,
  };
}

/** The long tasks since `from` (ms on the page's clock): the longest, and how many. */
/** Waits until no long task has ended for `ms` (the page at rest); after 30 s it goes on and says so. */
async function untilQuiet(page: Page, ms = 1000): Promise<void> {
  await page
    .waitForFunction(
    (quiet) => {
      const tasks = (window as unknown as { __longTasks: number[][] }).__longTasks;
      const last = tasks.length ? tasks[tasks.length - 1]! : [0, 0];
      return performance.now() - (last[0]! + last[1]!) > quiet;
    },
      ms,
      { polling: 100, timeout: 30_000 },
    )
    .catch(() => console.warn('  (the page was not at rest after 30 s: measuring anyway)'));
}

async function longTasks(page: Page, from: number): Promise<{ longest: number; over50: number }> {
  const tasks = await page.evaluate((t) => (window as unknown as { __longTasks: number[][] }).__longTasks.filter((x) => x[0]! >= t), from);
  return { longest: Math.max(0, ...tasks.map((x) => x[1]!)), over50: tasks.length };
}

const results: Record<number, { A: Sample[]; B: Sample[] }> = saved?.samples ?? {};
for (const n of saved ? [] : SIZES) {
  results[n] = { A: [], B: [] };
  for (let run = 0; run < RUNS; run++) {
    const order: Variant[] = run % 2 ? ['B', 'A'] : ['A', 'B'];
    for (const v of order) {
      const s = await sample(v, n);
      results[n]![v].push(s);
      process.stderr.write(`${n} ${v} run ${run + 1}: first paint ${s.firstPaint.toFixed(0)} ms, interactive ${s.interactive.toFixed(0)} ms\n`);
    }
  }
}
await harness?.close();

// 4. The table.
const TARGETS: Record<string, Record<number, number>> = {
  'first paint, A/B': { 1000: 1.1, 10000: 1.1, 50000: 1.0 },
  'interactive (laid out, aria-busy false)': { [BUNDLED]: 1.2 },
  'pan and zoom p95 frame, A/B': { 1000: 1.1, 10000: 1.1, 50000: 1.1 },
  'filter to repaint, A/B': { 1000: 1.0, 10000: 0.6, 50000: 0.5 },
  'heap after GC, A/B': { 1000: 1.25, 10000: 1.25, 50000: 1.25 },
};
const rows: string[] = ['| size | metric | A (explorer) | B (bare Cytoscape) | A/B | target | met |', '| --- | --- | --- | --- | --- | --- | --- |'];
const json: Record<string, unknown>[] = [];
// Tenths where they matter against a target (16 ms), whole milliseconds above 100.
/** Measured on A only: its layout and exports (B's cy.png runs inside page.evaluate, where its long task is not reported). */
const A_ONLY = new Set<keyof Sample>(['layoutGap', 'layoutLongest', 'layoutOver50', 'exportPngLongest', 'exportPngOver50', 'exportSvgLongest', 'exportSvgOver50']);
const fmt = (x: number | undefined, unit: string) =>
  x === undefined || Number.isNaN(x) ? '—' : unit === '' ? String(Math.round(x)) : `${x.toFixed(unit === 'MB' || x < 100 ? 1 : 0)} ${unit}`;
for (const n of saved?.sizes ?? SIZES) {
  const m = (v: Variant, k: keyof Sample) => median(results[n]![v].map((s) => s[k]).filter((x): x is number => typeof x === 'number'));
  const line = (metric: string, key: keyof Sample, unit: string, absoluteTarget?: number) => {
    const a = m('A', key);
    const b = A_ONLY.has(key) ? NaN : m('B', key);
    if (key === 'cycleGrowthMb' && Number.isNaN(a)) return;
    const ratio = a / b;
    const target = absoluteTarget ?? TARGETS[metric]?.[n];
    const met = target === undefined || Number.isNaN(a) ? '—' : absoluteTarget !== undefined ? (a <= target ? 'yes' : 'no') : ratio <= target ? 'yes' : 'no';
    rows.push(`| ${sizeName(n)} | ${metric} | ${fmt(a, unit)} | ${fmt(b, unit)} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : '—'} | ${target === undefined ? '—' : absoluteTarget !== undefined ? `<= ${target} ${unit}` : `<= ${target}`} | ${met} |`);
    json.push({ size: n, metric, a, b: Number.isNaN(b) ? null : b, ratio: Number.isFinite(ratio) ? ratio : null, target: target ?? null, met });
  };
  line('first paint, A/B', 'firstPaint', 'ms');
  line('interactive (laid out, aria-busy false)', 'interactive', 'ms');
  line('pan and zoom p95 frame, A/B', 'panZoomP95', 'ms');
  line('longest task while opening', 'openLongest', 'ms', n >= 10000 ? 200 : undefined);
  line('tasks over 50 ms while opening', 'openOver50', '');
  line('filter to repaint, A/B', 'filter', 'ms');
  line('longest task of the filter', 'filterLongest', 'ms');
  line('tasks over 50 ms of the filter', 'filterOver50', '');
  line('clear filters to repaint, A/B', 'clear', 'ms');
  line('longest task of clear filters', 'clearLongest', 'ms', n >= 10000 ? 200 : undefined);
  line('tasks over 50 ms of clear filters', 'clearOver50', '');
  line('search keystroke to results', 'search', 'ms', 16);
  line('longest task of the search keystrokes (B: a plain input)', 'searchLongest', 'ms');
  line('tasks over 50 ms of the search keystrokes', 'searchOver50', '');
  line('export PNG, to the file', 'exportPng', 'ms');
  line('longest task of export PNG', 'exportPngLongest', 'ms', n >= 10000 ? 200 : undefined);
  line('tasks over 50 ms of export PNG', 'exportPngOver50', '');
  line('longest task of export SVG', 'exportSvgLongest', 'ms', n >= 10000 ? 200 : undefined);
  line('tasks over 50 ms of export SVG', 'exportSvgOver50', '');
  line('longest main-thread gap during layout', 'layoutGap', 'ms', 50);
  line('longest task until the layout has settled', 'layoutLongest', 'ms');
  line('tasks over 50 ms until the layout has settled', 'layoutOver50', '');
  line('heap after GC, A/B', 'heapMb', 'MB');
  line(`heap growth over ${CYCLES} close/open cycles`, 'cycleGrowthMb', 'MB');
}
rows.push(`| — | initial JS (the entry), gzip | ${initialKb.toFixed(0)} KB | — | — | <= 250 KB | ${initialKb <= 250 ? 'yes' : 'no'} |`);
rows.push(`| — | preloaded beside it (Cytoscape), gzip | ${preloadKb.toFixed(0)} KB | — | — | — | — |`);
rows.push(`| — | lazily loaded JS, gzip | ${lazyKb.toFixed(0)} KB | — | — | — | — |`);
const header = saved?.header ?? `ZGC Graph benchmark, ${new Date().toISOString().slice(0, 10)}: medians of ${RUNS} interleaved runs, headless Chromium (--disable-gpu), 1280x800, DPR 1.`;
const md = `${header}\n\n${rows.join('\n')}\n`;
console.log(md);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.md', md);
writeFileSync('bench/results/latest.json', JSON.stringify({ header, runs: saved?.runs ?? RUNS, sizes: saved?.sizes ?? SIZES, initialKb, preloadKb, lazyKb, rows: json, samples: results }, null, 2) + '\n');
