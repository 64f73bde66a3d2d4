import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FiltersPanel } from '../../src/features/Filters/FiltersPanel';
import { renderWithStore } from './render';

describe('FiltersPanel', () => {
  it('offers Country, Type and Sector groups with a checkbox per value and counts', () => {
    renderWithStore(<FiltersPanel />);
    const country = screen.getByRole('group', { name: 'Country' });
    expect(within(country).getByRole('checkbox', { name: 'Denmark' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Type' })).getByRole('checkbox', { name: 'Person' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Sector' })).getByRole('checkbox', { name: 'Biopharma' })).toBeInTheDocument();
    expect(within(country).getByRole('checkbox', { name: 'Denmark' })).toHaveAccessibleDescription('2');
  });

  it('narrows the graph, updates the other groups\' counts, and clears', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Denmark' }));
    expect(store.getState().filters.countries).toEqual(['DK']);
    expect(screen.getByText('2 of 91 nodes shown')).toBeInTheDocument();
    // Only an organisation and a place are Danish: the other types now count 0 and are disabled.
    const person = within(screen.getByRole('group', { name: 'Type' })).getByRole('checkbox', { name: 'Person' });
    expect(person).toBeDisabled();
    expect(person).toHaveAccessibleDescription('0');
    await user.click(screen.getByRole('checkbox', { name: 'Organisation' }));
    expect(screen.getByText('1 of 91 nodes shown')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getState().filters.countries).toEqual([]);
    expect(screen.getByText('91 of 91 nodes shown')).toBeInTheDocument();
  });

  it('keeps neighbours when asked', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Denmark' }));
    await user.click(screen.getByRole('checkbox', { name: 'Keep their neighbours' }));
    expect(store.getState().filters.keepNeighbours).toBe(true);
    expect(screen.getByText(/^\d+ of 91 nodes shown$/).textContent).not.toBe('2 of 91 nodes shown');
  });

  it('speaks Chinese when the language is Chinese', () => {
    const { store } = renderWithStore(<FiltersPanel />, 'zh');
    expect(screen.getByRole('group', { name: '国家' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '丹麦' })).toBeInTheDocument();
    act(() => store.getState().setLang('en'));
    expect(screen.getByRole('group', { name: 'Country' })).toBeInTheDocument();
  });
});
