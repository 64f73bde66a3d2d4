/**
 * `npm run bench:layout`: graphs without positions, laid out as they open. A, the explorer
 * (ForceAtlas2 in a worker, drawn as it goes) against B, bare Cytoscape.js with its own force layout
 * (cose) on the page, in the same headless Chromium run: the real 2,361-node yeast network
 * (tests/fixtures/real/yeast.gexf) and a synthetic 10,000-node graph. Prints, for each, the time
 * to interactive, the time until the layout has settled, the longest main-thread task and the
 * number of tasks over 50 ms and over 200 ms.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { indexGraph } from '../src/domain/graph';
import { toElements } from '../src/renderer/elements';
import { buildStylesheet } from '../src/renderer/stylesheet';
import { startHarness } from '../tests/e2e/harness';
import { syntheticGraph } from './synthetic';
import type { Graph } from '../src/io/schema';

const LIGHT = { text: '#1c2128', textHalo: '#fbfcfd', edge: '#a3acb9', edgeLabel: '#5b6472', accent: '#0b63ce', path: '#e8590c', reading: '#f5b700' };
const LIMIT_MS = Number(process.env.BENCH_LAYOUT_LIMIT_MS ?? 180_000);

// The graphs, as the explorer opens them (A) and as Cytoscape elements without positions (B).
mkdirSync('dist/bench', { recursive: true });
for (const f of ['bare-layout.html', 'bare-layout.js']) copyFileSync(`bench/${f}`, `dist/bench/${f}`);
copyFileSync('node_modules/cytoscape/dist/cytoscape.min.js', 'dist/bench/cytoscape.min.js');
copyFileSync('tests/fixtures/real/yeast.gexf', 'dist/bench/yeast.gexf');
const { window } = new JSDOM();
(globalThis as unknown as { DOMParser: unknown }).DOMParser = window.DOMParser;
const { fromGexf } = await import('../src/io/import/xmlFormats');
const { graphSchema } = await import('../src/io/schema');
const yeast = graphSchema.parse(fromGexf(readFileSync('tests/fixtures/real/yeast.gexf', 'utf8'), 'yeast'));
const synthetic: Graph = (() => {
  const g = syntheticGraph(10_000);
  return { ...g, nodes: g.nodes.map(({ position: _p, ...n }) => n) };
})();
writeFileSync('dist/bench/unpositioned-10000.json', JSON.stringify(synthetic));
const cases = [
  { name: 'yeast (2,361 nodes, 7,182 edges)', key: 'yeast', graph: yeast, a: '?graph=bench/yeast.gexf' },
  { name: 'synthetic (10,000 nodes, 15,000 edges)', key: 'synthetic', graph: synthetic, a: '?graph=bench/unpositioned-10000.json' },
];
for (const c of cases) {
  const elements = toElements(indexGraph(c.graph), 'en').map((el) => (el.group === 'nodes' ? { ...el, position: undefined } : el));
  writeFileSync(`dist/bench/unpositioned-${c.key}.json`, JSON.stringify({ elements, style: buildStylesheet(LIGHT, { large: true }) }));
}

// The built site and headless Chromium, as the end-to-end tests have them.
const harness = await startHarness();
const { browser, baseUrl: base } = harness;

interface Result {
  interactive: number;
  settled: number | null;
  /** Null when the page was still busy at the limit (a task longer than the wait). */
  longest: number | null;
  over50: number;
  over200: number;
}

async function measure(url: string, settledWhen: string): Promise<Result> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-US' });
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  // Polled from here with string expressions: the explorer's Content-Security-Policy forbids the
  // eval that waitForFunction would need. Null: not settled within the limit.
  const deadline = Date.now() + LIMIT_MS;
  let settled: number | null = null;
  while (settled === null && Date.now() < deadline) {
    const done = await Promise.race([page.evaluate(settledWhen) as Promise<boolean>, new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
    if (done) settled = (await page.evaluate('performance.now()')) as number;
    else await new Promise((r) => setTimeout(r, 200));
  }
  if (settled === null) {
    // Still laying out on the page at the limit: its main thread is taken, nothing more can be asked.
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
    return { interactive: NaN, settled: null, longest: null, over50: NaN, over200: NaN };
  }
  const r = await page.evaluate(() => {
    const marks = ['zgc:interactive', 'bare:interactive'].flatMap((m) => performance.getEntriesByName(m));
    const tasks = (window as unknown as { __tasks: number[] }).__tasks;
    return { interactive: marks[0]?.startTime ?? NaN, longest: Math.max(0, ...tasks), over50: tasks.length, over200: tasks.filter((t) => t > 200).length };
  });
  await page.close();
  return { ...r, settled };
}

const fmt = (ms: number | null) =>
  ms === null ? `> ${(LIMIT_MS / 1000).toFixed(0)} s` : Number.isNaN(ms) ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
const count = (n: number) => (Number.isNaN(n) ? '—' : String(n));
const lines = ['| graph | metric | A (explorer) | B (bare Cytoscape, cose) |', '| --- | --- | --- | --- |'];
const only = process.env.BENCH_LAYOUT_CASES?.split(',');
for (const c of cases.filter((x) => !only || only.includes(x.key))) {
  // Settled: the explorer's layout banner has come and gone; bare Cytoscape's layoutstop.
  const a = await measure(
    base + c.a,
    `(() => { const w = window; const running = document.body.textContent.includes('Laying out'); if (running) w.__seen = true; return !!w.__seen && !running; })()`,
  );
  const b = await measure(`${base}bench/bare-layout.html?g=${c.key}`, `performance.getEntriesByName('bare:laid-out').length > 0`);
  lines.push(`| ${c.name} | interactive | ${fmt(a.interactive)} | ${fmt(b.interactive)} |`);
  lines.push(`| ${c.name} | layout settled | ${fmt(a.settled)} | ${fmt(b.settled)} |`);
  lines.push(`| ${c.name} | longest main-thread task | ${fmt(a.longest)} | ${fmt(b.longest)} |`);
  lines.push(`| ${c.name} | tasks over 50 ms / over 200 ms | ${count(a.over50)} / ${count(a.over200)} | ${count(b.over50)} / ${count(b.over200)} |`);
  console.log(lines.slice(-4).join('\n'));
}
await harness.close();
const table = [`ZGC Graph layout benchmark, ${new Date().toISOString().slice(0, 10)}: one run each, headless Chromium (--disable-gpu), 1280x800.`, '', ...lines].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/layout.md', `${table}\n`);
console.log(`\n${table}`);
