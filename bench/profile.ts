/**
 * `npx tsx bench/profile.ts <n> [load|filter|clear]`: a CPU profile of the explorer on the synthetic graph of
 * n nodes (run `npm run bench` once first, for dist/bench), summarised as self time per function.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumPath } from '../tests/e2e/harness';

const n = Number(process.argv[2] ?? 10000);
const what = process.argv[3] ?? 'filter';
const variant = process.argv[4] ?? 'A';
const server = await preview({ configFile: false, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no port');
const base = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-US' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (what === 'load') await cdp.send('Profiler.start');
const url = variant === 'A' ? (n === 0 ? base : `${base}?graph=bench/graph-${n}.json`) : `${base}bench/bare.html?n=${n}`;
await page.goto(url);
const mark = variant === 'A' ? 'zgc:interactive' : 'bare:interactive';
await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 240_000, polling: 100 });
if (what === 'clear') {
  // Filter to China first (not profiled), then profile "Clear filters": everything comes back.
  await page.evaluate(`new Promise((resolve) => { window.cy.one('render', () => requestAnimationFrame(resolve)); document.querySelector('input[aria-label="China"]').click(); })`);
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(
    `new Promise((resolve) => { const t0 = performance.now(); window.cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - t0))); [...document.querySelectorAll('button')].find((b) => b.textContent === 'Clear filters').click(); })`,
  );
  console.log('clear ms', ms);
}
if (what === 'filter') {
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(
    variant === 'A'
      ? `new Promise((resolve) => { const box = document.querySelector('input[aria-label="China"]'); const t0 = performance.now(); window.cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - t0))); box.click(); })`
      : `new Promise((resolve) => { const cy = window.cy; const t0 = performance.now(); cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - t0))); cy.batch(() => { cy.elements().removeClass('hidden'); const out = cy.nodes().filter((x) => x.data('country') !== 'CN'); out.addClass('hidden'); out.connectedEdges().addClass('hidden'); }); })`,
  );
  console.log('filter ms', ms);
}
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byName = new Map<string, number>();
for (const node of profile.nodes) {
  const t = self.get(node.id) ?? 0;
  const f = node.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  byName.set(key, (byName.get(key) ?? 0) + t);
}
const total = [...byName.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1000).toFixed(1).padStart(8), k);
// Inclusive time of the functions named on the command line (BENCH_PROFILE_FNS=a,b).
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
const wanted = (process.env.BENCH_PROFILE_FNS ?? '').split(',').filter(Boolean);
const inclusive = new Map<string, number>();
for (const [id, t] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const name = byId.get(cur)!.callFrame.functionName;
    if ((wanted.length === 0 || wanted.includes(name)) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + t);
    }
  }
}
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log('inclusive', (v / 1000).toFixed(1).padStart(8), k);
await browser.close();
server.httpServer.close();
