import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/features/Details/DetailsPanel';
import { renderWithStore } from './render';
import { bundledGraph } from '../fixtures';

describe('DetailsPanel', () => {
  it('invites a selection when nothing is selected', () => {
    renderWithStore(<DetailsPanel />);
    expect(screen.getByRole('complementary', { name: 'Details' })).toHaveTextContent(/Select a node/);
  });

  it('shows a node: names, type, country, sectors, figures, relationships and sources', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().select({ kind: 'node', id: 'novo-nordisk' }));
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Novo Nordisk');
    expect(panel).toHaveTextContent('诺和诺德');
    expect(panel).toHaveTextContent('Denmark');
    expect(panel).toHaveTextContent('Biopharma');
    expect(within(panel).getByRole('row', { name: /Founded/ })).toHaveTextContent('1923');
    expect(within(panel).getByRole('heading', { name: /founded \(1\)/ })).toBeInTheDocument();
    // The R&D centre is both founded by and part of Novo Nordisk: it appears under each relation.
    expect(within(panel).getAllByRole('button', { name: 'Novo Nordisk Research Centre China' })).toHaveLength(2);
    expect(panel.querySelector('blockquote')?.textContent).toContain('諾和諾德');
  });

  it('a related node is a button that selects it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().select({ kind: 'node', id: 'elsevier' }));
    await user.click(screen.getByRole('button', { name: 'RELX' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'relx' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('RELX');
  });

  it('shows an edge: relation, ends, year and quotes, and marks inferred facts', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().select({ kind: 'edge', id: 'relx--partner-of--beijing-science-commission' }));
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('RELX → partner of → Beijing Municipal Science and Technology Commission');
    expect(panel).toHaveTextContent('2018');
    expect(panel.querySelector('blockquote')?.textContent).toContain('戰略合作關系');
    act(() => store.getState().select({ kind: 'edge', id: 'the-lancet--published-by--elsevier' }));
    expect(panel).toHaveTextContent('inferred (not stated in the article)');
  });

  it("lists a hub's first 50 neighbours per relationship, and all of them on asking", async () => {
    const user = userEvent.setup();
    // Novo Nordisk as a hub: 120 more partners, each a copy of an existing node and edge.
    const node = bundledGraph.nodes.find((n) => n.id === 'relx')!;
    const edge = bundledGraph.edges.find((e) => e.id === 'relx--partner-of--beijing-science-commission')!;
    const partners = Array.from({ length: 120 }, (_, i) => ({ ...node, id: `partner-${i}`, name: { zh: `伙伴 ${i}`, en: `Partner ${i}` } }));
    const graph = {
      ...bundledGraph,
      nodes: [...bundledGraph.nodes, ...partners],
      edges: [...bundledGraph.edges, ...partners.map((p) => ({ ...edge, id: `${p.id}--partner-of--novo`, source: p.id, target: 'novo-nordisk' }))],
    };
    const { store } = renderWithStore(<DetailsPanel />, 'en', graph);
    act(() => store.getState().select({ kind: 'node', id: 'novo-nordisk' }));
    const panel = screen.getByRole('complementary', { name: 'Details' });
    const partnersGroup = () => within(panel).getByRole('heading', { name: /partner of \(120\)/ }).closest('div')!;
    expect(within(partnersGroup()).getAllByRole('button', { name: /^Partner \d+$/ })).toHaveLength(50);
    await user.click(within(partnersGroup()).getByRole('button', { name: 'Show all 120' }));
    expect(within(partnersGroup()).getAllByRole('button', { name: /^Partner \d+$/ })).toHaveLength(120);
    expect(within(partnersGroup()).queryByRole('button', { name: /Show all/ })).toBeNull();
    // Another node, then back: its list starts short again.
    act(() => store.getState().select({ kind: 'node', id: 'relx' }));
    act(() => store.getState().select({ kind: 'node', id: 'novo-nordisk' }));
    expect(within(partnersGroup()).getAllByRole('button', { name: /^Partner \d+$/ })).toHaveLength(50);
  });
});
