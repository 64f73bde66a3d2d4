import type { ArticleTranslation } from '../domain/article';
import { capabilities, defaultColourBy, type ColourBy } from '../domain/appearance';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { EMPTY_FILTERS, setRange, toggleAttrValue, toggleValue, type Facet, type Filters } from '../domain/filters';
import type { Focus } from '../domain/explore';
import { indexGraph, keepUnchangedParts, type GraphIndex } from '../domain/graph';
import type { Lang, Selection, Viewport } from '../domain/urlState';
import type { Graph, GraphView, Source } from '../io/schema';
import { EMPTY_HISTORY, record, type History, type Positions, type StepLabel } from '../domain/history';
import type { Theme } from '../io/settings';
import type { MessageKey } from '../i18n/messages';

export interface GraphSlice {
  graph: Graph;
  index: GraphIndex;
  /** The cleaned article's paragraphs, when the graph comes with its article. */
  articleParagraphs: readonly string[] | null;
  /** The article in English, sentence by sentence (graph-data/article.en.json), when there is one. */
  articleTranslation: ArticleTranslation | null;
  articleParagraphCount: number;
  /**
   * The graph grew or shrank (a SPARQL endpoint explored a neighbourhood at a time): the view
   * (filters, selection, layout) stays; the canvas adds what is new and takes out what went.
   */
  replaceGraph(graph: Graph): void;
  /** Named views, in their order (they travel with the graph: Export JSON writes them). */
  views: GraphView[];
  setViews(views: GraphView[]): void;
  /** Stepping through the views ("Present"): the one shown, or null. */
  presenting: number | null;
  setPresenting(index: number | null): void;
}

export interface FilterSlice {
  filters: Filters;
  setFilterValue(facet: Facet, value: string, checked: boolean): void;
  setAttrFilter(key: string, value: string, checked: boolean): void;
  setRangeFilter(key: string, range: readonly [number, number] | null): void;
  setKeepNeighbours(keep: boolean): void;
  setHideInferred(hide: boolean): void;
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
  /** Draw with Cytoscape's WebGL renderer (offered for large graphs on a hardware GPU only). */
  webgl: boolean;
  setWebgl(webgl: boolean): void;
  /** The search index is built (in a worker) and answers queries. */
  searchReady: boolean;
  setSearchReady(ready: boolean): void;
}

export const UNDATED_MODES = ['show', 'dim', 'hide'] as const;
export type Undated = (typeof UNDATED_MODES)[number];

