import MiniSearch from 'minisearch';
import type { GraphNode } from '../io/schema';

/** Language tools the index needs; injected so that heavy dictionaries load only when needed. */
export interface SearchTools {
  /** Toneless pinyin syllables of the Han characters in `text` (other characters dropped). */
  pinyin(text: string): string[];
  /** Traditional to simplified Chinese. */
  toSimplified(text: string): string;
}

interface Doc {
  id: string;
  /** Lower-cased, simplified forms of every name and alias. */
  names: string[];
  /** Pinyin of each Chinese name, syllables joined ("nuohenuode"). */
  pinyin: string[];
  /** Pinyin initials of each Chinese name ("nhnd"). */
  initials: string[];
  /** English name and aliases, for the fuzzy word index. */
  english: string;
  /** The text of the node's attributes (another tool's file), normalised as the names are. */
  text: string;
  /** Every form above in one string: one `includes` rules a document out before any scoring. */
  haystack: string;
}

export interface SearchIndex {
  docs: Map<string, Doc>;
  words: MiniSearch<{ id: string; english: string }>;
  tools: SearchTools;
}

export interface SearchHit {
  id: string;
  score: number;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s"“”《》()（）·]+/g, '');

export function buildSearchIndex(nodes: readonly (Pick<GraphNode, 'id' | 'name' | 'aliases'> & { text?: string })[], tools: SearchTools): SearchIndex {
  const docs = new Map<string, Doc>();
  const wordDocs: { id: string; english: string }[] = [];
  for (const node of nodes) {
    const all = [node.name.zh, node.name.en, ...node.aliases];
    const names = [...new Set(all.flatMap((s) => [normalise(s), normalise(tools.toSimplified(s))]))].filter(Boolean);
    const han = [...new Set(all.filter((s) => HAN.test(s)).map((s) => tools.toSimplified(s)))];
    const syllables = han.map((s) => tools.pinyin(s));
    const english = all.filter((s) => !HAN.test(s)).join(' ');
    const pinyinForms = syllables.map((p) => p.join(''));
    const initials = syllables.map((p) => p.map((x) => x[0]).join(''));
    const text = node.text ? normalise(tools.toSimplified(node.text)) : '';
    docs.set(node.id, {
      id: node.id,
      names,
      pinyin: pinyinForms,
      initials,
      english,
      text,
      haystack: [...names, ...pinyinForms, ...initials, text].join('\u0001'),
    });
    wordDocs.push({ id: node.id, english });
  }
  const words = new MiniSearch<{ id: string; english: string }>({ fields: ['english'], storeFields: [] });
  words.addAll(wordDocs);
  return { docs, words, tools };
}

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

/**
 * Ranked matches for `query` in simplified or traditional Chinese (substrings too), English
 * (prefix and typo-tolerant), or toneless pinyin (full syllables or initials).
 */
export function searchNodes(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const raw = query.trim();
  if (!raw) return [];
  const q = normalise(index.tools.toSimplified(raw));
  if (!q) return [];
  const latin = /^[a-z0-9'-]+$/.test(q);
  const scores = new Map<string, number>();
  for (const doc of index.docs.values()) {
    // Every way a document can match below contains the query as a substring.
    if (!doc.haystack.includes(q)) continue;
    let s = bestNameScore(doc.names, q);
    if (latin && q.length >= 2) {
      s = Math.max(s, bestPinyinScore(doc.pinyin, q, 75, 55, 40), bestPinyinScore(doc.initials, q, 50, 35, 0));
    }
    // Found in an attribute's text: after every name match.
    if (!s && q.length >= 2 && doc.text.includes(q)) s = 20;
    if (s > 0) scores.set(doc.id, s);
  }
  // Typo tolerance is for when the text itself finds too little; with a page of hits it only costs.
  if (/[a-z]/.test(raw.toLowerCase()) && raw.length >= 3 && scores.size < limit) {
    const fuzzy = index.words.search(raw, { prefix: true, fuzzy: 0.25, combineWith: 'AND' });
    const top = fuzzy[0]?.score ?? 1;
    for (const r of fuzzy) {
      const s = 10 + 20 * (r.score / top);
      if ((scores.get(String(r.id)) ?? 0) < s) scores.set(String(r.id), s);
    }
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
