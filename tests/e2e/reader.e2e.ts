import { describe, expect, it } from 'vitest';
import { bundledGraph } from '../fixtures';
import { clickNode, openPage, SHOTS, sharedHarness } from './harness';

const h = sharedHarness();
const shots = SHOTS;

const uniqueSources = new Set(
  [...bundledGraph.nodes.flatMap((n) => [...n.sources, ...(n.facts ?? []).flatMap((f) => f.sources)]), ...bundledGraph.edges.flatMap((e) => e.sources)].map(
    (s) => `${s.paragraph}|${s.quote}`,
  ),
);

describe('the source reader in Chromium', () => {
  it('opens beside the graph, highlights every quote, and follows the selection both ways', async () => {
    const { page, problems } = await openPage(h());
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    const reader = page.getByRole('region', { name: 'Article', exact: true });
    await reader.waitFor();
    const keys = await reader.locator('mark').evaluateAll((ms) => new Set(ms.flatMap((m) => (m as HTMLElement).dataset.keys!.split(' '))).size);
    expect(keys).toBe(uniqueSources.size);

    // Graph -> article: the node's quotes become current and scroll into view.
    await clickNode(page, 'relx');
    const current = reader.locator('mark[aria-current="true"]');
    await expect.poll(() => current.count()).toBeGreaterThan(0);
    await expect.poll(() =>
      current.first().evaluate((m) => {
        const body = m.closest('.reader-body')!.getBoundingClientRect();
        const r = m.getBoundingClientRect();
        return r.top >= body.top && r.bottom <= body.bottom;
      }),
    ).toBe(true);
    await page.screenshot({ path: `${shots}/reader-en.png` });

    // Article -> graph: a quote with one meaning selects it; one with several asks which.
    const target = await page.evaluate(() => {
      const ms = [...document.querySelectorAll('.reader-body mark')] as HTMLElement[];
      return ms.findIndex((m) => m.textContent === '芬蘭赫爾辛基');
    });
    expect(target).toBeGreaterThan(-1);
    await reader.locator('mark').nth(target).click();
    const menu = page.getByRole('menu', { name: 'What this sentence supports' });
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: 'Helsinki', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.getElementById('helsinki').hasClass('selected'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('node')).toBe('helsinki');
    expect(Number(new URL(page.url()).searchParams.get('article'))).toBeGreaterThan(0);
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('reopens at the paragraph in a shared URL, in Chinese, with reading mode lighting up the graph', async () => {
    const { page, problems } = await openPage(h(), '?lang=zh&article=21&node=elsevier');
    const reader = page.getByRole('region', { name: '原文', exact: true });
    await reader.waitFor();
    await expect.poll(() =>
      reader.locator('[data-paragraph="21"]').evaluate((p) => Math.abs(p.getBoundingClientRect().top - p.closest('.reader-body')!.getBoundingClientRect().top) < 200),
    ).toBe(true);
    await reader.getByRole('switch', { name: '阅读模式' }).click({ force: true });
    await expect.poll(() => page.evaluate(() => window.cy!.$('.reading').map((e) => e.id()))).toContain('relx');
    await page.screenshot({ path: `${shots}/reader-zh.png` });
    await reader.getByRole('switch', { name: '简体字' }).click({ force: true });
    await expect.poll(() => reader.textContent()).toContain('励讯集团');
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  it('opens the reader from a quote in the details panel', async () => {
    const { page } = await openPage(h(), '?node=novo-nordisk');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'Open the article at paragraph 15' }).first().click();
    const reader = page.getByRole('region', { name: 'Article', exact: true });
    await reader.waitFor();
    await expect.poll(() => reader.locator('mark[aria-current="true"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('draws inferred edges dashed and hides them on request', async () => {
    const { page } = await openPage(h());
    const edge = 'the-lancet--published-by--elsevier';
    expect(await page.evaluate((id) => window.cy!.getElementById(id).style('line-style'), edge)).toBe('dashed');
    expect(await page.evaluate(() => window.cy!.getElementById('relx--partner-of--beijing-science-commission').style('line-style'))).toBe('solid');
    await page.getByRole('checkbox', { name: 'Hide inferred facts' }).check();
    // Filtered out means off the canvas: not drawn, and not among the instance's elements.
    await expect.poll(() => page.evaluate((id) => window.cy!.getElementById(id).filter(':visible').length, edge)).toBe(0);
    const shownInferred = await page.evaluate(() => window.cy!.edges(':visible').filter((e) => e.data('inferred') === true).length);
    expect(shownInferred).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('inferred')).toBe('hide');
    await page.context().close();
  });

  it('becomes a drawer on a phone', async () => {
    const { page } = await openPage(h(), '?article=26', { width: 390, height: 844 });
    const reader = page.getByRole('region', { name: 'Article', exact: true });
    await reader.waitFor();
    await page.screenshot({ path: `${shots}/reader-phone.png` });
    await reader.getByRole('button', { name: 'Close the article' }).click();
    expect(await reader.count()).toBe(0);
    await page.context().close();
  });
});
