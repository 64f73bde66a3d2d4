import type { Focus } from './explore';
import { EMPTY_FILTERS, FACETS, type Facet, type Filters } from './filters';

export const LANGS = ['zh', 'en', 'both'] as const;
export type Lang = (typeof LANGS)[number];

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

/** Everything about the view that a shared URL carries. */
export interface ViewState {
  selection: Selection;
  filters: Filters;
  query: string;
  lang: Lang | null;
  viewport: Viewport | null;
  focus: Focus | null;
  path: { from: string; to: string | null } | null;
  layout: string | null;
  year: number | null;
  /** What the timeline does with undated items: null is the default, dim. */
  undated: 'show' | 'hide' | null;
  sizeBy: string | null;
  /** What colours the nodes, when not the graph's default (checked against the graph when applied). */
  colour: string | null;
  /** The reader is open at this paragraph (null: closed). */
  article: number | null;
  /** The attribute that labels the nodes (null: their names). */
  label?: string | null;
}

export interface UrlNotice {
  param: string;
  value: string;
  reason: 'unknown' | 'invalid' | 'too-long';
}

/** What ids and vocabulary values exist, so that the URL can be checked against them. */
export interface UrlContext {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  values: Record<Facet, ReadonlySet<string>>;
  layouts: readonly string[];
  sizes: readonly string[];
  years: { min: number; max: number };
  /** How many paragraphs the article has (0: no article). */
  paragraphs: number;
  /** The colourings this graph offers (type, file, community, attr:KEY). */
  colours?: readonly string[];
  /** The file's node attributes, and which of them are numbers (filters and labels by attribute). */
  attrKeys?: ReadonlySet<string>;
  numericKeys?: ReadonlySet<string>;
}

const PARAM: Record<Facet, string> = { countries: 'country', sectors: 'sector', types: 'type' };
const MAX_PARAM = 2000;
const MAX_LIST = 200;
const MAX_QUERY = 200;
const MAX_NOTICE_VALUE = 80;

export const EMPTY_VIEW: ViewState = {
  selection: null,
  filters: EMPTY_FILTERS,
  query: '',
  lang: null,
  viewport: null,
  focus: null,
  path: null,
  layout: null,
  year: null,
  undated: null,
  sizeBy: null,
  colour: null,
  article: null,
};

function clip(v: string): string {
  return v.length > MAX_NOTICE_VALUE ? `${v.slice(0, MAX_NOTICE_VALUE)}…` : v;
}

/**
 * Reads a view from a query string. Never throws: anything unknown, malformed or oversized is
 * dropped and reported as a notice, and the rest of the view still applies.
 */
