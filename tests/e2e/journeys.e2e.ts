import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUNDLED, clickNode, openPage, pickFromList, sharedHarness, SHOTS, waitReady } from './harness';

const h = sharedHarness();
const shots = SHOTS;

const detailsHeading = (page: Page) => page.getByRole('complementary', { name: /Details|详情/ }).getByRole('heading', { level: 2 });
const visibleNodeIds = (page: Page) =>
  page.evaluate(() => window.cy!.nodes().filter((n) => n.visible()).map((n) => n.id()).sort());
/** Types into the search box, waits for `expected` to be the first result, and takes it with Enter (the first result is highlighted). */
const search = async (page: Page, text: string, expected: string) => {
  const box = page.getByRole('combobox', { name: /Search|搜索/ });
  await box.fill('');
  await box.fill(text);
  const list = page.getByRole('listbox', { name: /Search results|搜索结果/ });
  const first = list.getByRole('option').first();
  await expect.poll(() => first.textContent()).toContain(expected);
  // The worker's answer has followed the page's (it is busy until then).
  await expect.poll(() => list.getAttribute('aria-busy')).toBeNull();
  await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
  await box.press('Enter');
};
/** Clicks a choice of the language switch by its visible text. */
const chooseLanguage = (page: Page, text: string) =>
  page.getByRole('radiogroup', { name: /Language|语言/ }).locator('label').filter({ hasText: new RegExp(`^${text}$`) }).click();