export const LAYOUTS = ['force', 'concentric', 'type', 'country', 'group', 'map'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
/** 'file': the sizes the file gives (Gephi's viz:size, yEd's boxes), offered when it gives them. */
export const SIZE_MODES = ['degree', 'betweenness', 'pagerank', 'none', 'file'] as const;
/** A size mode, or a numeric attribute of the file (`attr:KEY`). */
export type SizeBy = (typeof SIZE_MODES)[number] | `attr:${string}`;

export interface PathQuery {
  from: string;
  /** null while the person is picking the other end. */
  to: string | null;
}

export interface ExploreSlice {
  focus: Focus | null;
  setFocus(focus: Focus | null): void;
  expand(id: string): void;
  path: PathQuery | null;
  startPath(from: string): void;
  setPath(path: PathQuery | null): void;
  layout: LayoutName;
  /** Bumped to run the current layout again ("reset layout"). */
  layoutRun: number;
  setLayout(layout: LayoutName): void;
  resetLayout(): void;
  year: number | null;
  setYear(year: number | null): void;
  /** On the timeline, items with no date: shown as usual, dimmed, or hidden. */
  undated: Undated;
  setUndated(undated: Undated): void;
  /** A progressive layout (large graphs): running, stopped by the person before it settled, or neither. */
  /** What colours the nodes (type, the file's colours, community, an attribute). */
  colourBy: ColourBy;
  setColourBy(colourBy: ColourBy): void;
  /** The attribute that labels the nodes instead of their names (another tool's file); null for names. */
  labelField: string | null;
  setLabelField(key: string | null): void;
  layoutProgress: 'running' | 'stopped' | null;
  /** Elements drawn so far while a large graph is drawn in slices; null once all are on the canvas. */
  drawProgress: { done: number; total: number } | null;
  setDrawProgress(progress: { done: number; total: number } | null): void;
  setLayoutProgress(progress: 'running' | 'stopped' | null): void;
  sizeBy: SizeBy;
  setSizeBy(sizeBy: SizeBy): void;
}

export interface ReaderSlice {
  readerOpen: boolean;
  /** The paragraph at the top of the reader, for the shared URL. */
  readerParagraph: number | null;
  /** A request to scroll the reader to a paragraph; `seq` makes a repeated request count. */
  readerTarget: { paragraph: number; seq: number } | null;
  readingMode: boolean;
  simplified: boolean;
  openReader(paragraph?: number): void;
  closeReader(): void;
  setReaderParagraph(paragraph: number | null): void;
  setReadingMode(on: boolean): void;
  setSimplified(on: boolean): void;
}

export interface CurateSlice {
  /** Edit mode (编辑): the details panel and the reader offer edits; viewing is the default. */
  editMode: boolean;
  setEditMode(on: boolean): void;
  /** Every edit, drag and layout run, for undo and redo. */
  history: History;
  setHistory(history: History): void;
  /** Edits not yet written to a file (true), written by Export JSON (false), or none made (null). */
  unsaved: boolean | null;
  setUnsaved(unsaved: boolean | null): void;
  /** A checked edit: the graph changes and the step goes on the history. */
  commitGraph(label: StepLabel, next: Graph): void;
  /** Nodes moved (a drag, a layout run): a step on the history. */
  recordMove(label: StepLabel, before: Positions, after: Positions): void;
  /** Text selected in the reader, ready to be used as evidence. */
  evidence: Source | null;
  setEvidence(evidence: Source | null): void;
  /** The document the reader shows (null: the article, or the first document). */
  readerDocument: string | null;
  setReaderDocument(id: string | null): void;
  /** Dragging from a node to another draws a relationship (edit mode). */
  drawLinks: boolean;
  setDrawLinks(on: boolean): void;
  /** A relationship drawn on the canvas, waiting for the person to say what it is. */
  connectRequest: { from: string; to: string } | null;
  setConnectRequest(request: { from: string; to: string } | null): void;
}

export type AppState = GraphSlice & FilterSlice & SelectionSlice & ViewSlice & UiSlice & ExploreSlice & ReaderSlice & CurateSlice;
export type AppStore = StoreApi<AppState>;

const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilterValue: (facet, value, checked) => set((s) => ({ filters: toggleValue(s.filters, facet, value, checked) })),
  setAttrFilter: (key, value, checked) => set((s) => ({ filters: toggleAttrValue(s.filters, key, value, checked) })),
  setRangeFilter: (key, range) => set((s) => ({ filters: setRange(s.filters, key, range) })),
  setKeepNeighbours: (keep) => set((s) => ({ filters: { ...s.filters, keepNeighbours: keep } })),
  setHideInferred: (hide) => set((s) => ({ filters: { ...s.filters, hideInferred: hide } })),
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set((s) => ({ filters: { ...EMPTY_FILTERS, keepNeighbours: s.filters.keepNeighbours, hideInferred: s.filters.hideInferred } })),
});

const sameSelection = (a: Selection, b: Selection) => a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  select: (selection) => {
    if (sameSelection(get().selection, selection)) return;
    const { index } = get();
    if (selection && !(selection.kind === 'node' ? index.nodeById : index.edgeById).has(selection.id)) return;
    const { path } = get();
    // While picking the other end of a path, the next node chosen (canvas, list or search) is it.
    if (path && path.to === null && selection?.kind === 'node' && selection.id !== path.from) {
      set({ selection, path: { from: path.from, to: selection.id } });
      return;
    }
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
  webgl: false,
  setWebgl: (webgl) => set({ webgl }),
  searchReady: false,
  setSearchReady: (searchReady) => set({ searchReady }),
});

