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

function bestNameScore(names: readonly string[], q: string): number {
  let best = 0;
  for (const name of names) {
    let s = 0;
    if (name === q) s = 100;
    else if (name.startsWith(q)) s = 80;
    else if (name.includes(q)) s = 60;
    if (s) s -= Math.min(name.length, 60) * 0.1; // shorter names first among equals
    best = Math.max(best, s);
  }
  return best;
}

function bestPinyinScore(forms: readonly string[], q: string, exact: number, prefix: number, inner: number): number {
  let best = 0;
  for (const form of forms) {
    if (!form) continue;
    let s = 0;
    if (form === q) s = exact;
    else if (form.startsWith(q)) s = prefix;
    else if (inner && q.length >= 3 && form.includes(q)) s = inner;
    if (s) s -= Math.min(form.length, 60) * 0.05;
    best = Math.max(best, s);
  }
  return best;
}

/** The node whose forms hold position `at` of the table's text (a binary search of `starts`). */
function recordAt(starts: Int32Array, count: number, at: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Scores every node whose forms contain `q` (already normalised), at most one look per node. */
export function matchTable(table: SearchTable, q: string, scores: Map<string, number>): void {
  const latin = /^[a-z0-9'-]+$/.test(q);
  const count = table.ids.length;
  let from = 0;
  for (;;) {
    const found = table.text.indexOf(q, from);
    if (found < 0) return;
    const i = recordAt(table.starts, count, found);
    const end = table.starts[i + 1]! - 1;
    from = end + 1;
    const [names = '', pinyin = '', initials = '', text = ''] = table.text.slice(table.starts[i], end).split(FIELD);
    let s = bestNameScore(names.split(FORM), q);
    if (latin && q.length >= 2) {
      s = Math.max(s, bestPinyinScore(pinyin.split(FORM), q, 75, 55, 40), bestPinyinScore(initials.split(FORM), q, 50, 35, 0));
    }
    // Found in an attribute's text: after every name match.
    if (!s && q.length >= 2 && text.includes(q)) s = 20;
    if (s > 0) scores.set(table.ids[i]!, s);
  }
}

export function ranked(scores: Map<string, number>, limit: number): SearchHit[] {
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
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
  const scores = new Map<string, number>();
  matchTable(table, q, scores);
  return { hits: ranked(scores, limit), final: !HAN.test(q) && !wantsTypos(raw, scores.size, limit) };
}
