import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../src/features/Legend/Legend';
import { NodeList } from '../../src/features/NodeList/NodeList';
import { SearchBox } from '../../src/features/Search/SearchBox';
import { searchPorts } from '../../src/features/Search/searchClient';
import { bundledGraph } from '../fixtures';
import { LanguageSwitch } from '../../src/features/Toolbar/LanguageSwitch';
import { renderWithStore } from './render';

describe('Legend', () => {
  it('starts folded on a small screen, and lists the node types from the vocabulary, in the UI language', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Legend />); // jsdom's window is 1024 × 768: a small screen
    const legend = screen.getByRole('region', { name: 'Legend' });
    const toggle = within(legend).getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(within(legend).getAllByRole('listitem')).toHaveLength(11 + 2);
    expect(legend).toHaveTextContent('Government body');
    act(() => store.getState().setLang('zh'));
    expect(screen.getByRole('region', { name: '图例' })).toHaveTextContent('政府机构');
  });
});

describe('NodeList', () => {
  it('lists the visible nodes and selects one', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<NodeList />);
    const list = screen.getByRole('listbox', { name: 'Visible nodes' });
    expect(within(list).getAllByRole('option')).toHaveLength(91);
    act(() => store.getState().setFilterValue('countries', 'DK', true));
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Denmark', 'Novo Nordisk']);
    await user.click(within(list).getByRole('option', { name: 'Novo Nordisk' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'novo-nordisk' });
  });
});

describe('SearchBox', () => {
  it('finds pinyin, lists both names and the type, highlights the first result, and Enter selects it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />);
    await waitFor(() => expect(store.getState().searchReady).toBe(true));
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'nuohenuode');
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent('Novo Nordisk');
    expect(options[0]).toHaveTextContent('诺和诺德');
    expect(options[0]).toHaveTextContent('Organisation');
    await waitFor(() => expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id));
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'novo-nordisk' });
  });

  it('Enter pressed before the index is ready takes the first result when it comes', async () => {
    // The worker is held until the person has pressed Enter (as just after opening a large graph).
    const open = searchPorts.open;
    let held: (() => void)[] | null = [];
    searchPorts.open = () => {
      const port = open();
      const post = port.postMessage.bind(port);
      port.postMessage = (m) => (held ? held.push(() => post(m)) : post(m));
      return port;
    };
    try {
      const user = userEvent.setup();
      // A graph of its own, so that the page's shared index is made anew (through the held worker).
      const { store } = renderWithStore(<SearchBox />, 'en', { ...bundledGraph, nodes: [...bundledGraph.nodes] });
      const box = screen.getByRole('combobox', { name: 'Search' });
      await user.type(box, 'nuohenuode');
      await user.keyboard('{Enter}');
      expect(store.getState().searchReady).toBe(false);
      expect(store.getState().selection).toBeNull();
      const waiting = held;
      held = null;
      waiting.forEach((send) => send());
      await waitFor(() => expect(store.getState().selection).toEqual({ kind: 'node', id: 'novo-nordisk' }));
      expect(box).toHaveValue('Novo Nordisk');
    } finally {
      searchPorts.open = open;
    }
  });

  it('moves the highlight with the arrow keys, and Enter takes the highlighted result', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />);
    await waitFor(() => expect(store.getState().searchReady).toBe(true));
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'zhongguancun');
    const options = await screen.findAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    await waitFor(() => expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id));
    await user.keyboard('{ArrowDown}');
    const second = screen.getAllByRole('option')[1]!;
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: second.getAttribute('data-key') });
  });

  it('a node added to the graph (an edit, an expand) is found once the index is made again; the last index answers meanwhile', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, 'en', { ...bundledGraph, nodes: [...bundledGraph.nodes] });
    await waitFor(() => expect(store.getState().searchReady).toBe(true));
    const grown = { ...store.getState().graph, nodes: [...store.getState().graph.nodes, { ...bundledGraph.nodes[0]!, id: 'added-node', name: { zh: '新加节点', en: 'Quokka Observatory' }, aliases: [] }] };
    act(() => store.getState().replaceGraph(grown));
    const box = screen.getByRole('combobox', { name: 'Search' });
    // The earlier index still answers for what it knows.
    await user.type(box, 'nuohenuode');
    expect((await screen.findAllByRole('option'))[0]).toHaveTextContent('Novo Nordisk');
    await user.clear(box);
    await user.type(box, 'Quokka');
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent('Quokka Observatory'));
  });

  it('finds traditional Chinese and says when nothing matches', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, 'zh');
    await waitFor(() => expect(store.getState().searchReady).toBe(true));
    const box = screen.getByRole('combobox', { name: '搜索' });
    await user.type(box, '愛思唯爾');
    expect((await screen.findAllByRole('option'))[0]).toHaveTextContent('爱思唯尔');
    await user.clear(box);
    await user.type(box, 'zzqqxx');
    expect(await screen.findByText('没有匹配项')).toBeInTheDocument();
  });
});

describe('LanguageSwitch', () => {
  it('switches between Chinese, English and both', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<LanguageSwitch />, 'zh');
    const group = screen.getByRole('radiogroup', { name: '语言' });
    await user.click(within(group).getByRole('radio', { name: 'English' }));
    expect(store.getState().lang).toBe('en');
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '中文 + English' }));
    expect(store.getState().lang).toBe('both');
  });
});
