import MiniSearch from 'minisearch';
import { FIELD, FORM, HAN, matchTable, normalise, RECORD, topHits, wantsTypos, type SearchableNode, type SearchHit, type SearchTable } from './searchTable';

export type { SearchableNode, SearchHit, SearchTable } from './searchTable';

/** Language tools the index needs; injected so that heavy dictionaries load only where needed. */
export interface SearchTools {
  /** Toneless pinyin syllables of the Han characters in `text` (other characters dropped). */
  pinyin(text: string): string[];
  /** Traditional to simplified Chinese. */
  toSimplified(text: string): string;
}

export interface SearchIndex {
  table: SearchTable;
  words: MiniSearch<{ id: string; english: string }>;
  tools: SearchTools;
}

export function buildSearchIndex(nodes: readonly SearchableNode[], tools: SearchTools): SearchIndex {
  const ids: string[] = [];
  const parts: string[] = [];
  const starts = new Int32Array(nodes.length + 1);
  let at = 0;
  const wordDocs: { id: string; english: string }[] = [];
  for (const node of nodes) {
    const all = [node.name.zh, node.name.en, ...node.aliases];
    const names = [...new Set(all.flatMap((s) => [normalise(s), normalise(tools.toSimplified(s))]))].filter(Boolean);
    const han = [...new Set(all.filter((s) => HAN.test(s)).map((s) => tools.toSimplified(s)))];
    const syllables = han.map((s) => tools.pinyin(s));
    const text = node.text ? normalise(tools.toSimplified(node.text)) : '';
    const record =
      [names.join(FORM), syllables.map((p) => p.join('')).join(FORM), syllables.map((p) => p.map((x) => x[0]).join('')).join(FORM), text].join(FIELD) +
      RECORD;
    starts[ids.length] = at;
    ids.push(node.id);
    parts.push(record);
    at += record.length;
    wordDocs.push({ id: node.id, english: all.filter((s) => !HAN.test(s)).join(' ') });
  }
  starts[ids.length] = at;
  const words = new MiniSearch<{ id: string; english: string }>({ fields: ['english'], storeFields: [] });
  words.addAll(wordDocs);
  return { table: { ids, text: parts.join(''), starts }, words, tools };
}

/**
 * Ranked matches for `query` in simplified or traditional Chinese (substrings too), English
 * (prefix and typo-tolerant), or toneless pinyin (full syllables or initials).
 */
export function searchNodes(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const raw = query.trim();
  if (!raw) return [];
  const q = normalise(index.tools.toSimplified(raw));
  if (!q) return [];
  const scores = new Map<string, number>();
  matchTable(index.table, q, (id, score) => scores.set(id, score));
  if (wantsTypos(raw, scores.size, limit)) {
    const fuzzy = index.words.search(raw, { prefix: true, fuzzy: 0.25, combineWith: 'AND' });
    const top = fuzzy[0]?.score ?? 1;
    for (const r of fuzzy) {
      const s = 10 + 20 * (r.score / top);
      if ((scores.get(String(r.id)) ?? 0) < s) scores.set(String(r.id), s);
    }
  }
  const top = topHits(limit);
  for (const [id, score] of scores) top.add(id, score);
  return top.hits;
}
