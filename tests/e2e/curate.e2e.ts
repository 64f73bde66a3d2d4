import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickNode, openPage, SHOTS, sharedHarness, tap, waitReady } from './harness';

const h = sharedHarness();
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });
const bar = (page: Page) => page.getByRole('toolbar', { name: 'Edit tools' });
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });
const has = (page: Page, id: string) => page.evaluate((x) => window.cy!.getElementById(x).length, id);
const nodeCount = (page: Page) => page.evaluate(() => window.cy!.nodes().length);

const DOC = '中關(guān)村發展集團在慕尼黑設立新的創新中心。該中心於二〇二五年啟用。\n\n慕尼黑中心聚焦生命科學與人工智能。';
const QUOTE = '中關村發展集團在慕尼黑設立新的創新中心';

/** Selects `quote` in paragraph `n` of the reader, as a person drags over the words. */
async function selectInReader(page: Page, n: number, quote: string) {
  await page.evaluate(
    ({ n, quote }) => {
      const el = document.querySelector(`.reader-body [data-paragraph="${n}"] .ptext`)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let text = '';
      const nodes: { node: Text; start: number }[] = [];
      while (walker.nextNode()) {
        nodes.push({ node: walker.currentNode as Text, start: text.length });
        text += walker.currentNode.textContent ?? '';
      }
      const at = text.indexOf(quote);
      if (at < 0) throw new Error(`"${quote}" is not shown in paragraph ${n}`);
      const find = (offset: number) => {
        const hit = [...nodes].reverse().find((x) => x.start <= offset)!;
        return { node: hit.node, offset: offset - hit.start };
      };
      const a = find(at);
      const b = find(at + quote.length);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    { n, quote },
  );
}

describe('curating the graph with its evidence', () => {
  it('adds a document, a node and a quoted relationship, edits, undoes and redoes it all, keeps it over a reload, exports a valid file and merges a second one', async () => {
    const { page, problems } = await openPage(h());
    const before = await nodeCount(page);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await bar(page).waitFor();
    expect(await bar(page).getByRole('status').textContent()).toBe('');

    // A document, pasted: the pinyin reading aid is cleaned, the traditional characters stay.
    await bar(page).getByRole('button', { name: 'Add document' }).click();
    const add = dialog(page, 'Add document');
    await add.getByRole('textbox', { name: 'Title in Chinese' }).fill('慕尼黑中心报道');
    await add.getByRole('textbox', { name: 'Title in English' }).fill('Munich centre report');
    await add.getByRole('textbox', { name: 'Text (paste it here)' }).fill(DOC);
    await add.getByRole('button', { name: 'Save' }).click();
    const reader = page.getByRole('region', { name: 'Article' });
    await expect.poll(() => reader.locator('[data-paragraph="1"]').textContent()).toContain(QUOTE);
    expect(await reader.getByRole('combobox', { name: 'Document shown' }).inputValue()).toBe('munich-centre-report');
    await expect.poll(() => bar(page).getByRole('status').textContent()).toContain('Unsaved to file');

    // A node.
    await bar(page).getByRole('button', { name: 'Add node' }).click();
    const nodeForm = dialog(page, 'Add node');
    await nodeForm.getByRole('textbox', { name: 'Chinese name' }).fill('中关村慕尼黑创新中心');
    await nodeForm.getByRole('textbox', { name: 'English name' }).fill('ZGC Munich Innovation Centre');
    await nodeForm.getByLabel('Type').selectOption('organisation');
    await nodeForm.getByLabel('Country').selectOption('DE');
    await nodeForm.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => has(page, 'zgc-munich-innovation-centre')).toBe(1);
    await expect.poll(() => heading(page).textContent()).toBe('ZGC Munich Innovation Centre');
    await expect.poll(() => details(page).textContent()).toContain('Saved without evidence');
    // The view glides to the new node: let it arrive before clicking elsewhere.
    await page.waitForTimeout(600);
    await page.waitForFunction(() => !window.cy!.animated());

    // A relationship from ZGC Development Group, with the sentence selected in the reader as its evidence.
    await clickNode(page, 'zgc-development-group');
    await expect.poll(() => heading(page).textContent()).toBe('Zhongguancun Development Group');
    await selectInReader(page, 1, QUOTE);
    await expect.poll(() => reader.getByRole('group', { name: 'Evidence' }).textContent()).toContain(QUOTE);
    await details(page).getByRole('button', { name: 'Connect to…' }).click();
    const connect = dialog(page, 'Connect to…');
    await connect.getByRole('combobox', { name: 'Other node' }).fill('Munich');
    await page.getByRole('option', { name: 'ZGC Munich Innovation Centre' }).click();
    await connect.getByLabel('Relationship type').selectOption('__new__');
    await connect.getByRole('textbox', { name: 'Label in Chinese', exact: true }).fill('设立');
    await connect.getByRole('textbox', { name: 'Label in English', exact: true }).fill('set up');
    await connect.getByRole('textbox', { name: 'Inverse label in Chinese' }).fill('由其设立');
    await connect.getByRole('textbox', { name: 'Inverse label in English' }).fill('set up by');
    await connect.getByRole('textbox', { name: 'Year' }).fill('2025');
    expect(await connect.getByRole('radio', { name: 'The text selected in the reader' }).isChecked()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/curate-connect.png` });
    await connect.getByRole('button', { name: 'Save' }).click();
    const edgeId = 'zgc-development-group-set-up-zgc-munich-innovation-centre';
    await expect.poll(() => has(page, edgeId)).toBe(1);
    await expect.poll(() => heading(page).textContent()).toContain('set up');
    const sources = details(page).getByRole('list').filter({ hasText: QUOTE });
    await expect.poll(() => sources.textContent()).toContain('Munich centre report · ¶1');

    // A node edited.
    await clickNode(page, 'zgc-munich-innovation-centre');
    await details(page).getByRole('button', { name: 'Edit node' }).click();
    const edit = dialog(page, 'Edit node');
    await edit.getByRole('textbox', { name: 'English name' }).fill('ZGC Munich Centre');
    await edit.getByRole('textbox', { name: 'Aliases, one per line' }).fill('Munich centre');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('ZGC Munich Centre');
    await page.screenshot({ path: `${SHOTS}/curate-edited.png` });

    // An edit that would break the graph is refused with the reason, and nothing changes.
    await details(page).getByRole('button', { name: 'Edit node' }).click();
    await dialog(page, 'Edit node').getByRole('textbox', { name: 'Description in Chinese' }).fill('只有中文');
    await dialog(page, 'Edit node').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog(page, 'Edit node').getByRole('alert').textContent()).toContain('description.en');
    await dialog(page, 'Edit node').getByRole('button', { name: 'Cancel' }).click();

    // A drag is a step too.
    const moved = await page.evaluate(() => {
      const n = window.cy!.getElementById('zgc-munich-innovation-centre');
      const p = { ...n.position() };
      n.emit('grab');
      n.position({ x: p.x + 120, y: p.y + 40 });
      n.emit('dragfree');
      return p;
    });

    // Undo everything, step by step (the drag, the edit, the relationship, the node, the document)…
    await page.locator('body').click({ position: { x: 5, y: 400 } }).catch(() => undefined);
    const history = bar(page).getByRole('button', { name: /^History/ });
    await expect.poll(() => history.textContent()).toContain('(5)');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => window.cy!.getElementById('zgc-munich-innovation-centre').position())).toEqual(moved);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => window.cy!.getElementById('zgc-munich-innovation-centre').data('name').en)).toBe('ZGC Munich Innovation Centre');
    await page.keyboard.press('Control+z');
    await expect.poll(() => has(page, edgeId)).toBe(0);
    await bar(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => has(page, 'zgc-munich-innovation-centre')).toBe(0);
    await bar(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => reader.getByRole('combobox', { name: 'Document shown' }).count()).toBe(0);
    expect(await nodeCount(page)).toBe(before);
    expect(await bar(page).getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    // …and redo it all: once with the keys, then the rest from the history list.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => reader.getByRole('combobox', { name: 'Document shown' }).count()).toBe(1);
    await history.click();
    await page.waitForTimeout(300);
    await page.getByRole('menu', { name: /^History/ }).getByRole('menuitem', { name: /Moved/ }).click();
    await expect.poll(() => has(page, edgeId)).toBe(1);
    await expect.poll(() => page.evaluate(() => window.cy!.getElementById('zgc-munich-innovation-centre').data('name').en)).toBe('ZGC Munich Centre');
    expect(await bar(page).getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);

    // A reload loses nothing.
    await page.waitForTimeout(800); // the save follows the last edit by half a second
    await page.reload();
    await waitReady(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Your edited graph was restored' }).count()).toBe(1);
    expect(await has(page, 'zgc-munich-innovation-centre')).toBe(1);
    expect(await has(page, edgeId)).toBe(1);
    await clickNode(page, 'zgc-munich-innovation-centre');
    await expect.poll(() => heading(page).textContent()).toBe('ZGC Munich Centre');

    // Export JSON: the curated graph with its document; validate-data passes on it.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await bar(page).waitFor();
    await expect.poll(() => bar(page).getByRole('status').textContent()).toContain('Unsaved to file');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { documents?: { id: string; paragraphs: string[] }[]; nodes: unknown[]; edges: { id: string; sources: { document?: string }[] }[] };
    expect(exported.documents?.map((d) => d.id)).toEqual(['munich-centre-report']);
    expect(exported.edges.find((e) => e.id === edgeId)?.sources).toEqual([{ quote: QUOTE, paragraph: 1, document: 'munich-centre-report' }]);
    const out = execFileSync('npx', ['tsx', 'scripts/validate-data.ts', file], { encoding: 'utf8' });
    expect(out).toContain(`valid: ${before + 1} nodes`);
    await expect.poll(() => bar(page).getByRole('status').textContent()).toContain('Saved to file');
    // …and opens again as it was: the same elements, the document and its quote, the article.
    const reopened = await openPage(h());
    await reopened.page.getByLabel('Open graph file').setInputFiles(file);
    await expect.poll(() => nodeCount(reopened.page), { timeout: 15_000 }).toBe(before + 1);
    await waitReady(reopened.page);
    expect(await has(reopened.page, edgeId)).toBe(1);
    await tap(reopened.page, edgeId);
    await expect.poll(() => details(reopened.page).getByRole('list').filter({ hasText: QUOTE }).textContent()).toContain('Munich centre report · ¶1');
    await reopened.page.getByRole('button', { name: 'Article', exact: true }).click();
    await expect.poll(() => reopened.page.getByRole('combobox', { name: 'Document shown' }).locator('option').allTextContents()).toEqual([expect.stringContaining('Zhongguancun'), 'Munich centre report']);
    await reopened.page.context().close();

    // Merge a second file through the review: one match by name with another country, one new node.
    const dir = mkdtempSync(join(tmpdir(), 'zgc-merge-'));
    const second = JSON.parse(readFileSync('graph-data/graph.json', 'utf8')) as { vocabularies: { countries: unknown[] }; nodes: { id: string; name: { zh: string; en: string }; country?: string; aliases: string[]; sources: unknown[]; type: string; sectors: string[] }[]; edges: unknown[] };
    second.vocabularies.countries.push({ code: 'FR', label: { zh: '法国', en: 'France' } });
    const heidelberg = second.nodes.find((n) => n.id === 'heidelberg')!;
    second.nodes = [
      { ...heidelberg, id: 'hd', country: 'FR', aliases: ['Heidelberg am Neckar'] },
      { id: 'stuttgart', type: 'place', name: { zh: '斯图加特', en: 'Stuttgart' }, aliases: [], sectors: [], country: 'DE', sources: [] },
    ];
    second.edges = [];
    const secondFile = join(dir, 'second.json');
    writeFileSync(secondFile, JSON.stringify({ ...second, nodes: second.nodes.map((n) => ({ ...n, isolatedReason: 'test' })) }));
    await bar(page).getByLabel('Choose a graph file to add to this one').setInputFiles(secondFile);
    const review = dialog(page, 'Adding second.json');
    await review.waitFor();
    await expect.poll(() => review.getByRole('region', { name: /^Conflicts/ }).textContent()).toContain('country here DE, in the file FR');
    await expect.poll(() => review.getByRole('region', { name: /^Matches/ }).textContent()).toContain('(by name)');
    await expect.poll(() => review.getByRole('region', { name: /^New/ }).textContent()).toContain('Stuttgart');
    await page.screenshot({ path: `${SHOTS}/curate-merge.png` });
    await review.getByRole('button', { name: 'Add to this graph' }).click();
    await expect.poll(() => has(page, 'stuttgart')).toBe(1);
    expect(await nodeCount(page)).toBe(before + 2);
    expect(await page.evaluate(() => window.cy!.getElementById('heidelberg').data('country'))).toBe('DE');
    expect(await page.evaluate(() => window.cy!.getElementById('heidelberg').data('aliases'))).toContain('Heidelberg am Neckar');

    // A relationship drawn by dragging from one node to another: the dialog asks what it is.
    await bar(page).getByRole('button', { name: 'Draw relationships' }).click();
    const ends = await page.evaluate(() => {
      const cy = window.cy!;
      const a = cy.getElementById('stuttgart');
      const b = cy.getElementById('heidelberg');
      cy.fit(a.union(b), 120);
      const box = cy.container()!.getBoundingClientRect();
      return [a, b].map((n) => ({ x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y }));
    });
    await page.mouse.move(ends[0]!.x, ends[0]!.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(ends[0]!.x + ((ends[1]!.x - ends[0]!.x) * i) / 10, ends[0]!.y + ((ends[1]!.y - ends[0]!.y) * i) / 10);
    await page.waitForTimeout(200);
    await page.mouse.up();
    const drawn = dialog(page, 'Connect to…');
    await expect.poll(() => drawn.getByRole('combobox', { name: 'Other node' }).inputValue()).toBe('Heidelberg');
    await drawn.getByLabel('Relationship type').selectOption('partner-of');
    await drawn.getByRole('radio', { name: 'Inferred, with a note saying why' }).click({ force: true });
    await drawn.getByRole('textbox', { name: 'Why, in Chinese' }).fill('两座城市同属巴登-符腾堡州');
    await drawn.getByRole('textbox', { name: 'Why, in English' }).fill('Both cities are in Baden-Württemberg');
    await drawn.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.edges('[source = "stuttgart"][target = "heidelberg"]').length)).toBe(1);
    expect(await page.evaluate(() => window.cy!.edges('.drawn').length)).toBe(0);
    expect(problems.errors).toEqual([]);
  });
});
