/**
 * `npx tsx bench/profile.ts <n> [load|filter|clear]`: a CPU profile of the explorer on the synthetic graph of
 * n nodes (run `npm run bench` once first, for dist/bench), summarised as self time per function.
 */
import { startHarness } from '../tests/e2e/harness';
import { summariseProfile, type CpuProfile } from './cpuProfile';

const n = Number(process.argv[2] ?? 10000);
const what = process.argv[3] ?? 'filter';
const variant = process.argv[4] ?? 'A';
// The built site and headless Chromium, as the end-to-end tests have them.
const harness = await startHarness();
const { browser, baseUrl: base } = harness;
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
// The side panels render after the canvas's first frame: wait for the country filter.
if (what !== 'load' && variant === 'A') await page.waitForSelector('input[aria-label="China"]', { state: 'attached' });
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
const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
console.log(summariseProfile(profile));
await harness.close();
