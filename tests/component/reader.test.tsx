import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/features/Details/DetailsPanel';
import { FiltersPanel } from '../../src/features/Filters/FiltersPanel';
import { ReaderPanel } from '../../src/features/Reader/ReaderPanel';
import { articleParagraphs, cleanArticle } from '../../src/domain/article';
import { buildReaderModel, supportsOf } from '../../src/domain/reader';
import { bundledGraph, rawArticle } from '../fixtures';
import { renderWithStore } from './render';

const model = buildReaderModel(articleParagraphs(cleanArticle(rawArticle)), bundledGraph);
const marks = (region: HTMLElement) => [...region.querySelectorAll('mark')] as HTMLElement[];

describe('ReaderPanel', () => {
  it('highlights every quote of graph-data in the article', () => {
    renderWithStore(<ReaderPanel onClose={() => {}} />);
    const region = screen.getByRole('region', { name: 'Article' });
    const inDom = new Set(marks(region).flatMap((m) => m.dataset.keys!.split(' ')));
    const sources = [
      ...bundledGraph.nodes.flatMap((n) => [...n.sources, ...(n.facts ?? []).flatMap((f) => f.sources)]),
      ...bundledGraph.edges.flatMap((e) => e.sources),
    ];
    const unique = new Set(sources.map((s) => `${s.paragraph}|${s.quote}`));
    expect(inDom.size).toBe(unique.size);
    // Each source's text is what its marks hold, in its paragraph.
    for (const s of sources.slice(0, 60)) {
      const p = region.querySelector(`[data-paragraph="${s.paragraph}"]`)!;
      expect(p.textContent).toContain(s.quote);
    }
    const cited = new Set(sources.map((s) => s.paragraph)).size;
    expect(cited).toBeGreaterThanOrEqual(19);
    expect(within(region).getByText(`The graph cites ${cited} of 29 paragraphs.`)).toBeInTheDocument();
  });

  it('marks the quotes of the selection as current', () => {
    const { store } = renderWithStore(<ReaderPanel onClose={() => {}} />);
    const region = screen.getByRole('region', { name: 'Article' });
    expect(region.querySelectorAll('mark[aria-current="true"]')).toHaveLength(0);
    act(() => store.getState().select({ kind: 'node', id: 'the-lancet' }));
    const current = [...region.querySelectorAll('mark[aria-current="true"]')];
    expect(current.length).toBeGreaterThan(0);
    expect(current.map((m) => m.textContent).join('')).toContain('柳葉刀');
    expect(current.every((m) => m.closest('[data-paragraph="21"]'))).toBe(true);
  });

  it('selects what a quote supports; several things open a menu', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ReaderPanel onClose={() => {}} />);
    const region = screen.getByRole('region', { name: 'Article' });
    // A piece of text that supports exactly one thing: the first such segment of the model.
    const seg = model.paragraphs.flatMap((p) => p.segments).find((x) => x.keys.length && supportsOf(model, x.keys).length === 1)!;
    const [only] = supportsOf(model, seg.keys);
    await user.click(marks(region).find((m) => m.dataset.keys === seg.keys.join(' '))!);
    expect(store.getState().selection).toEqual(only);
    const shared = marks(region).find((m) => m.textContent?.includes('德國海德堡'));
    await user.click(shared!);
    const menu = await screen.findByRole('menu', { name: 'What this sentence supports' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.length).toBeGreaterThan(1);
    await user.click(within(menu).getByRole('menuitem', { name: 'Heidelberg' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'heidelberg' });
  });

  it('works by keyboard: Enter on a focused quote selects', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ReaderPanel onClose={() => {}} />);
    const seg = model.paragraphs.flatMap((p) => p.segments).filter((x) => x.keys.length && supportsOf(model, x.keys).length === 1)[5]!;
    const single = marks(screen.getByRole('region', { name: 'Article' })).find((m) => m.dataset.keys === seg.keys.join(' '))!;
    act(() => single.focus());
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual(supportsOf(model, seg.keys)[0]);
  });

  it('switches to simplified characters', async () => {
    const user = userEvent.setup();
    renderWithStore(<ReaderPanel onClose={() => {}} />, 'zh');
    const region = screen.getByRole('region', { name: '原文' });
    expect(region.textContent).toContain('中關村發展集團');
    await user.click(within(region).getByRole('switch', { name: '简体字' }));
    await waitFor(() => expect(region.textContent).toContain('中关村发展集团'));
    expect(marks(region).length).toBeGreaterThan(100);
  });
});

describe('evidence in the details panel', () => {
  it('each quote links to the reader at its paragraph', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().select({ kind: 'node', id: 'relx' }));
    await user.click(screen.getByRole('button', { name: 'Open the article at paragraph 21' }));
    expect(store.getState().readerOpen).toBe(true);
    expect(store.getState().readerTarget?.paragraph).toBe(21);
  });

  it('a filter hides what the article does not state', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />);
    await user.click(screen.getByRole('checkbox', { name: /Hide inferred facts/ }));
    expect(store.getState().filters.hideInferred).toBe(true);
  });
});
