import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, BUNDLED, horizontalOverflow, openPage, settled, SHOTS, sharedHarness } from './harness';

// What a new user meets first (issue: "What a new user trips over"), checked as they would meet it.
const h = sharedHarness();

const details = (page: Page) => page.getByRole('complementary', { name: /Details|详情/ });
const layoutRadio = (page: Page, text: string) =>
  page.getByRole('radiogroup', { name: /Layout|布局/ }).locator('label').filter({ hasText: new RegExp(`^${text}$`) }).click();

/** The labels drawn on the canvas: their rendered font size and screen boxes. */
const drawnLabels = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    return cy
      .nodes(':visible')
      .filter((n) => !n.hasClass('label-hidden') && String(n.data('label') ?? '') !== '')
      .map((n) => {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
        const z = cy.zoom();
        const p = cy.pan();
        return { id: n.id(), px: parseFloat(String(n.style('font-size'))) * z, box: { x1: b.x1 * z + p.x, y1: b.y1 * z + p.y, x2: b.x2 * z + p.x, y2: b.y2 * z + p.y } };
      });
  });

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlapping = (boxes: Box[]) => {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) n++;
    }
  return n;
};

describe('what a new user meets first', () => {
  it('search: the first result is highlighted as you type, and Enter selects it and brings it into view', async () => {
    const { page, problems } = await openPage(h());
    const box = page.getByRole('combobox', { name: 'Search' });
    for (const [text, id, heading] of [
      ['Heidelberg', 'heidelberg', 'Heidelberg'],
      ['Novo', 'novo-nordisk', 'Novo Nordisk'],
      ['诺和诺德', 'novo-nordisk', 'Novo Nordisk'],
    ] as const) {
      await box.fill('');
      await box.fill(text);
      const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
      // The first result, not the "Searching…" line a list shows while the index is being built.
      await expect.poll(() => first.textContent()).toContain(heading);
      await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
      await box.press('Enter');
      await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(heading);
      // Brought into view (an animation of a third of a second).
      const inView = () =>
        page.evaluate((nodeId) => {
          const cy = window.cy!;
          const p = cy.getElementById(nodeId).renderedPosition();
          return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
        }, id);
      await expect.poll(inView, { message: `${text}: ${id} is in view` }).toBe(true);
    }
    expect(problems.errors).toEqual([]);
  });

  it('axe finds no violation of any impact with the search list open, on a path result, and on a phone', async () => {
    const { page } = await openPage(h());
    await page.getByRole('combobox', { name: 'Search' }).fill('zhongguancun');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The page is not hidden from assistive technology behind the open list.
    expect(await page.locator('main[aria-hidden="true"], header [aria-hidden="true"].toolbar-actions').count()).toBe(0);

    const path = await openPage(h(), '?path=novo-nordisk,relx');
    await path.page.getByRole('region', { name: 'Path' }).or(path.page.getByRole('heading', { name: 'Path' })).first().waitFor();
    expect(await axeViolations(path.page)).toEqual([]);

    const phone = await openPage(h(), '?node=novo-nordisk-china-rd', { width: 390, height: 844 });
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.getByRole('heading', { level: 1 }).waitFor({ state: 'attached' });
  });

  it('draws labels at a readable size at the first view, the important ones first, none colliding', async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      const { page } = await openPage(h(), '', { width, height });
      await settled(page);
      const labels = await drawnLabels(page);
      expect(labels.length, `${width}px: labels drawn`).toBeGreaterThanOrEqual(width > 800 ? 20 : 6);
      for (const l of labels) expect(l.px, `${l.id} at ${width}px`).toBeGreaterThanOrEqual(9);
      expect(overlapping(labels.map((l) => l.box)), `${width}px: colliding labels`).toBe(0);
      // The best connected node's label is among them.
      const hub = await page.evaluate(() => window.cy!.nodes().max((n) => n.degree(false)).ele.id());
      expect(labels.map((l) => l.id)).toContain(hub);
    }
    // Selected: its label and its neighbours' come first, and no faded label covers a lit node.
    const { page } = await openPage(h(), '?node=novo-nordisk');
    await settled(page);
    const labels = await drawnLabels(page);
    expect(labels.map((l) => l.id)).toContain('novo-nordisk');
    const covered = await page.evaluate(() => {
      const cy = window.cy!;
      const lit = cy.nodes(':visible').not('.faded').map((n) => n.boundingBox({ includeLabels: false }));
      return cy
        .nodes('.faded:visible')
        .not('.label-hidden')
        .filter((n) => {
          const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
          return lit.some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2);
        })
        .map((n) => n.id());
    });
    expect(covered).toEqual([]);
  });

  it('fits the graph clear of the legend, again after a resize and after a filter, until the user zooms', async () => {
    const { page } = await openPage(h());
    await settled(page);
    const clearOfLegend = () =>
      page.evaluate(() => {
        const cy = window.cy!;
        const legend = document.querySelector('.legend-dock .legend')!.getBoundingClientRect();
        const box = cy.container()!.getBoundingClientRect();
        return cy.nodes(':visible').every((n) => {
          const b = n.renderedBoundingBox({ includeLabels: false });
          const [x1, y1, x2, y2] = [b.x1 + box.left, b.y1 + box.top, b.x2 + box.left, b.y2 + box.top];
          return !(x1 < legend.right && legend.left < x2 && y1 < legend.bottom && legend.top < y2);
        });
      });
    expect(await clearOfLegend()).toBe(true);
    const allInside = () =>
      page.evaluate(() => {
        const cy = window.cy!;
        const shown = cy.nodes(':visible');
        const inside = shown.filter((n) => {
          const p = n.renderedPosition();
          return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
        });
        return inside.length === shown.length;
      });
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.waitForTimeout(600);
    await settled(page);
    expect(await allInside()).toBe(true);
    // Filters leaving a few nodes in a corner: the view frames them.
    const zoomBefore = await page.evaluate(() => window.cy!.zoom());
    await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /Israel/ }).check();
    await page.waitForTimeout(500);
    await settled(page);
    expect(await page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(zoomBefore * 1.5);
    expect(await allInside()).toBe(true);
    // After the user zooms, the view is theirs: a resize no longer refits it.
    const canvas = page.getByTestId('graph-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(400);
    const zoomed = await page.evaluate(() => window.cy!.zoom());
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => window.cy!.zoom())).toBeCloseTo(zoomed, 5);
  });

  it('every ordered pair of layouts gives the same result: no overlapping nodes, force as compact as at first', async () => {
    const { page, problems } = await openPage(h());
    await settled(page);
    const measure = () =>
      page.evaluate(() => {
        const cy = window.cy!;
        const ns = cy.nodes(':visible');
        const boxes = ns.map((n) => n.boundingBox({ includeLabels: false }));
        const pairs: string[] = [];
        let overlaps = 0;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
              overlaps++;
              pairs.push(`${ns[i]!.id()}/${ns[j]!.id()}`);
            }
          }
        const bb = ns.boundingBox({ includeLabels: false });
        return { nodes: ns.length, overlaps, area: bb.w * bb.h, pairs };
      });
    const names = ['Force', 'Concentric', 'By type', 'By country', 'Map'];
    // A walk through every ordered pair of layouts (an Eulerian circuit of the complete digraph).
    const walk = [0, 1, 0, 2, 0, 3, 0, 4, 1, 2, 1, 3, 1, 4, 2, 3, 2, 4, 3, 4, 0];
    const first: Record<string, { area: number }> = {};
    const pairs = new Set<string>();
    for (let i = 1; i < walk.length; i++) {
      const from = names[walk[i - 1]!]!;
      const to = names[walk[i]!]!;
      pairs.add(`${from}>${to}`);
      await layoutRadio(page, to);
      await page.waitForTimeout(150);
      await settled(page);
      const m = await measure();
      expect(m.overlaps, `${from} → ${to}: overlapping nodes (${m.pairs.join('; ')})`).toBe(0);
      expect(m.nodes, `${from} → ${to}: nodes shown`).toBe(to === 'Map' ? await page.evaluate(() => window.cy!.nodes().not('.off-map').length) : BUNDLED.nodes);
      first[to] ??= m;
      expect(m.area, `${from} → ${to}: spread against the first ${to}`).toBeLessThan(first[to]!.area * 1.6);
      expect(m.area).toBeGreaterThan(first[to]!.area / 1.6);
    }
    expect(pairs.size).toBe(20);
    // Group titles of the grouped layouts never collide on screen.
    await layoutRadio(page, 'By country');
    await settled(page);
    const titles = await page.evaluate(() => [...document.querySelectorAll('.group-title')].map((el) => { const r = el.getBoundingClientRect(); return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom }; }));
    expect(titles.length).toBeGreaterThan(5);
    expect(overlapping(titles)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/layout-by-country.png` });
    expect(problems.errors).toEqual([]);
  });

  it('nothing overflows the viewport at 390, 800 and 1024 px, with or without the article open', async () => {
    for (const width of [390, 800, 1024]) {
      const { page } = await openPage(h(), '', { width, height: 800 });
      expect(await horizontalOverflow(page), `${width}px`).toBe(0);
      await page.getByRole('button', { name: 'Article', exact: true }).click();
      await page.getByRole('region', { name: 'Article', exact: true }).waitFor();
      await page.waitForTimeout(300);
      expect(await horizontalOverflow(page), `${width}px, article open`).toBe(0);
      // The reader's header is on screen.
      const head = await page.getByRole('region', { name: 'Article', exact: true }).getByRole('heading', { name: 'Article', exact: true }).boundingBox();
      expect(head!.y).toBeGreaterThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/width-${width}-article.png` });
    }
    // Exports and the rest that do not fit are in a More menu.
    const { page } = await openPage(h(), '', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'More actions' }).click();
    for (const item of ['Open graph file', 'Export PNG', 'Export SVG', 'Export JSON', 'Fit to screen']) {
      await expect.poll(() => page.getByRole('menuitem', { name: item }).count()).toBe(1);
    }
    await page.getByRole('menuitem', { name: '中文 + English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(/^(en|zh)/);
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('lang'))).toBe('both');
  });

  it('on a phone: a tap a little off a node takes it, and the details sheet leaves it in view', async () => {
    const { page } = await openPage(h(), '', { width: 390, height: 844, touch: true });
    await page.waitForTimeout(500); // the view follows the canvas's first resize
    await settled(page);
    // A point 6 px beyond the node's edge, on the side where no other node is as near.
    const target = await page.evaluate(() => {
      const cy = window.cy!;
      const n = cy.getElementById('novo-nordisk-china-rd');
      const box = cy.container()!.getBoundingClientRect();
      const c = n.renderedPosition();
      const r = n.renderedOuterWidth() / 2;
      const others = cy.nodes(':visible').not(n);
      const clearance = (x: number, y: number) =>
        Math.min(
          ...others.map((other) => {
            const o = other as typeof n;
            return Math.hypot(o.renderedPosition().x - x, o.renderedPosition().y - y) - o.renderedOuterWidth() / 2;
          }),
        );
      const candidates = Array.from({ length: 16 }, (_, i) => {
        const a = (i / 16) * 2 * Math.PI;
        const x = c.x + Math.cos(a) * (r + 6);
        const y = c.y + Math.sin(a) * (r + 6);
        return { x, y, clear: clearance(x, y) };
      });
      const best = candidates.reduce((a, b) => (b.clear > a.clear ? b : a));
      return { x: box.left + best.x, y: box.top + best.y, r, clear: best.clear };
    });
    expect(target.clear).toBeGreaterThan(6);
    expect(target.r * 2).toBeLessThan(24); // small on screen: the slop is what makes it tappable
    await page.touchscreen.tap(target.x, target.y);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Novo Nordisk Research Centre China');
    await settled(page);
    const place = await page.evaluate(() => {
      const cy = window.cy!;
      const box = cy.container()!.getBoundingClientRect();
      const sheet = document.querySelector('.drawer.bottom')!.getBoundingClientRect();
      return { y: box.top + cy.getElementById('novo-nordisk-china-rd').renderedPosition().y, top: box.top, sheetTop: sheet.top };
    });
    expect(place.y).toBeGreaterThan(place.top);
    expect(place.y).toBeLessThan(place.sheetTop);
    await page.screenshot({ path: `${SHOTS}/phone-selected.png` });
  });

  it('by keyboard: Skip to graph focuses the canvas, arrows move between nodes and are announced, Enter opens details', async () => {
    const { page } = await openPage(h());
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to graph');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('graph-canvas');
    const announced = () => page.evaluate(() => document.querySelector('#graph [aria-live="polite"]')?.textContent ?? '');
    await page.keyboard.press('ArrowRight');
    await expect.poll(announced).toMatch(/relationships$/);
    const first = await announced();
    await page.keyboard.press('ArrowDown');
    await expect.poll(announced).not.toBe(first);
    const name = (await announced()).split(',')[0]!;
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(name);
    // A relationship button keeps focus in the panel, on the new node's title.
    const link = details(page).locator('.node-link').first();
    const next = (await link.textContent())!;
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }))).toEqual({ id: 'details-title', text: next });
    // The relationships are one link away.
    await details(page).getByRole('button', { name: /Relationships \(\d+\)/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rel-h');
    await page.keyboard.press('Escape');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).count()).toBe(0);
  });

  it('the reader opened with a node selected shows its first quote, and English readers get the translation', async () => {
    const { page } = await openPage(h(), '?node=novo-nordisk-china-rd');
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    const reader = page.getByRole('region', { name: 'Article', exact: true });
    await reader.waitFor();
    await page.waitForTimeout(800);
    const seen = await page.evaluate(() => {
      const first = document.querySelector('.reader mark[aria-current="true"]')!;
      const body = document.querySelector('.reader-body')!.getBoundingClientRect();
      const r = first.getBoundingClientRect();
      return { paragraph: first.closest('[data-paragraph]')!.getAttribute('data-paragraph'), inView: r.top >= body.top && r.bottom <= body.bottom };
    });
    expect(seen.inView).toBe(true);
    const firstQuote = await page.evaluate(() => {
      return [...document.querySelectorAll('.reader mark[aria-current="true"]')].map((m) => Number(m.closest('[data-paragraph]')!.getAttribute('data-paragraph')))[0];
    });
    expect(Number(seen.paragraph)).toBe(firstQuote);
    // English: the paragraph's translation is there, marked as such, and so is each quote's in the details.
    await expect.poll(() => reader.locator('.reader-translation').count()).toBeGreaterThan(20);
    expect(await reader.locator('.reader-translation[lang="en"]').first().textContent()).toMatch(/^Translation /);
    const quoteTranslation = details(page).locator('.quote-translation').first();
    expect(await quoteTranslation.textContent()).toContain('Translation of the sentence:');
    await reader.getByRole('switch', { name: 'English translation' }).click({ force: true });
    await expect.poll(() => reader.locator('.reader-translation').count()).toBe(0);
  });

  it('the timeline steps through the years that have events, and undated items are dimmed or hidden on request', async () => {
    const { page } = await openPage(h(), '?year=1923');
    const counts = () => page.evaluate(() => ({ shown: window.cy!.nodes().length, full: window.cy!.nodes().not('.dimmed').length }));
    const dimmed = await counts();
    expect(dimmed.full).toBeLessThanOrEqual(3); // Novo Nordisk, founded 1923, and what it is in
    expect(await page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuetext')).toBe('1923');
    await page.getByRole('radiogroup', { name: 'Undated' }).locator('label').filter({ hasText: /^hide$/ }).click();
    await expect.poll(async () => (await counts()).shown).toBe(dimmed.full);
    await expect.poll(() => new URL(page.url()).searchParams.get('undated')).toBe('hide');
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuetext')).toBe('1997');
  });
});
