import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic';
import { openPage, sharedHarness } from './harness';

const h = sharedHarness();

/** A seeded synthetic graph written beside the built site, for `?graph=e2e/<name>.json`. */
function syntheticFile(name: string, nodes: number, seed: number): void {
  mkdirSync('dist/e2e', { recursive: true });
  writeFileSync(`dist/e2e/${name}.json`, JSON.stringify(syntheticGraph(nodes, seed)));
}

/** The banner that counts the elements drawn so far ("Drawing n of N nodes and edges"). */
async function drawingBanner(page: Page) {
  const total = await page.evaluate(() => window.cy!.elements().length);
  return page.getByRole('status').filter({ hasText: new RegExp(`^Drawing [\\d,]+ of ${total.toLocaleString('en')} nodes and edges`) });
}

/** "Export PNG" with the drawing banner counting the elements painted (a picture painted off the page); the file's bytes. */
async function exportPngPaintedOffThePage(page: Page) {
  const banner = await drawingBanner(page);
  const [png] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Export PNG', exact: true }).click(),
    banner.waitFor(),
  ]);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { bytes, banner };
}
const NODES = 6000;

describe('a graph above 5,000 nodes', () => {
  beforeAll(() => syntheticFile('large', NODES, 7));

  it('draws in the light style, filters by taking elements off the canvas, and offers no WebGL on a software renderer', async () => {
    const { page, problems } = await openPage(h(), '?graph=e2e/large.json', { width: 1280, height: 800 });
    const style = await page.evaluate(() => {
      const cy = window.cy!;
      const e = cy.edges()[0]!;
      return { nodes: cy.nodes().length, curve: e.style('curve-style'), arrow: e.style('target-arrow-shape'), border: cy.nodes()[0]!.style('border-width') };
    });
    expect(style).toEqual({ nodes: NODES, curve: 'haystack', arrow: 'none', border: '0px' });
    await page.getByText(`${NODES.toLocaleString('en')} of ${NODES.toLocaleString('en')} nodes shown`).waitFor();

    // This Chromium draws WebGL in software (SwiftShader): the switch must not be offered.
    // The graph controls are there; on this narrow canvas folded into "View".
    await page.getByRole('button', { name: 'View', exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Node size' }).waitFor();
    expect(await page.getByRole('switch', { name: 'GPU rendering' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: 'Denmark' }).check({ force: true });
    const shown = await page.getByText(/of 6,000 nodes shown/).textContent();
    const count = Number(shown!.replace(/[^\d].*$/s, '').replace(/,/g, ''));
    expect(count).toBeGreaterThan(100);
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(count);
    const off = await page.evaluate(() => window.cy!.nodes().filter((n) => n.data('country') !== 'DK').length);
    expect(off).toBe(0);
    // Cleared, everything returns with its place.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(NODES);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('exports a PNG painted off the page and an SVG of every node, the drawing banner counting for each', async () => {
    const { page, problems } = await openPage(h(), '?graph=e2e/large.json', { width: 1440, height: 900 });
    await page.getByText(`${NODES.toLocaleString('en')} of ${NODES.toLocaleString('en')} nodes shown`).waitFor();
    const { bytes, banner } = await exportPngPaintedOffThePage(page);
    const [w, hgt] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    // Scale 2 asked; the picture of a graph this large is at most 8,192 px a side, and a notice says so.
    expect(Math.max(w, hgt)).toBeLessThanOrEqual(8192);
    expect(Math.max(w, hgt)).toBeGreaterThan(2000);
    await page.getByText(/^Drawn at [\d.]+× \(2× is too large to draw\)/).waitFor();
    await expect.poll(() => banner.count()).toBe(0);
    // The SVG is written a slice at a time, the same banner counting.
    const [svg] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Export SVG' }).click(), (await drawingBanner(page)).waitFor()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text.match(/<g opacity=/g)?.length).toBe(NODES);
    await expect.poll(async () => (await drawingBanner(page)).count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});

describe('a graph of a thousand nodes', () => {
  beforeAll(() => syntheticFile('thousand', 1000, 11));

  it('paints its PNG off the page and writes its SVG without placing the canvas labels again', async () => {
    const { page, problems } = await openPage(h(), '?graph=e2e/thousand.json', { width: 1280, height: 800 });
    await page.getByText('1,000 of 1,000 nodes shown').waitFor();
    // The canvas as the person left it: which labels show, and at what size.
    const canvasLabels = () =>
      page.evaluate(() => {
        const cy = window.cy!;
        return { hidden: cy.nodes('.label-hidden').map((n) => n.id()).join(','), size: cy.nodes()[0]!.style('font-size') as string };
      });
    const before = await canvasLabels();
    expect(before.hidden.length).toBeGreaterThan(0);
    const { bytes, banner } = await exportPngPaintedOffThePage(page);
    // Scale 2: the picture of 1,000 nodes at their own size is thousands of pixels a side.
    expect(Math.max(bytes.readUInt32BE(16), bytes.readUInt32BE(20))).toBeGreaterThan(3000);
    await expect.poll(() => banner.count()).toBe(0);
    expect(await canvasLabels()).toEqual(before);

    await page.getByRole('button', { name: 'More actions' }).click();
    const [svg] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('menuitem', { name: 'Export SVG' }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text.match(/<g opacity=/g)?.length).toBe(1000);
    // Labels chosen for the picture's size: some, not all 1,000 on top of each other.
    const labels = text.match(/<text x=/g)?.length ?? 0;
    expect(labels).toBeGreaterThan(100);
    expect(labels).toBeLessThan(1000);
    expect(await canvasLabels()).toEqual(before);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});

describe('a graph above 20,000 elements', () => {
  beforeAll(() => syntheticFile('nine-thousand', 9000, 13));

  it('filters a slice at a time, the graph busy meanwhile, and says when it is all applied', async () => {
    const { page, problems } = await openPage(h(), '?graph=e2e/nine-thousand.json', { width: 1280, height: 800 });
    await page.getByText('9,000 of 9,000 nodes shown').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => window.cy!.elements().length)).toBeGreaterThan(20000);
    // Every change of aria-busy on the graph region, from before the click.
    await page.evaluate(() => {
      const region = document.querySelector('section#graph')!;
      const seen: string[] = [];
      (window as unknown as { busySeen: string[] }).busySeen = seen;
      new MutationObserver(() => seen.push(String(region.getAttribute('aria-busy')))).observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const applied = page.evaluate(() => new Promise<void>((resolve) => window.cy!.one('visibilityapplied', () => resolve())));
    await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: 'Denmark' }).check({ force: true });
    await applied;
    await expect.poll(() => page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen.join(' '))).toBe('true false');
    const on = await page.evaluate(() => ({ nodes: window.cy!.nodes().length, others: window.cy!.nodes().filter((n) => n.data('country') !== 'DK').length }));
    expect(on.others).toBe(0);
    expect(on.nodes).toBeGreaterThan(100);
    await page.getByText(`${on.nodes.toLocaleString('en')} of 9,000 nodes shown`).waitFor();
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
