import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic';
import { openPage, sharedHarness } from './harness';

const h = sharedHarness();
const NODES = 6000;

describe('a graph above 5,000 nodes', () => {
  it('draws in the light style, filters by taking elements off the canvas, and offers no WebGL on a software renderer', async () => {
    mkdirSync('dist/e2e', { recursive: true });
    writeFileSync('dist/e2e/large.json', JSON.stringify(syntheticGraph(NODES, 7)));
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
});
