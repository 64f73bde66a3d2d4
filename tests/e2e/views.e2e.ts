import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickNode, openPage, SHOTS, sharedHarness, waitReady } from './harness';

const h = sharedHarness();
const views = (page: Page) => page.getByRole('dialog', { name: 'Views' });
const openViews = async (page: Page) => {
  await page.getByRole('button', { name: 'Views', exact: true }).click();
  await views(page).waitFor();
};
const heading = (page: Page) => page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 });
const onCanvas = (page: Page) => page.evaluate(() => window.cy!.nodes().length);

describe('named views', () => {
  it('save, show, rename, reorder and present views; they travel in Export JSON and open again', async () => {
    const { page, problems } = await openPage(h());
    // View 1: organisations only, Novo Nordisk selected.
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Organisation' }).check({ force: true });
    const organisations = await onCanvas(page);
    await clickNode(page, 'novo-nordisk');
    await expect.poll(() => heading(page).textContent()).toBe('Novo Nordisk');
    const novoAt = await page.evaluate(() => ({ ...window.cy!.getElementById('novo-nordisk').position() }));
    await openViews(page);
    await views(page).getByRole('textbox', { name: 'Name of this view' }).fill('Organisations');
    await views(page).getByRole('button', { name: 'Save this view' }).click();
    await page.keyboard.press('Escape');
    // View 2: everything, Denmark selected.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'Denmark', exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Denmark');
    await openViews(page);
    await views(page).getByRole('textbox', { name: 'Name of this view' }).fill('Denmark');
    await views(page).getByRole('button', { name: 'Save this view' }).click();
    expect(await views(page).getByRole('list', { name: 'Saved views' }).getByRole('listitem').count()).toBe(2);

    // Shown again: its filters, its selection, its address, and where its nodes stood.
    await page.evaluate((p) => {
      window.cy!.getElementById('novo-nordisk').position({ x: p.x + 300, y: p.y - 200 });
    }, novoAt);
    await views(page).getByRole('button', { name: 'Show the view Organisations' }).click();
    await expect.poll(() => page.evaluate((p) => { const q = window.cy!.getElementById('novo-nordisk').position(); return Math.hypot(q.x - p.x, q.y - p.y) < 1; }, novoAt), { timeout: 5000 }).toBe(true);
    await expect.poll(() => onCanvas(page)).toBe(organisations);
    await expect.poll(() => heading(page).textContent()).toBe('Novo Nordisk');
    expect(new URL(page.url()).searchParams.get('type')).toBe('organisation');

    // Rename the second, move it first.
    await openViews(page);
    await views(page).getByRole('button', { name: 'Rename Denmark' }).click();
    await views(page).getByRole('textbox', { name: 'New name for Denmark' }).fill('丹麦');
    await page.keyboard.press('Enter');
    await views(page).getByRole('button', { name: 'Move 丹麦 up' }).click();
    expect(await views(page).getByRole('list', { name: 'Saved views' }).getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('丹麦'), expect.stringContaining('Organisations')]);

    // Present: in order, with the arrow keys; Escape ends it.
    await views(page).getByRole('button', { name: 'Present' }).click();
    const bar = page.getByRole('status').filter({ hasText: /^View \d of 2/ });
    await expect.poll(() => bar.textContent()).toContain('View 1 of 2: 丹麦');
    await expect.poll(() => heading(page).textContent()).toBe('Denmark');
    await page.locator('body').press('ArrowRight');
    await expect.poll(() => bar.textContent()).toContain('View 2 of 2: Organisations');
    await expect.poll(() => onCanvas(page)).toBe(organisations);
    await page.screenshot({ path: `${SHOTS}/views-present.png` });
    await page.locator('body').press('ArrowLeft');
    await expect.poll(() => bar.textContent()).toContain('View 1 of 2');
    await page.locator('body').press('Escape');
    await expect.poll(() => bar.count()).toBe(0);

    // Export JSON carries them; the file opened again offers them.
    await page.getByRole('button', { name: 'Clear filters' }).click().catch(() => undefined);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { views?: { name: string; query: string }[] };
    expect(saved.views?.map((v) => v.name)).toEqual(['丹麦', 'Organisations']);
    // Each view's link opens it: its selection and its filters.
    for (const [name, expected] of [['丹麦', 'Denmark'], ['Organisations', 'Novo Nordisk']] as const) {
      const view = saved.views!.find((v) => v.name === name)!;
      const linked = await openPage(h(), view.query);
      await expect.poll(() => heading(linked.page).textContent()).toBe(expected);
      if (name === 'Organisations') await expect.poll(() => onCanvas(linked.page)).toBe(organisations);
      await linked.page.context().close();
    }
    const again = await openPage(h());
    await again.page.getByLabel('Open graph file').setInputFiles(path);
    await waitReady(again.page);
    await openViews(again.page);
    await expect.poll(() => views(again.page).getByRole('list', { name: 'Saved views' }).getByRole('listitem').count()).toBe(2);
    expect(problems.errors).toEqual([]);
  });
});
