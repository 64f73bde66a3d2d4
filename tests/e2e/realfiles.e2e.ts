import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, SHOTS, sharedHarness, waitReady } from './harness';

// The real files of tests/fixtures/real (see its README), opened as a person would open them.
const h = sharedHarness();
beforeAll(() => {
  mkdirSync('dist/real', { recursive: true });
  cpSync('tests/fixtures/real', 'dist/real', { recursive: true });
});

const counted = (name: string) => {
  const text = readFileSync(`tests/fixtures/real/${name}`, 'utf8');
  return { nodes: (text.match(/<node[\s>]/g) ?? []).length, edges: (text.match(/<edge[\s>]/g) ?? []).length };
};
const onCanvas = (page: Page) => page.evaluate(() => ({ nodes: window.cy!.nodes().length, edges: window.cy!.edges().length }));
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

describe('real files in Chromium', () => {
  it('a Gephi GraphML export: every node and edge, its colours, sizes and positions, attributes in the details, colours explained', async () => {
    const { page, problems } = await openPage(h(), '?graph=real/miserables.graphml&node=11');
    expect(await onCanvas(page)).toEqual(counted('miserables.graphml'));
    const valjean = await page.evaluate(() => {
      const n = window.cy!.getElementById('11');
      return { label: n.data('label'), color: n.style('background-color'), arrow: window.cy!.edges()[0]!.style('target-arrow-shape') };
    });
    expect(valjean.label).toBe('Valjean');
    expect(valjean.color).toMatch(/^rgb\(245,/);
    expect(valjean.arrow).toBe('none'); // undirected
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Valjean');
    const attrs = details(page).getByRole('region', { name: 'Attributes' });
    expect(await attrs.textContent()).toContain('Modularity Class');
    // Neighbours, once each; no article, quotes or inferred facts anywhere.
    expect(await details(page).getByRole('heading', { name: /^neighbours \(36\)$/ }).count()).toBe(1);
    expect(await page.getByText('Hide inferred facts').count()).toBe(0);
    expect(await page.getByText('stated in the article').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Sources in the article' }).count()).toBe(0);
    // The legend says what the colours mean.
    const legend = page.getByRole('region', { name: 'Legend' });
    if ((await legend.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')) === 'false') await legend.getByRole('button', { name: 'Legend' }).click();
    expect(await legend.textContent()).toContain('Modularity Class');
    // Sizes as in the file, by default; the numbers of the file are offered too.
    const size = page.getByRole('button', { name: /Node size/ });
    expect(await size.textContent()).toContain('As in the file');
    await size.click();
    await page.getByRole('option', { name: 'Modularity Class', exact: true }).click();
    await expect.poll(() => legend.textContent()).toContain('larger nodes have more Modularity Class');
    await page.screenshot({ path: `${SHOTS}/real-miserables.png` });
    expect(problems.errors).toEqual([]);
  });

  it('Gephi 0.9.3, 0.8.1 and 0.7 GEXF files, NetworkX GEXF, GEXF 1.1 and 1.3, and a yEd file: counts, labels, positions, colours', async () => {
    const cases: [string, string, string, RegExp | null][] = [
      ['rio.gexf', 'ncs1', '', /^rgb\(/],
      ['arctic.gexf', '1', 'New York', /^rgb\(255, ?51, ?51\)$/],
      ['les_miserables.gexf', '0.0', 'Myriel', /^rgb\(216, ?72, ?45\)$/],
      ['v1_3.gexf', 'Suzy', 'Suzy', null],
      ['yed-n2g-test_load.graphml', 'n0', 'R1', /^rgb\(204, ?204, ?255\)$/],
      ['java-gephi093.gexf', '5', 'java.lang.String', /^rgb\(186, ?41, ?68\)$/],
      ['spotify-networkx.gexf', 'Elton John', 'Elton John', null],
      ['igraph-wa1.graphml', 'n0', 'A', null],
    ];
    for (const [file, id, label, colour] of cases) {
      const { page, problems } = await openPage(h(), `?graph=real/${encodeURIComponent(file)}`);
      expect(await onCanvas(page), file).toEqual(counted(file));
      const n = await page.evaluate((nodeId) => {
        const x = window.cy!.getElementById(nodeId);
        return { label: String(x.data('label')), color: x.style('background-color'), pos: x.position() };
      }, id);
      if (label) expect(n.label, file).toBe(label);
      if (colour) expect(n.color, file).toMatch(colour);
      expect(Number.isFinite(n.pos.x) && Number.isFinite(n.pos.y), file).toBe(true);
      expect(problems.errors, file).toEqual([]);
      await page.context().close();
    }
  });

  it('a 2,361-node graph without positions: interactive at once, its structure drawn as the layout runs, Stop and Resume', async () => {
    const started = Date.now();
    const { page, problems } = await openPage(h(), '?graph=real/yeast.gexf');
    const ready = Date.now() - started;
    expect(await onCanvas(page)).toEqual(counted('yeast.gexf'));
    const status = page.getByRole('status').filter({ hasText: /Laying out 2,361 nodes/ });
    await status.waitFor();
    // Never a pile on one spot: the nodes spread over a disc from the first frame.
    const spread = () => page.evaluate(() => window.cy!.nodes().boundingBox({ includeLabels: false }).w);
    expect(await spread()).toBeGreaterThan(500);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    const stopped = page.getByRole('status').filter({ hasText: 'Layout stopped before it settled' });
    await stopped.waitFor();
    const at = await page.evaluate(() => window.cy!.getElementById('4941').position());
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => window.cy!.getElementById('4941').position())).toEqual(at);
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await status.waitFor();
    await page.screenshot({ path: `${SHOTS}/real-yeast.png` });
    expect(problems.errors).toEqual([]);
    console.log(`yeast.gexf: interactive after ${ready} ms`);
  });

  it('a large graph is drawn in slices: the first nodes at once, a progress bar, then every element', async () => {
    const { page, problems } = await openPage(h(), '?graph=real/yeast.gexf', {
      // Watches from the first frame: how many elements the canvas had when first seen, and the status shown meanwhile.
      initScript: () => {
        const seen = { first: -1, progress: '' };
        (window as unknown as { __drawing: typeof seen }).__drawing = seen;
        const look = () => {
          const cy = (window as unknown as { cy?: { elements(): { length: number } } }).cy;
          if (cy && seen.first < 0) seen.first = cy.elements().length;
          const bar = document.querySelector('progress[aria-label="Drawing progress"]');
          if (bar && !seen.progress) seen.progress = bar.closest('[role=status]')?.textContent ?? '';
          if (!cy || !seen.progress) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
    });
    const seen = await page.evaluate(() => (window as unknown as { __drawing: { first: number; progress: string } }).__drawing);
    const total = counted('yeast.gexf');
    expect(seen.first).toBeGreaterThan(0);
    expect(seen.first).toBeLessThan(total.nodes + total.edges);
    expect(seen.progress).toMatch(/^Drawing [\d,]+ of 9,543 nodes and edges/);
    expect(await onCanvas(page)).toEqual(total);
    expect(await page.locator('progress[aria-label="Drawing progress"]').count()).toBe(0);
    // The renderer's layer cache is rebuilt after the slices (controllers.ts, rebuildLayersOnNextFrame):
    // the private field it sets must still exist in this Cytoscape, and have been used by a frame since.
    const cache = await page.evaluate(() => (window.cy as unknown as { renderer(): { data: { lyrTxrCache?: { firstGet: unknown } } } }).renderer().data.lyrTxrCache?.firstGet);
    expect(cache).toBe(false);
    expect(problems.errors).toEqual([]);
  });

  it('a Cytoscape desktop export whose name is a code is labelled by the field that reads as names', async () => {
    const file = JSON.parse(readFileSync('tests/fixtures/real/cytoscape-tokyo-railways.cyjs', 'utf8')) as { elements: { nodes: unknown[]; edges: unknown[] } };
    const { page, problems } = await openPage(h(), '?graph=real/cytoscape-tokyo-railways.cyjs&node=8220');
    expect(await onCanvas(page)).toEqual({ nodes: file.elements.nodes.length, edges: file.elements.edges.length });
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('京成高砂');
    const attrs = await details(page).getByRole('region', { name: 'Attributes' }).textContent();
    expect(attrs).toContain('station_name京成高砂');
    expect(attrs).toContain('pref_name東京都');
    // The file's positions (longitude and latitude scaled by Cytoscape) are kept, relative to each other.
    const pos = await page.evaluate(() => [window.cy!.getElementById('8220').position(), window.cy!.getElementById('8221').position()]);
    expect(pos[0]!.x).toBeCloseTo(1398668.75, 1);
    expect(pos[0]!.y).toBeCloseTo(-357509.32, 1);
    // Search finds a station by its name.
    await page.getByRole('combobox', { name: 'Search' }).fill('京成高砂');
    await expect.poll(() => page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /京成高砂/ }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SHOTS}/real-tokyo.png` });
    expect(problems.errors).toEqual([]);
  });
});

describe('exploring a Gephi file by its own attributes', () => {
  it('colours by an attribute and by Louvain communities, and filters by a numeric range', async () => {
    const { page, problems } = await openPage(h(), '?graph=real/les_miserables.gexf');
    const colourOf = (id: string) => page.evaluate((nodeId) => String(window.cy!.getElementById(nodeId).data('color')), id);
    const fileColour = await colourOf('0.0');
    const choose = async (option: string) => {
      await page.getByRole('button', { name: /Colour/ }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    const legend = page.getByRole('region', { name: 'Legend' });
    if ((await legend.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')) === 'false') await legend.getByRole('button', { name: 'Legend' }).click();

    await choose('Authority');
    await expect.poll(() => colourOf('0.0')).not.toBe(fileColour);
    await expect.poll(() => legend.textContent()).toContain('Authority');
    expect(await legend.locator('.legend-ramp').count()).toBe(1);

    await choose('Community (Louvain)');
    await expect.poll(() => legend.textContent()).toContain('Community');
    const communities = await page.evaluate(() => new Set(window.cy!.nodes().map((n) => n.data('color'))).size);
    expect(communities).toBeGreaterThanOrEqual(4);
    await expect.poll(() => new URL(page.url()).searchParams.get('colour')).toBe('community');

    // Label by an attribute, then by name again.
    const labelOf = (id: string) => page.evaluate((nodeId) => String(window.cy!.getElementById(nodeId).data('label')), id);
    await page.getByRole('button', { name: /^Label/ }).or(page.getByRole('button', { name: /Label$/ })).first().click();
    await page.getByRole('option', { name: 'Hub', exact: true }).click();
    await expect.poll(() => labelOf('0.0')).toBe('0.01880342');
    await page.getByRole('button', { name: /Label/ }).filter({ hasText: 'Hub' }).click();
    await page.getByRole('option', { name: 'Name', exact: true }).click();
    await expect.poll(() => labelOf('0.0')).toBe('Myriel');

    // Authority from its smallest value up: move the lower thumb to the right.
    const before = await page.evaluate(() => window.cy!.nodes().length);
    const range = page.locator('.range-filter').filter({ hasText: 'Authority' });
    await range.getByRole('slider').first().focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('PageUp');
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBeLessThan(before);
    const output = (await range.locator('.range-output').textContent())!;
    const low = Number(output.split('–')[0]!.trim().replace(/,/g, ''));
    const values = await page.evaluate(() => window.cy!.nodes().map((n) => (n.data('attributes') as Record<string, number>).authority ?? Number.NaN));
    expect(values.every((v) => v >= low - 1e-9)).toBe(true);
    expect(await page.getByText(new RegExp(`^${values.length} of 77 nodes shown$`)).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/real-attributes.png` });
    // The range and the label travel in the address: the same view opens from the link.
    await expect.poll(() => new URL(page.url()).searchParams.get('r.authority')).toMatch(/^[\d.e-]+\.\.[\d.e-]+$/);
    const again = await openPage(h(), new URL(page.url()).search);
    await expect.poll(() => again.page.evaluate(() => window.cy!.nodes().length)).toBe(values.length);
    expect(problems.errors).toEqual([]);
  });

  it('lays out by group: the Louvain communities it is coloured by, each titled, with PageRank for size', async () => {
    const { page, problems } = await openPage(h(), '?graph=real/les_miserables.gexf&colour=community');
    await page.getByRole('radiogroup', { name: 'Layout' }).locator('label').filter({ hasText: /^By group$/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBe('group');
    await waitReady(page);
    const titles = page.locator('.group-titles');
    await expect.poll(() => titles.textContent()).toMatch(/Community 1\s*\d+/);
    // Nodes of one community sit together: the communities' boxes do not overlap.
    const spread = await page.evaluate(() => {
      const boxes = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
      window.cy!.nodes().forEach((n) => {
        const p = n.position();
        const b = boxes.get(n.data('color')) ?? { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
        boxes.set(n.data('color'), { x1: Math.min(b.x1, p.x), y1: Math.min(b.y1, p.y), x2: Math.max(b.x2, p.x), y2: Math.max(b.y2, p.y) });
      });
      const list = [...boxes.values()];
      let overlapping = 0;
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping++;
        }
      return { groups: list.length, overlapping };
    });
    await page.screenshot({ path: `${SHOTS}/real-groups.png` });
    expect(spread.groups).toBeGreaterThanOrEqual(4);
    expect(spread.overlapping).toBe(0);
    // Size by PageRank: Valjean, whom most scenes link to, is the largest.
    await page.getByRole('button', { name: /Node size/ }).click();
    await page.getByRole('option', { name: 'PageRank', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().max((n) => Number(n.data('size'))).ele.data('label'))).toBe('Valjean');
    await page.screenshot({ path: `${SHOTS}/real-groups.png` });
    expect(problems.errors).toEqual([]);
  });

  it('exports GEXF and GraphML that open again with the same attributes', async () => {
    const { page } = await openPage(h(), '?graph=real/miserables.graphml');
    for (const [item, ext] of [['Export GEXF (Gephi)', 'gexf'], ['Export GraphML (yEd, NetworkX)', 'graphml']] as const) {
      await page.getByRole('button', { name: 'More actions' }).click();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
      expect(dl.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
      const text = readFileSync((await dl.path())!, 'utf8');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`dist/real/again.${ext}`, text);
      const again = await openPage(h(), `?graph=real/again.${ext}&node=11`);
      expect(await onCanvas(again.page)).toEqual(counted('miserables.graphml'));
      await expect.poll(() => details(again.page).getByRole('region', { name: 'Attributes' }).textContent()).toContain('Modularity Class');
      await again.page.context().close();
    }
  });
});
