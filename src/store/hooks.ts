import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { computeVisibility, type Filters, type Visibility } from '../domain/filters';
import type { GraphIndex } from '../domain/graph';
import { translate, uiLangOf, type MessageKey } from '../i18n/messages';
import type { AppState, AppStore } from './appStore';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreContext.Provider>');
  return store;
}

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

// Visibility is derived from (index, filters); one cached value per pair, recomputed only when
// either changes, so every consumer shares the same Set objects.
const visibilityCache = new WeakMap<GraphIndex, WeakMap<Filters, Visibility>>();
export function selectVisibility(s: Pick<AppState, 'index' | 'filters'>): Visibility {
  let byFilters = visibilityCache.get(s.index);
  if (!byFilters) visibilityCache.set(s.index, (byFilters = new WeakMap()));
  let v = byFilters.get(s.filters);
  if (!v) byFilters.set(s.filters, (v = computeVisibility(s.index, s.filters)));
  return v;
}

export function useVisibility(): Visibility {
  return useAppStore(selectVisibility);
}

/** The translate function for the current UI language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const ui = useAppStore((s) => uiLangOf(s.lang));
  return (key, params) => translate(ui, key, params);
}
