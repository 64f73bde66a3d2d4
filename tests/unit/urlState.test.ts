import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { LANGS, parseViewState, serializeViewState, type UrlContext, type ViewState } from '../../src/domain/urlState';

const ctx: UrlContext = {
  nodeIds: new Set(['novo-nordisk', 'relx']),
  edgeIds: new Set(['relx--partner-of--x']),
  values: { countries: new Set(['DK', 'GB']), sectors: new Set(['biopharma']), types: new Set(['organisation', 'place']) },
  layouts: ['force', 'map'],
  sizes: ['degree', 'none'],
  years: { min: 1923, max: 2022 },
  paragraphs: 29,
  colours: ['type', 'community'],
  attrKeys: new Set(['Modularity Class', 'genre', 'score']),
  numericKeys: new Set(['Modularity Class', 'score']),
};

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      selection: { kind: 'node', id: 'novo-nordisk' },
      filters: { countries: ['DK', 'GB'], sectors: ['biopharma'], types: ['organisation'], keepNeighbours: true, hideInferred: true },
      query: '诺和 nuo',
      lang: 'en',
      viewport: { x: 12.5, y: -40, zoom: 1.25 },
      focus: { id: 'relx', k: 2, expanded: ['novo-nordisk'] },
      path: { from: 'novo-nordisk', to: 'relx' },
      layout: 'map',
      year: 1997,
      undated: 'hide',
      sizeBy: 'none',
      colour: 'community',
      article: 15,
      label: 'genre',
    };
    const { state, notices } = parseViewState(serializeViewState(view), ctx);
    expect(notices).toEqual([]);
    expect(state).toEqual(view);
  });

  it("round-trips a file's attribute filters: values with commas and spaces, ranges, the label field", () => {
    const filters = { ...EMPTY_FILTERS, attrs: { genre: ['glam rock, mellow gold', 'a=b&c'], 'Modularity Class': ['3'] }, ranges: { score: [0.5, 12] as const } };
    const url = serializeViewState({ ...parseViewState('', ctx).state, filters, label: 'genre' });
    const { state, notices } = parseViewState(url, ctx);
    expect(notices).toEqual([]);
    expect(state.filters.attrs).toEqual(filters.attrs);
    expect(state.filters.ranges).toEqual({ score: [0.5, 12] });
    expect(state.label).toBe('genre');
  });

  it('refuses attribute filters for keys the graph does not have, ranges that are not ranges, labels it cannot show', () => {
    const { state, notices } = parseViewState('?a.nope=1&r.genre=1..2&r.score=9..1&r.score=x&label=__proto__&a.genre=rock', ctx);
    expect(state.filters.attrs).toEqual({ genre: ['rock'] });
    expect(state.filters.ranges).toBeUndefined();
    expect(state.label).toBeNull();
    expect(notices.map((n) => [n.param, n.reason])).toEqual([
      ['a.nope', 'unknown'],
      ['r.genre', 'invalid'],
      ['r.score', 'invalid'],
      ['r.score', 'invalid'],
      ['label', 'unknown'],
    ]);
  });

  it('keeps a graph parameter it does not own', () => {
    const s = serializeViewState({ ...parseViewState('', ctx).state }, new URLSearchParams('graph=data/x.json'));
    expect(s).toBe('?graph=data%2Fx.json');
  });

  it('ignores unknown ids and values with a notice', () => {
    const { state, notices } = parseViewState('?node=ghost&country=DK,ZZ&lang=fr&view=1,2&neighbours=yes', ctx);
    expect(state.selection).toBeNull();
    expect(state.filters.countries).toEqual(['DK']);
    expect(state.lang).toBeNull();
    expect(state.viewport).toBeNull();
    expect(state.filters.keepNeighbours).toBe(false);
    expect(notices.map((n) => `${n.param}:${n.reason}`)).toEqual(['node:unknown', 'country:unknown', 'neighbours:invalid', 'lang:invalid', 'view:invalid']);
  });

  it('reads default choices as no choice', () => {
    const { state } = parseViewState('?layout=force&size=degree&k=1&focus=relx', ctx);
    expect([state.layout, state.sizeBy, state.focus?.k]).toEqual([null, null, 1]);
  });

  it('refuses non-finite or absurd viewports', () => {
    for (const v of ['NaN,1,1', '1,1,0', '1e999,0,1', '0,0,1e9', ',,']) {
      expect(parseViewState(`?view=${v}`, ctx).state.viewport).toBeNull();
    }
  });

  it('drops oversized values', () => {
    const { state, notices } = parseViewState(`?q=${'x'.repeat(5000)}`, ctx);
    expect(state.query).toBe('');
    expect(notices[0]?.reason).toBe('too-long');
    expect(notices[0]!.value.length).toBeLessThan(100);
  });

  it('never throws and always gives a valid state, for any query string (property)', () => {
    const keys = fc.constantFrom('node', 'edge', 'country', 'sector', 'type', 'q', 'lang', 'view', 'neighbours', 'graph', 'x', '__proto__', 'focus', 'k', 'expand', 'path', 'layout', 'year', 'size', 'article', 'inferred');
    const value = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('DK', 'novo-nordisk', 'relx', 'novo-nordisk,relx', 'en', '1', '3', '1997', 'map', 'degree', '15', '99', 'hide', '1,2,3', 'NaN,NaN,NaN', '%', '%E0%A4%A'));
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.tuple(keys, value), { maxLength: 12 }).map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(query, (search) => {
        const { state, notices } = parseViewState(search, ctx);
        expect(Array.isArray(notices)).toBe(true);
        if (state.selection) expect((state.selection.kind === 'node' ? ctx.nodeIds : ctx.edgeIds).has(state.selection.id)).toBe(true);
        for (const c of state.filters.countries) expect(ctx.values.countries.has(c)).toBe(true);
        for (const c of state.filters.sectors) expect(ctx.values.sectors.has(c)).toBe(true);
        for (const c of state.filters.types) expect(ctx.values.types.has(c)).toBe(true);
        expect(state.lang === null || (LANGS as readonly string[]).includes(state.lang)).toBe(true);
        if (state.viewport) expect(Object.values(state.viewport).every(Number.isFinite)).toBe(true);
        expect(state.query.length).toBeLessThanOrEqual(200);
        expect(typeof state.filters.keepNeighbours).toBe('boolean');
        if (state.focus) expect([1, 2, 3]).toContain(state.focus.k);
        if (state.year !== null) expect(state.year >= 1923 && state.year <= 2022).toBe(true);
        if (state.layout !== null) expect(ctx.layouts).toContain(state.layout);
        // What was parsed serialises back to the same state.
        expect(parseViewState(serializeViewState(state), ctx).state).toEqual(state);
      }),
      { seed: 20261127, numRuns: 3000 },
    );
    expect(EMPTY_FILTERS.countries).toEqual([]);
  });
});
