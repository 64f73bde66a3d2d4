import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/io/validateGraph';
import { BUNDLED, openPage, pickFromList, settled, waitReady, SHOTS, sharedHarness } from './harness';

const h = sharedHarness();
const shots = SHOTS;

const visible = (page: Page) => page.evaluate(() => window.cy!.nodes(':visible').map((n) => n.id()).sort());
const details = (page: Page) => page.getByRole('complementary', { name: /Details|详情/ });
const radio = (page: Page, group: RegExp, text: string) =>
  page.getByRole('radiogroup', { name: group }).locator('label').filter({ hasText: new RegExp(`^${text}$`) }).click();

describe('exploration tools in Chromium', () => {
  it('focuses on a k-hop neighbourhood, expands it, and shows all again', async () => {
    const { page, problems } = await openPage(h(), '?node=elsevier');
    await details(page).getByRole('button', { name: 'Focus', exact: true }).click();
    await settled(page);
    expect(await visible(page)).toEqual(['beijing', 'beijing-talent-mapping', 'cell-press', 'elsevier', 'relx', 'the-lancet', 'zhang-yuguo']);
    await radio(page, /Hops/, '2');
    await settled(page);
    const two = await visible(page);
    expect(two.length).toBeGreaterThan(20);
    expect(new URL(page.url()).searchParams.get('k')).toBe('2');
    await page.getByRole('button', { name: 'Show all' }).click();
    await settled(page);
    expect((await visible(page)).length).toBe(BUNDLED.nodes);
    // Expand: focus on The Lancet, then expand Cell Press from its details.
    await page.goto(`${h().baseUrl}?node=cell-press&focus=the-lancet`);
    await waitReady(page);
    expect(await visible(page)).toEqual(['elsevier', 'relx', 'the-lancet']);
    await details(page).getByRole('button', { name: 'Expand' }).click();
    await settled(page);
    expect(await visible(page)).toContain('cell-symposium-beijing');
    expect(new URL(page.url()).searchParams.get('expand')).toBe('cell-press');
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('finds the shortest path between two picked nodes and lists it with its quotes', async () => {
    const { page, problems } = await openPage(h(), '?node=novo-nordisk');
    await details(page).getByRole('button', { name: 'Path from here' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'pick the other end' }).count()).toBe(1);
    await pickFromList(page, 'Elsevier');
    const panel = details(page).locator('.path-panel');
    // Two paths of three steps: through China, and through the R&D centre in Beijing.
    await expect.poll(() => panel.textContent()).toContain('2 shortest path(s), 3 step(s)');
    expect(await panel.textContent()).toContain('Novo Nordisk → located in → China → location of → Beijing → partner of → Elsevier');
    expect(await panel.textContent()).toContain('Novo Nordisk → includes → Novo Nordisk Research Centre China → located in → Beijing → partner of → Elsevier');
    expect(await panel.locator('blockquote').count()).toBe(6);
    const onPath = await page.evaluate(() => window.cy!.elements('.on-path').map((e) => e.id()).sort());
    expect(onPath).toEqual([
      'beijing', 'beijing--located-in--china', 'china', 'elsevier', 'elsevier--partner-of--beijing', 'novo-nordisk',
      'novo-nordisk--founded--novo-nordisk-china-rd', 'novo-nordisk--located-in--china',
      'novo-nordisk-china-rd', 'novo-nordisk-china-rd--located-in--beijing', 'novo-nordisk-china-rd--part-of--novo-nordisk',
    ]);
    expect(new URL(page.url()).searchParams.get('path')).toBe('novo-nordisk,elsevier');
    await settled(page);
    await page.evaluate(() => {
      window.cy!.fit(window.cy!.elements('.on-path'), 120);
    });
    await page.screenshot({ path: `${shots}/path.png` });
    // No path: a fresh link between the two ends of an isolated pair does not exist here, so clear.
    await details(page).getByRole('button', { name: 'Clear path' }).click();
    expect(await page.evaluate(() => window.cy!.elements('.on-path').length)).toBe(0);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('switches layouts with animation, draws the world map, and resets', async () => {
    const { page, problems } = await openPage(h(), '?lang=zh');
    await radio(page, /布局/, '地图');
    await settled(page);
    expect(await page.locator('.map-backdrop path').getAttribute('d')).toMatch(/^M/);
    const pos = await page.evaluate(() =>
      Object.fromEntries(['silicon-valley', 'heidelberg', 'tel-aviv', 'beijing', 'tokyo', 'helsinki'].map((id) => [id, window.cy!.getElementById(id).position()])),
    );
    expect(pos['silicon-valley']!.x).toBeLessThan(pos.heidelberg!.x);
    expect(pos.heidelberg!.x).toBeLessThan(pos['tel-aviv']!.x);
    expect(pos['tel-aviv']!.x).toBeLessThan(pos.beijing!.x);
    expect(pos.beijing!.x).toBeLessThan(pos.tokyo!.x);
    expect(pos.helsinki!.y).toBeLessThan(pos.heidelberg!.y);
    expect(await page.evaluate(() => window.cy!.getElementById('diabetes').visible())).toBe(false);
    expect(new URL(page.url()).searchParams.get('layout')).toBe('map');
    await page.screenshot({ path: `${shots}/map.png` });

    // Grouped layouts name their groups above the discs, with counts, in the interface's language.
    const titles = () => page.locator('.group-title').allTextContents();
    for (const [name, expected] of [['同心圆', []], ['按类型', ['地点 19', '主题 18', '机构 14']], ['按国家', ['🇨🇳 中国 43', '无国家 22', '🇺🇸 美国 5']], ['力导向', []]] as const) {
      await radio(page, /布局/, name);
      await settled(page);
      expect((await visible(page)).length).toBe(BUNDLED.nodes);
      expect((await titles()).slice(0, 3)).toEqual(expected);
      if (name === '按类型') {
        // The titles are in the exported SVG too, as text.
        const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 SVG' }).click()]);
        const svg = readFileSync(await dl.path(), 'utf8');
        expect(svg).toContain('>地点 19</text>');
        expect(svg).toContain('>出版物 1</text>');
      }
    }
    // Drag a node, then reset the layout: it moves away from where it was dropped.
    const before = await page.evaluate(() => {
      const n = window.cy!.getElementById('relx');
      n.position({ x: 99999, y: 99999 });
      return n.position();
    });
    await page.getByRole('button', { name: '重置布局' }).click();
    await settled(page);
    const after = await page.evaluate(() => window.cy!.getElementById('relx').position());
    expect(after.x).not.toBe(before.x);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('plays the graph through time with the Year slider', async () => {
    const { page } = await openPage(h());
    const thumb = page.getByRole('slider', { name: 'Year' });
    await thumb.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('1923');
    const ids = await visible(page);
    expect(ids).toContain('novo-nordisk');
    expect(ids).not.toContain('novo-nordisk-china-rd');
    expect(ids).not.toContain('innovo-platform');
    await page.keyboard.press('End');
    await expect.poll(async () => (await visible(page)).length).toBe(BUNDLED.nodes);
    await page.getByRole('button', { name: 'Play the timeline' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('year'), { timeout: 5000 }).toBe('1997');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.context().close();
  });

  it('sizes nodes by degree or betweenness', async () => {
    const { page } = await openPage(h());
    const size = (id: string) => page.evaluate((x) => window.cy!.getElementById(x).width(), id);
    expect(await size('beijing')).toBeGreaterThan(await size('the-lancet'));
    await radio(page, /Node size/, 'Uniform');
    await expect.poll(async () => (await size('beijing')) === (await size('the-lancet'))).toBe(true);
    await radio(page, /Node size/, 'Betweenness');
    await expect.poll(async () => (await size('zgc-development-group')) > (await size('diabetes'))).toBe(true);
    expect(await page.getByRole('region', { name: 'Legend' }).textContent()).toContain('shortest paths');
    await page.context().close();
  });

  it('exports SVG with Chinese text as text, and JSON that validates as graph-data', async () => {
    const { page } = await openPage(h(), '?lang=zh&country=DE');
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 SVG' }).click()]);
    expect(svgDl.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await svgDl.path(), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.texts.join('')).toContain('海德堡');

    const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
    const json: unknown = JSON.parse(readFileSync(await jsonDl.path(), 'utf8'));
    const result = validateGraph(json, readFileSync('graph-data/article.txt', 'utf8'));
    expect(result.issues).toEqual([]);
    const shown = await visible(page);
    if (result.ok) {
      expect(result.graph.nodes.map((n) => n.id).sort()).toEqual(shown);
      expect(result.graph.nodes.every((n) => n.position && Number.isFinite(n.position.x))).toBe(true);
    }
    const positions = await page.evaluate(() => Object.fromEntries(window.cy!.nodes(':visible').map((n) => [n.id(), n.position()])));
    await page.context().close();

    // Re-open the exported file beside the app: the same nodes and edges, at the same places.
    writeFileSync('dist/e2e-exported.json', JSON.stringify(json));
    const { page: again, problems } = await openPage(h(), '?graph=e2e-exported.json');
    const reopened = await again.evaluate(() => ({
      nodes: window.cy!.nodes().map((n) => n.id()).sort(),
      edges: window.cy!.edges().length,
      positions: Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])),
    }));
    expect(reopened.nodes).toEqual(shown);
    expect(reopened.edges).toBe((json as { edges: unknown[] }).edges.length);
    for (const [id, p] of Object.entries(positions)) {
      expect(reopened.positions[id]!.x).toBeCloseTo(p.x, 0);
      expect(reopened.positions[id]!.y).toBeCloseTo(p.y, 0);
    }
    expect(new URL(again.url()).searchParams.get('graph')).toBe('e2e-exported.json');
    expect(problems.errors).toEqual([]);
    await again.context().close();
  });

  it('adds a legend and the source caption to the PNG when asked', async () => {
    const { page } = await openPage(h());
    const pngHeight = async () => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG', exact: true }).click()]);
      return readFileSync(await dl.path()).readUInt32BE(20);
    };
    const plain = await pngHeight();
    await page.getByRole('button', { name: 'PNG options' }).click();
    const dialog = page.getByRole('dialog', { name: 'PNG options' });
    await dialog.locator('label').filter({ hasText: 'Include the legend' }).click();
    await dialog.locator('label').filter({ hasText: 'Include the title and source' }).click();
    await page.keyboard.press('Escape');
    const withFooter = await pngHeight();
    expect(withFooter).toBeGreaterThan(plain + 150); // 110 px of footer at scale 2
    await page.context().close();
  });

  it('refuses a remote or broken ?graph= with an alert, keeping the bundled graph', async () => {
    writeFileSync('dist/e2e-broken.json', JSON.stringify({ schemaVersion: 1, meta: {}, nodes: [{ id: 'a' }, { id: 'a' }] }));
    for (const [param, expected] of [
      ['https://evil.example/g.json', 'only a relative path'],
      ['e2e-broken.json', 'e2e-broken.json'],
      ['missing.json', 'missing.json'],
    ]) {
      const { page } = await openPage(h(), `?graph=${encodeURIComponent(param!)}`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(expected);
      expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(BUNDLED.nodes);
      await page.context().close();
    }
  });

  it('keeps focus, path, layout and year in a shared URL', async () => {
    const path = '?focus=novo-nordisk&k=2&path=novo-nordisk,relx&layout=country&year=2019&size=betweenness';
    const { page, problems } = await openPage(h(), path);
    await settled(page);
    const url = new URL(page.url());
    for (const [k, v] of new URLSearchParams(path)) expect(url.searchParams.get(k)).toBe(v);
    expect(await page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'By country' }).isChecked()).toBe(true);
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2019');
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
