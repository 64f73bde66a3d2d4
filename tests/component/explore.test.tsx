import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/features/Details/DetailsPanel';
import { ExploreBanners, GraphControls } from '../../src/features/Explore/GraphControls';
import { bundledGraph } from '../fixtures';
import { renderWithStore } from './render';

describe('GraphControls', () => {
  it('chooses a layout, a node size, and resets', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphControls />);
    await user.click(within(screen.getByRole('radiogroup', { name: 'Layout' })).getByRole('radio', { name: 'Map' }));
    expect(store.getState().layout).toBe('map');
    await user.click(screen.getByRole('radio', { name: 'Betweenness' }));
    expect(store.getState().sizeBy).toBe('betweenness');
    await user.click(screen.getByRole('button', { name: 'Reset layout' }));
    expect(store.getState().layoutRun).toBe(1);
  });

  it('moves through the years the graph mentions with the keyboard, and reads a year without a separator', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphControls />, 'zh');
    const slider = screen.getByRole('slider', { name: '年份' });
    expect(slider).toHaveValue('2022');
    act(() => slider.focus());
    await user.keyboard('{Home}');
    expect(store.getState().year).toBe(1923);
    expect(slider).toHaveAttribute('aria-valuetext', '1923');
    // A century without events is one step: from 1923 to the next year the graph mentions.
    await user.keyboard('{ArrowRight}');
    expect(store.getState().year).toBe(1997);
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().year).toBe(1923);
    // Undated items: dimmed by default while the timeline is on, hidden on request.
    expect(screen.getByRole('radio', { name: '淡化' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '隐藏' }));
    expect(store.getState().undated).toBe('hide');
    act(() => slider.focus());
    await user.keyboard('{End}');
    expect(store.getState().year).toBeNull(); // the last year means no restriction
  });
});

describe('focus and path from the details panel', () => {
  it('focuses on the selected node with the chosen hops, and shows all again', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <ExploreBanners />
        <DetailsPanel />
      </>,
    );
    act(() => store.getState().select({ kind: 'node', id: 'relx' }));
    await user.click(screen.getByRole('radio', { name: '2' }));
    await user.click(screen.getByRole('button', { name: 'Focus' }));
    expect(store.getState().focus).toEqual({ id: 'relx', k: 2, expanded: [] });
    expect(screen.getByText(/Showing 2-hop neighbourhood of RELX/)).toBeInTheDocument();
    act(() => store.getState().select({ kind: 'node', id: 'elsevier' }));
    await user.click(screen.getByRole('button', { name: 'Expand' }));
    expect(store.getState().focus?.expanded).toEqual(['elsevier']);
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().focus).toBeNull();
  });

  it('picks a path from here to the next node chosen, and lists it with quotes', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <ExploreBanners />
        <DetailsPanel />
      </>,
    );
    act(() => store.getState().select({ kind: 'node', id: 'the-lancet' }));
    await user.click(screen.getByRole('button', { name: 'Path from here' }));
    expect(screen.getByRole('status')).toHaveTextContent('Path from The Lancet');
    act(() => store.getState().select({ kind: 'node', id: 'cell-press' }));
    expect(store.getState().path).toEqual({ from: 'the-lancet', to: 'cell-press' });
    const panel = screen.getByRole('region', { name: 'Path' });
    expect(panel).toHaveTextContent('1 shortest path(s), 2 step(s)');
    expect(panel).toHaveTextContent(/The Lancet → published by → Elsevier → includes → Cell Press/);
    expect(within(panel).getAllByRole('blockquote')).toHaveLength(2);
    await user.click(within(panel).getByRole('button', { name: 'Clear path' }));
    expect(store.getState().path).toBeNull();
  });

  it('says when there is no path', () => {
    const lonely = (id: string) => ({ id, type: 'topic', name: { zh: `节点${id}`, en: `Node ${id}` }, aliases: [], sectors: [], sources: [], isolatedReason: 'test' });
    const graph = { ...bundledGraph, nodes: [lonely('a'), lonely('b')], edges: [] };
    const { store } = renderWithStore(<DetailsPanel />, 'zh', graph);
    act(() => store.getState().setPath({ from: 'a', to: 'b' }));
    expect(screen.getByRole('region', { name: '路径' })).toHaveTextContent('本图谱中 节点a 与 节点b 之间没有路径。');
  });
});
