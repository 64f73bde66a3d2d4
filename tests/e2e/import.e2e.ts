import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUNDLED, openPage, sharedHarness } from './harness';

const h = sharedHarness();

const bad: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/bad/expected.json', 'utf8'));
const fixture = (dir: string, name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(`tests/fixtures/${dir}/${name}`) });
const input = (page: Page) => page.getByLabel('Open graph file', { exact: true });
const graphSummary = (page: Page) =>
  page.evaluate(() => ({ nodes: window.cy!.nodes().length, edges: window.cy!.edges().length, title: document.querySelector('.graph-title')?.textContent }));
const dismissAll = async (page: Page) => {
  for (const b of await page.getByRole('button', { name: 'Dismiss' }).all()) await b.click();
};

describe('opening graph files in Chromium', () => {
  it('refuses every bad file with its precise error, leaving the open graph unchanged', async () => {
    const { page, problems } = await openPage(h());
    const before = await graphSummary(page);
    expect(before.nodes).toBe(BUNDLED.nodes);
    const files = [...Object.entries(bad).map(([name, expected]) => ({ file: fixture('bad', name), expected }))];
    files.push({
      file: { name: 'huge-label.cyjs', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ elements: [{ data: { id: 'a', label: 'x'.repeat(10 * 1024 * 1024) } }] })) },
      expected: 'is longer than 1000 characters',
    });
    for (const { file, expected } of files) {
      await input(page).setInputFiles(file);
      const alert = page.getByRole('alert').filter({ hasText: file.name });
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent(), file.name).toContain(expected);
      expect(await alert.textContent()).toContain('The graph that was open stays open');
      expect(await graphSummary(page)).toEqual(before);
      await dismissAll(page);
    }
    expect(problems.errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('opens a Cytoscape desktop export at its own positions, and goes back to the bundled graph', async () => {
    const { page } = await openPage(h());
    await input(page).setInputFiles(fixture('good', 'cytoscape-desktop.cyjs'));
    await expect.poll(() => page.evaluate(() => window.cy?.nodes().length)).toBe(3);
    await page.waitForSelector('section#graph[aria-busy="false"]');
    const positions = await page.evaluate(() => window.cy!.nodes().map((n) => [n.id(), n.position('x'), n.position('y')]));
    expect(positions).toEqual([['101', 120.5, -40.25], ['102', 300, 80], ['103', -90, 210]]);
    // Filters, legend and search follow the file's own vocabularies.
    expect(await page.getByRole('group', { name: 'Country' }).getByRole('checkbox').count()).toBe(3);
    expect(await page.getByRole('region', { name: 'Legend' }).textContent()).toContain('organisation');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('Tel');
    await expect.poll(() => page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().textContent()).toContain('Tel Aviv');
    await box.press('Escape');
    // A file with nothing to read has no Article button; the bundled graph's comes back with it.
    expect(await page.getByRole('button', { name: 'Article', exact: true }).count()).toBe(0);
    // At 1,440 px a long title keeps room beside every action (Gephi's Les Misérables).
    await input(page).setInputFiles(fixture('real', 'les_miserables.gexf'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Les Misérables/);
    expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.width).toBeGreaterThanOrEqual(120);
    await page.getByRole('button', { name: 'Bundled graph' }).click();
    await expect.poll(() => page.evaluate(() => window.cy?.nodes().length)).toBe(BUNDLED.nodes);
    expect(await page.getByRole('button', { name: 'Article', exact: true }).count()).toBe(1);
    await page.context().close();
  });

  it('opens a Gephi GEXF, a GraphML, and a CSV pair through the column mapping', async () => {
    const { page } = await openPage(h());
    await input(page).setInputFiles(fixture('good', 'gephi.gexf'));
    await expect.poll(() => page.evaluate(() => window.cy?.nodes().length)).toBe(3);
    expect(await page.evaluate(() => window.cy!.getElementById('n0').position())).toEqual({ x: -120.5, y: -44 }); // GEXF's y points up
    await input(page).setInputFiles(fixture('good', 'yed.graphml'));
    await expect.poll(() => page.evaluate(() => window.cy?.getElementById('elsevier').data('name')?.en)).toBe('Elsevier');

    await input(page).setInputFiles([fixture('good', 'edges.csv'), fixture('good', 'nodes.csv')]);
    const dialog = page.getByRole('dialog', { name: 'Columns of the CSV files' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Edge source column').inputValue()).toBe('source');
    expect(await dialog.getByLabel('Node label column').inputValue()).toBe('label');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => page.evaluate(() => window.cy?.nodes().length)).toBe(4);
    expect(await page.evaluate(() => window.cy!.edges().length)).toBe(3);
    await page.context().close();
  });

  it('opens a file dropped onto the page', async () => {
    const { page } = await openPage(h());
    const text = readFileSync('tests/fixtures/good/yed.graphml', 'utf8');
    const dt = await page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'dropped.graphml', { type: 'application/xml' }));
      return d;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    await expect.poll(() => page.evaluate(() => window.cy?.nodes().length)).toBe(3);
    await page.context().close();
  });

  it('shows hostile labels as text, never runs them, and links only to web addresses', async () => {
    const { page, problems } = await openPage(h());
    await input(page).setInputFiles(fixture('good', 'hostile.cyjs'));
    await expect.poll(() => page.evaluate(() => window.cy?.nodes().length)).toBe(4);
    const list = page.getByRole('listbox', { name: 'Visible nodes' });
    await list.getByRole('option', { name: '<img src=x onerror="window.__xss=1">' }).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('<img src=x onerror="window.__xss=1">');
    expect(await details.getByRole('link').count()).toBe(0);
    expect(await details.textContent()).toContain('javascript:window.__xss=2');
    await list.getByRole('option', { name: 'safe link' }).click();
    expect(await details.getByRole('link', { name: 'https://example.org/page' }).getAttribute('href')).toBe('https://example.org/page');
    // An id with quotes and brackets still selects on the canvas, through getElementById.
    expect(await page.evaluate(() => window.cy!.getElementById('a"]').length)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('runs a whole session under the Content-Security-Policy with no violation', async () => {
    const { page, problems } = await openPage(h());
    await page.evaluate(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // No eval of JavaScript; WebAssembly only (the in-browser SPARQL store).
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    // Search (pinyin and OpenCC load lazily), filters, layouts with fcose and the map, the reader, exports, a file.
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('nuohenuode');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByRole('checkbox', { name: 'Denmark' }).check();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    for (const layout of ['Map', 'Concentric', 'Force']) {
      await page.getByRole('radiogroup', { name: 'Layout' }).locator('label').filter({ hasText: new RegExp(`^${layout}$`) }).click();
      await page.waitForSelector('section#graph[aria-busy="false"]');
    }
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    await page.getByRole('region', { name: 'Article', exact: true }).getByRole('switch', { name: 'Simplified characters' }).click({ force: true });
    for (const name of ['Export PNG', 'Export SVG', 'Export JSON']) {
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    }
    await input(page).setInputFiles(fixture('good', 'gephi.gexf'));
    await expect.poll(() => page.evaluate(() => window.cy?.nodes().length)).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
