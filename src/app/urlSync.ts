import { parseViewState, serializeViewState, type UrlContext, type ViewState } from '../domain/urlState';
import { graphYears } from '../domain/explore';
import { defaultColourBy, type ColourBy } from '../domain/appearance';
import { defaultSizeBy, LAYOUTS, SIZE_MODES, type AppState, type AppStore, type LayoutName, type SizeBy } from '../store/appStore';

export function urlContext(s: AppState): UrlContext {
  const v = s.graph.vocabularies;
  return {
    nodeIds: new Set(s.index.nodeById.keys()),
    edgeIds: new Set(s.index.edgeById.keys()),
    values: {
      countries: new Set(v.countries.map((c) => c.code)),
      sectors: new Set(v.sectors.map((c) => c.id)),
      types: new Set(v.nodeTypes.map((c) => c.id)),
    },
    layouts: LAYOUTS,
    sizes: [...SIZE_MODES, ...(s.graph.meta.attributes?.nodes ?? []).filter((d) => d.type === 'number').map((d) => `attr:${d.key}`)],
    colours: ['type', 'file', 'community', ...(s.graph.meta.attributes?.nodes ?? []).map((d) => `attr:${d.key}`)],
    attrKeys: new Set((s.graph.meta.attributes?.nodes ?? []).map((d) => d.key)),
    numericKeys: new Set((s.graph.meta.attributes?.nodes ?? []).filter((d) => d.type === 'number').map((d) => d.key)),
    paragraphs: s.articleParagraphCount,
    years: (() => {
      const ys = graphYears(s.index);
      return { min: ys[0] ?? 1000, max: ys.at(-1) ?? 2999 };
    })(),
  };
}

const viewOf = (s: AppState, withLang: boolean): ViewState => ({
  selection: s.selection,
  filters: s.filters,
  query: s.query,
  lang: withLang ? s.lang : null,
  viewport: s.viewport,
  focus: s.focus,
  path: s.path,
  layout: s.layout,
  year: s.year,
  undated: s.undated === 'dim' ? null : s.undated,
  sizeBy: s.sizeBy,
  colour: s.colourBy === defaultColourBy(s.graph) ? null : s.colourBy,
  article: s.readerOpen ? (s.readerParagraph ?? 1) : null,
  label: s.labelField,
});

function applyView(store: AppStore, view: ViewState): void {
  const s = store.getState();
  s.setFilters(view.filters);
  s.setQuery(view.query);
  if (view.lang) s.setLang(view.lang);
  s.setFocus(view.focus);
  s.setPath(view.path);
  s.setLayout((view.layout as LayoutName | null) ?? 'force');
  s.setYear(view.year);
  s.setUndated(view.undated ?? 'dim');
  s.setSizeBy((view.sizeBy as SizeBy | null) ?? defaultSizeBy(s.graph));
  s.setColourBy((view.colour as ColourBy | null) ?? defaultColourBy(s.graph));
  s.setLabelField(view.label ?? null);
  if (view.article !== null) s.openReader(view.article);
  else s.closeReader();
  s.select(view.selection);
}

/**
 * Keeps the URL and the store in step. A change of selection is a new history entry, so the
 * browser's back and forward walk the selection history; everything else replaces the entry.
 */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  const ctx = urlContext(store.getState());
  const initial = parseViewState(win.location.search, ctx);
  applyView(store, initial.state);
  if (initial.state.viewport) store.getState().setViewport(initial.state.viewport);
  for (const n of initial.notices) {
    const key = n.reason === 'unknown' ? 'urlUnknown' : n.reason === 'too-long' ? 'urlTooLong' : 'urlInvalid';
    store.getState().pushNotice({ key, params: { param: n.param, value: n.value }, tone: 'warning' });
  }
  // The language is shared in the URL only once someone chose it there or changed it here.
  let langInUrl = initial.state.lang !== null;

  const write = (mode: 'push' | 'replace') => {
    const s = store.getState();
    const search = serializeViewState(viewOf(s, langInUrl), new URLSearchParams(win.location.search));
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    try {
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    } catch {
      // Browsers throttle history updates; the next change writes the URL again.
    }
  };
  write('replace');

  let applyingPop = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((s, prev) => {
    if (applyingPop) return;
    if (s.lang !== prev.lang) langInUrl = true;
    if (s.selection !== prev.selection) {
      clearTimeout(timer);
      write('push');
      return;
    }
    const explored =
      s.focus !== prev.focus || s.path !== prev.path || s.layout !== prev.layout || s.year !== prev.year || s.undated !== prev.undated || s.sizeBy !== prev.sizeBy || s.colourBy !== prev.colourBy ||
      s.readerOpen !== prev.readerOpen || s.readerParagraph !== prev.readerParagraph || s.labelField !== prev.labelField;
    if (explored || s.filters !== prev.filters || s.query !== prev.query || s.lang !== prev.lang || s.viewport !== prev.viewport) {
      clearTimeout(timer);
      timer = setTimeout(() => write('replace'), 150);
    }
  });

  const onPop = () => {
    const { state } = parseViewState(win.location.search, ctx);
    applyingPop = true;
    try {
      applyView(store, { ...state, lang: state.lang });
      if (!state.selection) store.getState().select(null);
    } finally {
      applyingPop = false;
    }
  };
  win.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}



/** The view the address describes now, as a query string (a named view keeps this). */
export function currentViewQuery(store: AppStore): string {
  const search = serializeViewState(viewOf(store.getState(), true), new URLSearchParams(window.location.search));
  return search;
}

/** Shows a saved view: its address becomes the page's, as a step in the history (Back returns). */
export function showViewQuery(query: string, win: Window = window): void {
  const url = `${win.location.pathname}${query}${win.location.hash}`;
  win.history.pushState(null, '', url);
  win.dispatchEvent(new PopStateEvent('popstate'));
}
