import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/features/Details/DetailsPanel';
import { renderWithStore } from './render';

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
});
