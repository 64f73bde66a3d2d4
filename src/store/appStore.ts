import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { EMPTY_FILTERS, toggleValue, type Facet, type Filters } from '../domain/filters';
import { indexGraph, type GraphIndex } from '../domain/graph';
import type { SearchIndex } from '../domain/search';
import type { Lang, Selection, Viewport } from '../domain/urlState';
import type { Graph } from '../io/schema';
import type { Theme } from '../io/settings';
import type { MessageKey } from '../i18n/messages';

export interface GraphSlice {
  graph: Graph;
  index: GraphIndex;
}

export interface FilterSlice {
  filters: Filters;
  setFilterValue(facet: Facet, value: string, checked: boolean): void;
  setKeepNeighbours(keep: boolean): void;
  setFilters(filters: Filters): void;
  clearFilters(): void;
}

export interface SelectionSlice {
  selection: Selection;
  select(selection: Selection): void;
}

export interface ViewSlice {
  lang: Lang;
  theme: Theme;
  query: string;
  viewport: Viewport | null;
  /** True while the graph is loading or being laid out. */
  busy: boolean;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setQuery(query: string): void;
  setViewport(viewport: Viewport | null): void;
  setBusy(busy: boolean): void;
}

export interface Notice {
  id: number;
  key: MessageKey;
  params?: Record<string, string | number>;
  tone: 'info' | 'warning' | 'error';
}

export interface UiSlice {
  notices: Notice[];
  pushNotice(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
  searchIndex: SearchIndex | null;
  setSearchIndex(index: SearchIndex): void;
}

export type AppState = GraphSlice & FilterSlice & SelectionSlice & ViewSlice & UiSlice;
export type AppStore = StoreApi<AppState>;

const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilterValue: (facet, value, checked) => set((s) => ({ filters: toggleValue(s.filters, facet, value, checked) })),
  setKeepNeighbours: (keep) => set((s) => ({ filters: { ...s.filters, keepNeighbours: keep } })),
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set((s) => ({ filters: { ...EMPTY_FILTERS, keepNeighbours: s.filters.keepNeighbours } })),
});

const sameSelection = (a: Selection, b: Selection) => a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  select: (selection) => {
    if (sameSelection(get().selection, selection)) return;
    const { index } = get();
    if (selection && !(selection.kind === 'node' ? index.nodeById : index.edgeById).has(selection.id)) return;
    set({ selection });
  },
});

const createViewSlice =
  (initial: { lang: Lang; theme: Theme }): StateCreator<AppState, [], [], ViewSlice> =>
  (set) => ({
    lang: initial.lang,
    theme: initial.theme,
    query: '',
    viewport: null,
    busy: true,
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    setQuery: (query) => set({ query }),
    setViewport: (viewport) => set({ viewport }),
    setBusy: (busy) => set({ busy }),
  });

let noticeSeq = 0;
const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  notices: [],
  pushNotice: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: ++noticeSeq }].slice(-8) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  searchIndex: null,
  setSearchIndex: (searchIndex) => set({ searchIndex }),
});

/** A fresh store per app (and per test). */
export function createAppStore(graph: Graph, initial: { lang: Lang; theme: Theme } = { lang: 'zh', theme: 'light' }): AppStore {
  return createStore<AppState>()((...a) => ({
    graph,
    index: indexGraph(graph),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(initial)(...a),
    ...createUiSlice(...a),
  }));
}