const createExploreSlice: StateCreator<AppState, [], [], ExploreSlice> = (set, get) => ({
  focus: null,
  setFocus: (focus) => set({ focus }),
  expand: (id) => {
    const { focus } = get();
    if (focus && !focus.expanded.includes(id)) set({ focus: { ...focus, expanded: [...focus.expanded, id] } });
  },
  path: null,
  startPath: (from) => set({ path: { from, to: null } }),
  setPath: (path) => set({ path }),
  layout: 'force',
  layoutRun: 0,
  setLayout: (layout) => set({ layout }),
  resetLayout: () => set((s) => ({ layoutRun: s.layoutRun + 1 })),
  year: null,
  setYear: (year) => set({ year }),
  undated: 'dim',
  setUndated: (undated) => set({ undated }),
  colourBy: 'type',
  setColourBy: (colourBy) => set({ colourBy }),
  labelField: null,
  setLabelField: (labelField) => set({ labelField }),
  layoutProgress: null,
  drawProgress: null,
  setDrawProgress: (drawProgress) => set({ drawProgress }),
  setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
  sizeBy: 'degree',
  setSizeBy: (sizeBy) => set({ sizeBy }),
});

const createReaderSlice: StateCreator<AppState, [], [], ReaderSlice> = (set) => ({
  readerOpen: false,
  readerParagraph: null,
  readerTarget: null,
  readingMode: false,
  simplified: false,
  openReader: (paragraph) =>
    set((s) => ({
      readerOpen: true,
      readerTarget: paragraph ? { paragraph, seq: (s.readerTarget?.seq ?? 0) + 1 } : s.readerTarget,
      readerParagraph: paragraph ?? s.readerParagraph,
    })),
  closeReader: () => set({ readerOpen: false, readingMode: false }),
  setReaderParagraph: (readerParagraph) => set({ readerParagraph }),
  setReadingMode: (readingMode) => set({ readingMode }),
  setSimplified: (simplified) => set({ simplified }),
});

const createCurateSlice: StateCreator<AppState, [], [], CurateSlice> = (set, get) => ({
  editMode: false,
  setEditMode: (editMode) => set({ editMode }),
  history: EMPTY_HISTORY,
  setHistory: (history) => set({ history }),
  unsaved: null,
  setUnsaved: (unsaved) => set({ unsaved }),
  commitGraph: (label, next) => {
    const before = get().graph;
    get().replaceGraph(next);
    set((s) => ({ history: record(s.history, { kind: 'graph', label, before, after: next }), unsaved: true }));
  },
  recordMove: (label, before, after) => set((s) => ({ history: record(s.history, { kind: 'positions', label, before, after }) })),
  evidence: null,
  setEvidence: (evidence) => set({ evidence }),
  readerDocument: null,
  setReaderDocument: (readerDocument) => set({ readerDocument }),
  drawLinks: false,
  setDrawLinks: (drawLinks) => set({ drawLinks }),
  connectRequest: null,
  setConnectRequest: (connectRequest) => set({ connectRequest }),
});

/** A fresh store per app (and per test). */
export function createAppStore(
  graph: Graph,
  initial: { lang: Lang; theme: Theme } = { lang: 'zh', theme: 'light' },
  articleParagraphs: readonly string[] | null = null,
  articleTranslation: ArticleTranslation | null = null,
): AppStore {
  return createStore<AppState>()((...a) => ({
    graph,
    index: indexGraph(graph),
    articleParagraphs,
    articleTranslation: articleParagraphs ? articleTranslation : null,
    articleParagraphCount: articleParagraphs?.length ?? 0,
    views: graph.views ?? [],
    setViews: (views) => a[0]({ views }),
    presenting: null,
    setPresenting: (presenting) => a[0]({ presenting }),
    replaceGraph: (given) => {
      const set = a[0];
      set((s) => {
        const next = keepUnchangedParts(s.graph, given);
        const index = indexGraph(next);
        // A selection or path whose node has gone is dropped.
        const selection = s.selection && (s.selection.kind === 'node' ? index.nodeById : index.edgeById).has(s.selection.id) ? s.selection : null;
        return { graph: next, index, selection, path: s.path && index.nodeById.has(s.path.from) && (!s.path.to || index.nodeById.has(s.path.to)) ? s.path : null };
      });
    },
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(initial)(...a),
    ...createUiSlice(...a),
    ...createExploreSlice(...a),
    ...createReaderSlice(...a),
    ...createCurateSlice(...a),
    // A file that sizes or colours its nodes is shown at its own sizes, in its own colours.
    sizeBy: defaultSizeBy(graph),
    colourBy: defaultColourBy(graph),
  }));
}

/** How nodes are sized when nobody has chosen: at the file's own sizes where it gives them. */
export function defaultSizeBy(graph: Graph): SizeBy {
  return capabilities(graph).fileSizes ? 'file' : 'degree';
}