export function parseViewState(search: string, ctx: UrlContext): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: EMPTY_VIEW, notices: [{ param: '?', value: clip(search), reason: 'invalid' }] };
  }
  const get = (name: string): string | null => {
    const v = params.get(name);
    if (v === null) return null;
    if (v.length > MAX_PARAM) {
      notices.push({ param: name, value: clip(v), reason: 'too-long' });
      return null;
    }
    return v;
  };

  let selection: Selection = null;
  const sel = get('node') ?? null;
  const edge = get('edge') ?? null;
  if (sel !== null) {
    if (ctx.nodeIds.has(sel)) selection = { kind: 'node', id: sel };
    else notices.push({ param: 'node', value: clip(sel), reason: 'unknown' });
  } else if (edge !== null) {
    if (ctx.edgeIds.has(edge)) selection = { kind: 'edge', id: edge };
    else notices.push({ param: 'edge', value: clip(edge), reason: 'unknown' });
  }

  const filters: Filters = { ...EMPTY_FILTERS };
  for (const facet of FACETS) {
    const v = get(PARAM[facet]);
    if (v === null || v === '') continue;
    const items = v.split(',').slice(0, MAX_LIST);
    const ok: string[] = [];
    for (const item of items) {
      if (ctx.values[facet].has(item)) {
        if (!ok.includes(item)) ok.push(item);
      } else notices.push({ param: PARAM[facet], value: clip(item), reason: 'unknown' });
    }
    filters[facet] = ok;
  }
  // Another tool's attributes: a.KEY=value once per checked value, r.KEY=lo..hi for a range.
  const attrs: Record<string, string[]> = {};
  const ranges: Record<string, [number, number]> = {};
  let taken = 0;
  params.forEach((value, name) => {
    const kind = name.startsWith('a.') ? 'a' : name.startsWith('r.') ? 'r' : null;
    if (!kind) return;
    const key = name.slice(2);
    if (taken++ >= MAX_LIST || value.length > 300) {
      notices.push({ param: name.slice(0, 40), value: clip(value), reason: 'too-long' });
      return;
    }
    if (!ctx.attrKeys?.has(key)) {
      notices.push({ param: name.slice(0, 40), value: clip(value), reason: 'unknown' });
      return;
    }
    if (kind === 'a') {
      const list = (attrs[key] ??= []);
      if (!list.includes(value)) list.push(value);
      return;
    }
    const m = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\.\.(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(value);
    const lo = Number(m?.[1]);
    const hi = Number(m?.[2]);
    if (m && ctx.numericKeys?.has(key) && Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) ranges[key] = [lo, hi];
    else notices.push({ param: name.slice(0, 40), value: clip(value), reason: 'invalid' });
  });
  if (Object.keys(attrs).length) filters.attrs = attrs;
  if (Object.keys(ranges).length) filters.ranges = ranges;
  const nb = get('neighbours');
  if (nb !== null) {
    if (nb === '1' || nb === '0') filters.keepNeighbours = nb === '1';
    else notices.push({ param: 'neighbours', value: clip(nb), reason: 'invalid' });
  }
  const inferred = get('inferred');
  if (inferred !== null) {
    if (inferred === 'hide' || inferred === 'show') filters.hideInferred = inferred === 'hide';
    else notices.push({ param: 'inferred', value: clip(inferred), reason: 'invalid' });
  }

  let query = get('q') ?? '';
  if (query.length > MAX_QUERY) {
    notices.push({ param: 'q', value: clip(query), reason: 'too-long' });
    query = query.slice(0, MAX_QUERY);
  }
  // Control characters have no place in a search box.
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  query = query.replace(/[\u0000-\u001f\u007f]/g, "");

  let lang: Lang | null = null;
  const l = get('lang');
  if (l !== null) {
    if ((LANGS as readonly string[]).includes(l)) lang = l as Lang;
    else notices.push({ param: 'lang', value: clip(l), reason: 'invalid' });
  }

  let viewport: Viewport | null = null;
  const view = get('view');
  if (view !== null) {
    const parts = view.split(',');
    const nums = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
    const [x, y, zoom] = nums;
    if (
      parts.length === 3 &&
      x !== undefined && y !== undefined && zoom !== undefined &&
      nums.every(Number.isFinite) &&
      Math.abs(x) < 1e7 && Math.abs(y) < 1e7 &&
      zoom > 0.001 && zoom <= 100
    ) {
      viewport = { x, y, zoom };
    } else notices.push({ param: 'view', value: clip(view), reason: 'invalid' });
  }

  const knownNode = (param: string, id: string): boolean => {
    if (ctx.nodeIds.has(id)) return true;
    notices.push({ param, value: clip(id), reason: 'unknown' });
    return false;
  };

  let focus: Focus | null = null;
  const f = get('focus');
  if (f !== null && knownNode('focus', f)) {
    const kRaw = get('k');
    const k = kRaw === null ? 1 : Number(kRaw);
    if (kRaw !== null && !(k === 1 || k === 2 || k === 3)) notices.push({ param: 'k', value: clip(kRaw), reason: 'invalid' });
    const expanded = (get('expand') ?? '').split(',').filter((x) => x !== '').slice(0, MAX_LIST).filter((x) => knownNode('expand', x));
    focus = { id: f, k: k === 2 || k === 3 ? k : 1, expanded: [...new Set(expanded)] };
  }

  let path: ViewState['path'] = null;
  const p = get('path');
  if (p !== null) {
    const [from, to, ...rest] = p.split(',');
    if (rest.length || !from) notices.push({ param: 'path', value: clip(p), reason: 'invalid' });
    else if (knownNode('path', from)) {
      if (to === undefined || to === '') path = { from, to: null };
      else if (knownNode('path', to)) path = { from, to };
    }
  }

  const choice = (param: string, allowed: readonly string[]): string | null => {
    const v = get(param);
    if (v === null) return null;
    if (allowed.includes(v)) return v;
    notices.push({ param, value: clip(v), reason: 'invalid' });
    return null;
  };
  // The defaults (the first choice of each) are what no parameter means.
  const orNull = (v: string | null, allowed: readonly string[]) => (v === allowed[0] ? null : v);
  const layout = orNull(choice('layout', ctx.layouts), ctx.layouts);
  const sizeBy = orNull(choice('size', ctx.sizes), ctx.sizes);

  let year: number | null = null;
  const y = get('year');
  if (y !== null) {
    const n = Number(y);
    if (/^\d{4}$/.test(y) && n >= ctx.years.min && n <= ctx.years.max) year = n;
    else notices.push({ param: 'year', value: clip(y), reason: 'invalid' });
  }

  const c = get('colour');
  let colour: string | null = null;
  if (c !== null) {
    if (c.length <= 300 && (ctx.colours ?? []).includes(c)) colour = c;
    else notices.push({ param: 'colour', value: clip(c), reason: 'unknown' });
  }

  let undated: ViewState['undated'] = null;
  const u = get('undated');
  if (u !== null) {
    if (u === 'show' || u === 'hide') undated = u;
    else if (u !== 'dim') notices.push({ param: 'undated', value: clip(u), reason: 'invalid' });
  }

  let article: number | null = null;
  const a = get('article');
  if (a !== null) {
    const n = Number(a);
    if (/^\d{1,5}$/.test(a) && n >= 1 && n <= ctx.paragraphs) article = n;
    else notices.push({ param: 'article', value: clip(a), reason: 'invalid' });
  }

  let label: string | null = null;
  const lb = get('label');
  if (lb !== null) {
    if (ctx.attrKeys?.has(lb)) label = lb;
    else notices.push({ param: 'label', value: clip(lb), reason: 'unknown' });
  }

  return { state: { selection, filters, query, lang, viewport, focus, path, layout, year, undated, sizeBy, colour, article, label }, notices };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Writes a view as query parameters, keeping any parameter this module does not own (such as `graph`). */
export function serializeViewState(state: ViewState, keep?: URLSearchParams): string {
  const params = new URLSearchParams();
  // Parameters that name where the graph comes from: a file, or a SPARQL endpoint.
  for (const name of ['graph', 'sparql', 'load']) {
    const passthrough = keep?.get(name);
    if (passthrough) params.set(name, passthrough);
  }
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  for (const facet of FACETS) if (state.filters[facet].length) params.set(PARAM[facet], state.filters[facet].join(','));
  if (state.filters.keepNeighbours) params.set('neighbours', '1');
  if (state.filters.hideInferred) params.set('inferred', 'hide');
  for (const [key, values] of Object.entries(state.filters.attrs ?? {})) for (const v of values) params.append(`a.${key}`, v);
  for (const [key, [lo, hi]] of Object.entries(state.filters.ranges ?? {})) params.set(`r.${key}`, `${lo}..${hi}`);
  if (state.query) params.set('q', state.query);
  if (state.lang) params.set('lang', state.lang);
  if (state.viewport) {
    const { x, y, zoom } = state.viewport;
    params.set('view', `${round(x, 1)},${round(y, 1)},${round(zoom, 3)}`);
  }
  if (state.focus) {
    params.set('focus', state.focus.id);
    if (state.focus.k !== 1) params.set('k', String(state.focus.k));
    if (state.focus.expanded.length) params.set('expand', state.focus.expanded.join(','));
  }
  if (state.path) params.set('path', state.path.to ? `${state.path.from},${state.path.to}` : state.path.from);
  if (state.layout && state.layout !== 'force') params.set('layout', state.layout);
  // (serialising skips the defaults; parsing maps them back to null)
  if (state.year !== null) params.set('year', String(state.year));
  if (state.undated) params.set('undated', state.undated);
  if (state.sizeBy && state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.colour) params.set('colour', state.colour);
  if (state.article !== null) params.set('article', String(state.article));
  if (state.label) params.set('label', state.label);
  const s = params.toString();
  return s ? `?${s}` : '';
}
