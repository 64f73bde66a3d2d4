import type { Graph, Source } from '../io/schema';

export type Supported = { kind: 'node' | 'edge'; id: string };

export interface QuoteSpan {
  key: string;
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  /** The nodes and edges this quote is a source of. */
  supports: Supported[];
}

export interface Segment {
  text: string;
  start: number;
  /** Keys of the quotes covering this piece of text (empty: plain text). */
  keys: string[];
}

export interface ReaderParagraph {
  n: number;
  kind: 'heading' | 'body' | 'empty';
  text: string;
  segments: Segment[];
}

export interface ReaderModel {
  paragraphs: ReaderParagraph[];
  spans: Map<string, QuoteSpan>;
  /** Quotes that could not be placed in the paragraph they name (should be none). */
  unplaced: { quote: string; paragraph: number }[];
  /** Keys of the quotes of each node or edge, for "show me where this comes from". */
  keysOf: Map<string, string[]>;
}

/** Short lines without sentence punctuation are the article's title, headlines and captions. */
export function paragraphKind(text: string): ReaderParagraph['kind'] {
  const t = text.trim();
  if (!t) return 'empty';
  return t.length <= 30 && !/[。，,;；]/.test(t) ? 'heading' : 'body';
}

const refKey = (s: Supported) => `${s.kind}:${s.id}`;

/**
 * Places every source quote of the graph in the cleaned article and cuts each paragraph into
 * segments at the quotes' boundaries, so that overlapping quotes each stay findable.
 */
export function buildReaderModel(paragraphs: readonly string[], graph: Graph, document = 'article'): ReaderModel {
  const spans = new Map<string, QuoteSpan>();
  const unplaced: ReaderModel['unplaced'] = [];
  const keysOf = new Map<string, string[]>();
  const add = (source: Source, who: Supported) => {
    // Only the quotes of the document shown (a source without one quotes the article).
    if ((source.document ?? 'article') !== document) return;
    const { quote, paragraph } = source;
    const text = paragraphs[paragraph - 1];
    const start = text === undefined ? -1 : text.indexOf(quote);
    if (start < 0) {
      unplaced.push({ quote, paragraph });
      return;
    }
    const key = `${paragraph}:${start}:${start + quote.length}`;
    const span = spans.get(key) ?? { key, paragraph, start, end: start + quote.length, quote, supports: [] };
    if (!span.supports.some((s) => s.kind === who.kind && s.id === who.id)) span.supports.push(who);
    spans.set(key, span);
    const k = refKey(who);
    const list = keysOf.get(k) ?? [];
    if (!list.includes(key)) list.push(key);
    keysOf.set(k, list);
  };
  for (const n of graph.nodes) {
    for (const s of n.sources) add(s, { kind: 'node', id: n.id });
    for (const f of n.facts ?? []) for (const s of f.sources) add(s, { kind: 'node', id: n.id });
  }
  for (const e of graph.edges) for (const s of e.sources) add(s, { kind: 'edge', id: e.id });

  const byParagraph = new Map<number, QuoteSpan[]>();
  for (const span of spans.values()) byParagraph.set(span.paragraph, [...(byParagraph.get(span.paragraph) ?? []), span]);

  const model: ReaderParagraph[] = paragraphs.map((text, i) => {
    const n = i + 1;
    const here = byParagraph.get(n) ?? [];
    const cuts = new Set([0, text.length]);
    for (const s of here) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let j = 0; j < points.length - 1; j++) {
      const start = points[j]!;
      const end = points[j + 1]!;
      if (end <= start) continue;
      const keys = here.filter((s) => s.start <= start && s.end >= end).map((s) => s.key);
      segments.push({ text: text.slice(start, end), start, keys });
    }
    return { n, kind: paragraphKind(text), text, segments };
  });
  return { paragraphs: model, spans, unplaced, keysOf };
}

export function keysFor(model: ReaderModel, who: Supported): string[] {
  return model.keysOf.get(refKey(who)) ?? [];
}

/** What a piece of text supports: every node and edge of every quote covering it, once each. */
export function supportsOf(model: ReaderModel, keys: readonly string[]): Supported[] {
  const seen = new Set<string>();
  const out: Supported[] = [];
  for (const key of keys)
    for (const s of model.spans.get(key)?.supports ?? []) {
      if (!seen.has(refKey(s))) {
        seen.add(refKey(s));
        out.push(s);
      }
    }
  return out;
}

/** Which body paragraphs the graph cites, and which it does not. */
export function coverage(model: ReaderModel): { covered: number[]; uncovered: number[] } {
  const cited = new Set([...model.spans.values()].map((s) => s.paragraph));
  const covered: number[] = [];
  const uncovered: number[] = [];
  for (const p of model.paragraphs) {
    if (p.kind === 'empty') continue;
    (cited.has(p.n) ? covered : uncovered).push(p.n);
  }
  return { covered, uncovered };
}