describe('the explorer in Chromium', () => {
  it('renders the whole graph with graph-data fields on each node, and no console error', async () => {
    const { page, problems } = await openPage(h());
    const info = await page.evaluate(() => {
      const cy = window.cy!;
      const n = cy.getElementById('zgc-heidelberg-centre');
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        data: { id: n.data('id'), type: n.data('type'), country: n.data('country'), sectors: n.data('sectors'), name: n.data('name') },
        overlaps: (() => {
          // Count pairs of node bodies that overlap after the layout.
          const boxes = cy.nodes().map((x) => x.boundingBox({ includeLabels: false }));
          let count = 0;
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!, b = boxes[j]!;
              if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) count++;
            }
          return count;
        })(),
      };
    });
    expect(info.nodes).toBe(BUNDLED.nodes);
    expect(info.edges).toBe(BUNDLED.edges);
    expect(info.data).toEqual({
      id: 'zgc-heidelberg-centre',
      type: 'organisation',
      country: 'DE',
      sectors: ['innovation-services'],
      name: { zh: '中关村海德堡创新中心', en: 'Zhongguancun Heidelberg Innovation Center' },
    });
    expect(info.overlaps).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Graph' }).getAttribute('aria-busy')).toBe('false');
    await page.screenshot({ path: `${shots}/desktop-en.png` });
    expect(problems.errors).toEqual([]);
    // Nor a warning: Cytoscape's about the wheel sensitivity, chosen on purpose, is kept out of the console.
    expect(problems.warnings).toEqual([]);
    await page.context().close();
  });

  it('clicks through relationships, walks back with the browser, and clears with Escape', async () => {
    const { page, problems } = await openPage(h());
    await clickNode(page, 'novo-nordisk');
    await expect.poll(() => detailsHeading(page).textContent()).toBe('Novo Nordisk');
    expect(await page.evaluate(() => window.cy!.getElementById('novo-nordisk').hasClass('selected'))).toBe(true);
    // The neighbourhood stays bright, the rest fades.
    expect(await page.evaluate(() => window.cy!.getElementById('relx').hasClass('faded'))).toBe(true);
    expect(await page.evaluate(() => window.cy!.getElementById('denmark').hasClass('faded'))).toBe(false);

    await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'Denmark', exact: true }).click();
    await expect.poll(() => detailsHeading(page).textContent()).toBe('Denmark');
    await page.goBack();
    await expect.poll(() => detailsHeading(page).textContent()).toBe('Novo Nordisk');
    await page.goForward();
    await expect.poll(() => detailsHeading(page).textContent()).toBe('Denmark');

    // An edge: click its midpoint on the canvas, once the view has stopped moving (no animation,
    // and the same pan and zoom over 300 ms: a reveal or a refit may follow the first one).
    const view = () => page.evaluate(() => (window.cy!.animated() ? 'moving' : JSON.stringify([window.cy!.pan(), window.cy!.zoom()])));
    let last = '';
    await expect
      .poll(async () => {
        const now = await view();
        const still = now !== 'moving' && now === last;
        last = now;
        return still;
      }, { interval: 150 })
      .toBe(true);
    // The point is read and clicked at once; if the view moved in between (a reveal under a loaded
    // machine), the click is made again at the new point.
    for (let attempt = 0; attempt < 3; attempt++) {
      const mid = await page.evaluate(() => {
        const cy = window.cy!;
        const e = cy.getElementById('novo-nordisk--located-in--denmark');
        const p = e.renderedMidpoint();
        const box = cy.container()!.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      });
      await page.mouse.click(mid.x, mid.y);
      const hit = await expect
        .poll(() => detailsHeading(page).textContent(), { timeout: 2000 })
        .toContain('located in')
        .then(() => true, () => false);
      if (hit) break;
    }
    await expect.poll(() => detailsHeading(page).textContent()).toContain('located in');
    await expect(page.getByRole('complementary', { name: 'Details' }).locator('blockquote').first().textContent()).resolves.toContain('丹麥');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).textContent()).toContain('Select a node');
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('exports a real PNG of the graph at 2x, named after the graph and the date', async () => {
    const { page } = await openPage(h(), '?lang=zh&country=CN,DE');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG', exact: true }).click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^zhongguancun-international-s-t-cooperation-a-knowledge-graph-\d{4}-\d{2}-\d{2}\.png$/);
    const file = `${shots}/export.png`;
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const canvasWidth = await page.evaluate(() => window.cy!.width());
    expect(width).toBeGreaterThan(canvasWidth); // full graph at scale 2
    expect(height).toBeGreaterThan(300);
    // Not blank: a good share of pixels differ from the white background, in several colours.
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 16) {
        if (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240) ink++;
        colours.add(((d[i]! >> 4) << 8) | ((d[i + 1]! >> 4) << 4) | (d[i + 2]! >> 4));
      }
      return { inkShare: ink / (d.length / 16), colours: colours.size };
    }, png.toString('base64'));
    expect(stats.inkShare).toBeGreaterThan(0.01);
    expect(stats.colours).toBeGreaterThan(20);
    await page.context().close();
  });

  it('filters to Denmark, then combines a sector and a type', async () => {
    const { page } = await openPage(h());
    const country = page.getByRole('group', { name: 'Country' });
    await country.getByRole('checkbox', { name: 'Denmark' }).check();
    await expect.poll(() => visibleNodeIds(page)).toEqual(['denmark', 'novo-nordisk']);
    const countries = await page.evaluate(() => window.cy!.nodes().filter((n) => n.visible()).map((n) => n.data('country')));
    expect(new Set(countries)).toEqual(new Set(['DK']));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBe(BUNDLED.nodes);

    await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: 'Biopharma' }).check();
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Organisation' }).check();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBe(2);
    const shown = await page.evaluate(() =>
      window.cy!.nodes().filter((n) => n.visible()).map((n) => ({ type: n.data('type'), sectors: n.data('sectors') as string[] })),
    );
    expect(shown.length).toBe(2);
    for (const n of shown) {
      expect(n.type).toBe('organisation');
      expect(n.sectors).toContain('biopharma');
    }
    // No edge is drawn to a hidden node.
    const danglingEdges = await page.evaluate(() => window.cy!.edges().filter((e) => e.visible() && (!e.source().visible() || !e.target().visible())).length);
    expect(danglingEdges).toBe(0);
    await page.context().close();
  });

  it('searches in English, simplified and traditional Chinese, and pinyin', async () => {
    const { page } = await openPage(h());
    for (const [query, id, heading] of [
      ['Heidelberg', 'heidelberg', 'Heidelberg'],
      ['爱思唯尔', 'elsevier', 'Elsevier'],
      ['中關村', 'zhongguancun', 'Zhongguancun'],
      ['nuohenuode', 'novo-nordisk', 'Novo Nordisk'],
      // A misspelling: only the worker's typo-tolerant index finds it.
      ['Elsevir', 'elsevier', 'Elsevier'],
    ] as const) {
      await search(page, query, heading);
      await expect.poll(() => detailsHeading(page).textContent()).toBe(heading);
      expect(await page.evaluate((x) => window.cy!.getElementById(x).hasClass('selected'), id)).toBe(true);
      expect(new URL(page.url()).searchParams.get('node')).toBe(id);
    }
    await page.context().close();
  });

  it('switches the language of the UI and of the labels on the canvas', async () => {
    const { page } = await openPage(h(), '', { locale: 'zh-CN' });
    const label = () => page.evaluate(() => window.cy!.getElementById('novo-nordisk').data('label') as string);
    expect(await label()).toBe('诺\u200b和\u200b诺\u200b德');
    await expect(page.getByRole('region', { name: '图谱' }).count()).resolves.toBe(1);
    await page.screenshot({ path: `${shots}/desktop-zh.png` });
    await chooseLanguage(page, 'English');
    await expect.poll(label).toBe('Novo Nordisk');
    await expect(page.getByRole('group', { name: 'Country' }).count()).resolves.toBe(1);
    await chooseLanguage(page, '中/EN');
    await expect.poll(label).toBe('诺\u200b和\u200b诺\u200b德\nNovo Nordisk');
    // The choice is kept across visits (and in the URL, which is written after a short pause).
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('both');
    await page.reload();
    await waitReady(page);
    expect(await label()).toBe('诺\u200b和\u200b诺\u200b德\nNovo Nordisk');
    await page.context().close();
  });

  it('reopens a copied URL with the same view', async () => {
    const { page } = await openPage(h());
    await page.getByRole('checkbox', { name: 'Germany' }).check();
    await page.getByRole('checkbox', { name: 'Keep their neighbours' }).check();
    await search(page, 'Heidelberg', 'Heidelberg');
    await chooseLanguage(page, '中文');
    await page.waitForTimeout(400); // the URL is written after a short pause
    const url = page.url();
    const before = await visibleNodeIds(page);
    await page.context().close();

    const { page: again, problems } = await openPage(h(), url.slice(h().baseUrl.length));
    expect(await visibleNodeIds(again)).toEqual(before);
    await expect.poll(() => detailsHeading(again).textContent()).toBe('海德堡');
    expect(await again.getByRole('checkbox', { name: '德国' }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: '保留相邻节点' }).isChecked()).toBe(true);
    expect(await again.getByRole('combobox', { name: '搜索' }).inputValue()).toBe('Heidelberg');
    expect(problems.errors).toEqual([]);
    await again.context().close();
  });

  it('survives a tampered URL with a visible notice', async () => {
    const { page, problems } = await openPage(h(), `?node=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&country=DK,XX&view=NaN,1,1&lang=fr&q=${'a'.repeat(3000)}`);
    const status = page.getByRole('status', { name: 'Notices' });
    await expect.poll(() => status.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await visibleNodeIds(page)).toEqual(['denmark', 'novo-nordisk']);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('works by keyboard alone: the node list selects a node', async () => {
    const { page } = await openPage(h());
    const list = page.getByRole('listbox', { name: 'Visible nodes' });
    await list.getByRole('option').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const selected = await list.getByRole('option', { selected: true }).textContent();
    await expect.poll(() => detailsHeading(page).textContent()).toBe(selected);
    // Focus is visible on the focused option.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow);
    expect(outline).not.toBe('none');
    await page.context().close();
  });

  it('folds the legend away from the corner of the canvas it covers, and back', async () => {
    const { page } = await openPage(h());
    const legend = page.getByRole('region', { name: 'Legend' });
    const toggle = legend.getByRole('button', { name: 'Legend' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await legend.getByText('Organisation').isVisible()).toBe(true);
    const open = await legend.boundingBox();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await legend.getByText('Organisation').isVisible()).toBe(false);
    expect((await legend.boundingBox())!.height).toBeLessThan(open!.height / 3);
    await toggle.press('Enter');
    expect(await legend.getByText('Organisation').isVisible()).toBe(true);
    await page.context().close();
  });

  it('fits a phone screen: filters, view controls and details become drawers', async () => {
    const { page, problems } = await openPage(h(), '', { width: 390, height: 844 });
    expect(await page.getByRole('group', { name: 'Country' }).count()).toBe(0);
    await page.screenshot({ path: `${shots}/phone-graph.png` });
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('group', { name: 'Country' }).waitFor();
    await page.screenshot({ path: `${shots}/phone-filters.png` });
    // Nothing floats over the small canvas: layout, node size, year and the legend are in the drawer.
    const drawer = page.getByRole('region', { name: 'Filters' });
    expect(await drawer.getByRole('region', { name: 'Legend' }).count()).toBe(1);
    await drawer.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'By type' }).click({ force: true });
    await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBe('type');
    await waitReady(page);
    await pickFromList(page, 'Novo Nordisk');
    await page.getByRole('button', { name: 'Hide filters' }).click();
    await expect.poll(() => detailsHeading(page).textContent()).toBe('Novo Nordisk');
    await page.screenshot({ path: `${shots}/phone-details.png` });
    await page.getByRole('button', { name: 'Close details' }).click();
    expect(await page.getByRole('complementary', { name: 'Details' }).count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });
});
