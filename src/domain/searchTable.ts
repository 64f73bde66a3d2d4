import type { GraphNode } from '../io/schema';

/** What the index reads of a node. */
export type SearchableNode = Pick<GraphNode, 'id' | 'name' | 'aliases'> & { text?: string };

/**
 * Every searchable form of every node, as one string: the page keeps this (it is small and plain)
 * and answers a keystroke from it in the keystroke's own frame, while the dictionaries that made
 * it (pinyin, traditional to simplified) and the typo-tolerant word index stay in a worker.
 *
 * Node i's forms are `text.slice(starts[i], starts[i + 1] - 1)`: its names (lower-cased,
 * simplified and as written), the pinyin of each Chinese name ("nuohenuode"), their initials
 * ("nhnd") and its attributes' text, the four groups separated by FIELD and the forms in a group
 * by FORM; RECORD ends each node. A query never holds these characters, so a match found with one
 * `indexOf` lies inside one node's forms.
 */
export interface SearchTable {
  ids: string[];
  text: string;
  /** starts[i]: where node i's forms begin; one more entry, the end of the text. */
  starts: Int32Array;
}

export interface SearchHit {
  id: string;
  score: number;
}

export const FORM = '\u0001';
export const FIELD = '\u0002';
export const RECORD = '\u0003';
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
// The separators of the table's text (FORM, FIELD, RECORD) never come from what a person types.
// eslint-disable-next-line no-control-regex
export const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s"“”《》()（）·\u0000-\u001f]+/g, '');

/** Name matches: the whole name, its start, anywhere in it; shorter names first among equals. */
const NAME = { exact: 100, prefix: 80, inner: 60, perChar: 0.1 };
/** Pinyin matches, after every name match of the same kind. */
const PINYIN = { exact: 75, prefix: 55, inner: 40, perChar: 0.05 };
/** Initials ("zgc") match whole or at the start only. */
const INITIALS = { exact: 50, prefix: 35, inner: 0, perChar: 0.05 };
/** Found in an attribute's text: after every name match. */
const TEXT_SCORE = 20;

/**
 * The node whose forms hold position `at` of the table's text, from node `from` on (a match comes after
 * the last one: a step or two forward, else a binary search of `starts`).
 */
function recordAt(starts: Int32Array, count: number, at: number, from: number): number {
  let lo = from;
  for (let step = 0; step < 8 && lo < count - 1; step++) {
    if (starts[lo + 1]! > at) return lo;
    lo++;
  }
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where each node's pinyin, initials and attribute text begin (three per node), worked out once per
 * table: a common word matches thousands of nodes, and each match looked for them again.
 */
const fieldStarts = new WeakMap<SearchTable, Int32Array>();
function fieldsOf(table: SearchTable): Int32Array {
  let fields = fieldStarts.get(table);
  if (fields) return fields;
  const { text, starts, ids } = table;
  fields = new Int32Array(ids.length * 3);
  for (let i = 0; i < ids.length; i++) {
    const pinyinAt = text.indexOf(FIELD, starts[i]!) + 1;
    const initialsAt = text.indexOf(FIELD, pinyinAt) + 1;
    fields[i * 3] = pinyinAt;
    fields[i * 3 + 1] = initialsAt;
    fields[i * 3 + 2] = text.indexOf(FIELD, initialsAt) + 1;
  }
  fieldStarts.set(table, fields);
  return fields;
}

/** A separator of the table's text (FORM, FIELD, RECORD). */
const isSeparator = (code: number) => code <= 3;

/**
 * Scores every node whose forms contain `q` (already normalised). Each occurrence is scored where it
 * lies, from the form around it (whole, at its start, inside), without taking the text apart: at
 * 50,000 nodes a common word occurs in thousands of them.
 */
export function matchTable(table: SearchTable, q: string, found: (id: string, score: number) => void): void {
  const { text, starts, ids } = table;
  const fields = fieldsOf(table);
  const latin = /^[a-z0-9'-]+$/.test(q);
  const n = q.length;
  let i = 0;
  // Each occurrence is looked for once: the one after a node's last is where the next node's begin.
  let at = text.indexOf(q);
  for (;;) {
    if (at < 0) return;
    i = recordAt(starts, ids.length, at, i);
    const start = starts[i]!;
    const end = starts[i + 1]! - 1;
    if (!(end >= at)) return; // offsets that do not fit the text (never from buildSearchIndex)
    // Where the pinyin, the initials and the text begin in this node's forms.
    const pinyinAt = fields[i * 3]!;
    const initialsAt = fields[i * 3 + 1]!;
    const textAt = fields[i * 3 + 2]!;
    let best = 0;
    let inText = false;
    for (; at >= 0 && at < end; at = text.indexOf(q, at + 1)) {
      if (at >= textAt) {
        inText = true;
        at = text.indexOf(q, end + 1);
        break;
      }
      const kind = at < pinyinAt ? NAME : !latin || n < 2 ? null : at < initialsAt ? PINYIN : INITIALS;
      if (!kind) continue;
      let formStart = at;
      while (formStart > start && !isSeparator(text.charCodeAt(formStart - 1))) formStart--;
      let formEnd = at + n;
      while (formEnd < end && !isSeparator(text.charCodeAt(formEnd))) formEnd++;
      const atStart = formStart === at;
      let score = atStart && formEnd === at + n ? kind.exact : atStart ? kind.prefix : kind === NAME || n >= 3 ? kind.inner : 0;
      if (score) score -= Math.min(formEnd - formStart, 60) * kind.perChar;
      if (score > best) best = score;
    }
    if (!best && inText && n >= 2) best = TEXT_SCORE;
    if (best > 0) found(ids[i]!, best);
  }
}

/** Collects the best `limit` hits, by score and then by id, without sorting every match. */
export function topHits(limit: number): { add: (id: string, score: number) => void; hits: SearchHit[] } {
  const hits: SearchHit[] = [];
  const before = (score: number, id: string, b: SearchHit) => score > b.score || (score === b.score && id < b.id);
  return {
    hits,
    add: (id, score) => {
      if (hits.length === limit && !before(score, id, hits[limit - 1]!)) return;
      let at = hits.length;
      while (at > 0 && before(score, id, hits[at - 1]!)) at--;
      hits.splice(at, 0, { id, score });
      if (hits.length > limit) hits.pop();
    },
  };
}

/** Whether typo tolerance may add to `found` hits for `raw` (it is for when the text finds too little). */
export const wantsTypos = (raw: string, found: number, limit: number) => /[a-z]/i.test(raw) && raw.length >= 3 && found < limit;

/**
 * The answer the table alone gives, without the dictionaries: the same as `searchNodes` unless the
 * query has Chinese characters (traditional ones are simplified by the worker) or typo tolerance may
 * add to it; `final` says which.
 */
export function searchTable(table: SearchTable, query: string, limit = 12): { hits: SearchHit[]; final: boolean } {
  const raw = query.trim();
  const q = normalise(raw);
  if (!q) return { hits: [], final: true };
  const top = topHits(limit);
  let count = 0;
  matchTable(table, q, (id, score) => {
    count++;
    top.add(id, score);
  });
  return { hits: top.hits, final: !HAN.test(q) && !wantsTypos(raw, count, limit) };
}
