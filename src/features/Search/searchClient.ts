import type { SearchableNode, SearchHit, SearchTable } from '../../domain/searchTable';
import type { GraphNode } from '../../io/schema';

export type { SearchableNode } from '../../domain/searchTable';

export type SearchRequest =
  | { type: 'build'; nodes: SearchableNode[] }
  | { type: 'search'; seq: number; query: string; limit: number }
  | { type: 'simplify'; seq: number; texts: string[] };
export type SearchResponse =
  | { type: 'ready'; table: SearchTable }
  | { type: 'hits'; seq: number; hits: SearchHit[] }
  | { type: 'simplified'; seq: number; texts: string[] }
  | { type: 'error'; seq?: number; error: string };

/** The search worker as the client sees it. */
export interface SearchPort {
  postMessage(m: SearchRequest): void;
  onmessage: ((e: { data: SearchResponse }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  terminate(): void;
}

/** Opens the search worker; tests without workers (jsdom) put the same handler in process here. */
export const searchPorts = {
  open: (): SearchPort => new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' }) as unknown as SearchPort,
};

export interface SearchClient {
  /** Settles when the plain forms are on the page (rejects if the index cannot be built). */
  ready: Promise<void>;
  /** The full answer: the worker's, with traditional characters simplified and typos tolerated. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /**
   * Once the forms are on the page: the answer at once, in the keystroke's frame (null before);
   * `final` is false when the worker's answer may still differ (Chinese characters, typos).
   */
  searchNow(query: string, limit?: number): { hits: SearchHit[]; final: boolean } | null;
  /** Traditional to simplified Chinese, by the worker's dictionary (the reader's switch). */
  simplify(texts: string[]): Promise<string[]>;
  dispose(): void;
}

/** Most characters of a node's attribute text that search reads (long descriptions are cut). */
const ATTRIBUTE_TEXT_MAX = 1000;

/** The text among a node's attributes (another tool's file): searched after its names. */
function attributeText(n: GraphNode): { text?: string } {
  if (!n.attributes) return {};
  const parts: string[] = [];
  for (const v of Object.values(n.attributes)) {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') parts.push(x);
  }
  const text = parts.join(' \u0001 ').slice(0, ATTRIBUTE_TEXT_MAX);
  return text ? { text } : {};
}

/**
 * Builds the search index for `nodes` in a Web Worker, the only place that loads the dictionaries
 * (pinyin, OpenCC) and the word index, at every size. The worker sends back every node's plain
 * forms (one string and its offsets: a few hundred KB for 10,000 nodes), from which the page
 * answers a keystroke without a round trip; the worker's answer follows where it can differ.
 */
export function createSearchClient(nodes: readonly SearchableNode[]): SearchClient {
  const slim = nodes.map((n) => ({ id: n.id, name: n.name, aliases: n.aliases, ...attributeText(n as GraphNode) }));
  const port = searchPorts.open();
  let seq = 0;
  const pending = new Map<number, { resolve: (m: SearchResponse) => void; reject: (err: Error) => void }>();
  let now: ((query: string, limit: number) => { hits: SearchHit[]; final: boolean }) | null = null;
  let markReady!: (table: SearchTable) => void;
  let failReady!: (err: Error) => void;
  const table = new Promise<SearchTable>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  const ready = Promise.all([table, import('../../domain/searchTable')]).then(([t, m]) => {
    now = (query, limit) => m.searchTable(t, query, limit);
  });
  ready.catch(() => undefined); // a failure is reported to whoever waits; closing is not one
  const failAll = (err: Error) => {
    failReady(err);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  port.onmessage = (e) => {
    const m = e.data;
    if (m.type === 'ready') return markReady(m.table);
    if (m.type === 'error' && m.seq === undefined) return failAll(new Error(m.error));
    if (m.seq === undefined) return;
    const p = pending.get(m.seq);
    pending.delete(m.seq);
    if (m.type === 'error') p?.reject(new Error(m.error));
    else p?.resolve(m);
  };
  port.onerror = (e) => failAll(new Error(e.message || 'the search worker failed'));
  port.postMessage({ type: 'build', nodes: slim });
  const ask = (req: { type: 'search'; query: string; limit: number } | { type: 'simplify'; texts: string[] }) =>
    new Promise<SearchResponse>((resolve, reject) => {
      const id = ++seq;
      pending.set(id, { resolve, reject });
      port.postMessage({ ...req, seq: id });
    });
  return {
    ready,
    search: (query, limit = 12) => ask({ type: 'search', query, limit }).then((m) => (m.type === 'hits' ? m.hits : [])),
    searchNow: (query, limit = 12) => (now ? now(query, limit) : null),
    simplify: (texts) => ask({ type: 'simplify', texts }).then((m) => (m.type === 'simplified' ? m.texts : texts)),
    dispose: () => {
      port.terminate();
      failAll(new Error('the search index was closed'));
    },
  };
}

let shared: { nodes: readonly SearchableNode[]; client: SearchClient } | null = null;

/**
 * The page's one index for a graph: the search box, the node pickers of edit mode and the reader's
 * simplified characters ask the same one; a new graph (a new node list) replaces it.
 */
export function sharedSearchClient(nodes: readonly SearchableNode[]): SearchClient {
  if (shared?.nodes === nodes) return shared.client;
  shared?.client.dispose();
  shared = { nodes, client: createSearchClient(nodes) };
  return shared.client;
}
