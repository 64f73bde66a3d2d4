import type { SearchHit } from '../../domain/search';
import type { GraphNode } from '../../io/schema';

/** What the index needs of a node. */
export type SearchableNode = Pick<GraphNode, 'id' | 'name' | 'aliases'> & { text?: string };

export type SearchRequest = { type: 'build'; nodes: SearchableNode[] } | { type: 'search'; seq: number; query: string; limit: number };
export type SearchResponse = { type: 'ready' } | { type: 'hits'; seq: number; hits: SearchHit[] } | { type: 'error'; seq?: number; error: string };

export interface SearchClient {
  /** The index is built on the page, so `searchNow` answers (always false for a worker). */
  answersNow(): boolean;
  /** Settles when the index is built (rejects if it cannot be). */
  ready: Promise<void>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** On the page, once the index is built: the answer at once (null before that, or from a worker). */
  searchNow(query: string, limit?: number): SearchHit[] | null;
  dispose(): void;
}

/**
 * Up to this many nodes the index is built on the page (about 50 ms for 1,000 names, when the browser
 * is idle) and answers within the keystroke's own frame; a worker's round trip costs about one frame
 * more (measured with `npm run bench:interaction`). Above it, building takes seconds: a worker does it.
 */
export const ON_PAGE_MAX_NODES = 1500;

/**
 * Builds the search index for `nodes` and answers queries from it: on the page for small graphs and
 * where there is no worker (tests in jsdom), in a Web Worker for large ones.
 */
export function createSearchClient(nodes: readonly SearchableNode[]): SearchClient {
  const slim = nodes.map((n) => ({ id: n.id, name: n.name, aliases: n.aliases, ...attributeText(n as GraphNode) }));
  return typeof Worker === 'undefined' || slim.length <= ON_PAGE_MAX_NODES ? onPage(slim) : inWorker(slim);
}

let shared: { nodes: readonly SearchableNode[]; client: SearchClient } | null = null;

/**
 * The page's one index for a graph: the search box and the node pickers of edit mode ask the same
 * one; a new graph (a new node list) replaces it.
 */
export function sharedSearchClient(nodes: readonly SearchableNode[]): SearchClient {
  if (shared?.nodes === nodes) return shared.client;
  shared?.client.dispose();
  shared = { nodes, client: createSearchClient(nodes) };
  return shared.client;
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

function inWorker(nodes: SearchableNode[]): SearchClient {
  const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  let seq = 0;
  const pending = new Map<number, { resolve: (hits: SearchHit[]) => void; reject: (err: Error) => void }>();
  let markReady!: () => void;
  let failReady!: (err: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  ready.catch(() => undefined); // a failure is reported to whoever waits; closing is not one
  const failAll = (err: Error) => {
    failReady(err);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.onmessage = (e: MessageEvent<SearchResponse>) => {
    const m = e.data;
    if (m.type === 'ready') markReady();
    else if (m.type === 'hits') {
      pending.get(m.seq)?.resolve(m.hits);
      pending.delete(m.seq);
    } else if (m.seq === undefined) failAll(new Error(m.error));
    else {
      pending.get(m.seq)?.reject(new Error(m.error));
      pending.delete(m.seq);
    }
  };
  worker.onerror = (e) => failAll(new Error(e.message || 'the search worker failed'));
  worker.postMessage({ type: 'build', nodes } satisfies SearchRequest);
  return {
    ready,
    search: (query, limit = 12) =>
      new Promise<SearchHit[]>((resolve, reject) => {
        const id = ++seq;
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'search', seq: id, query, limit } satisfies SearchRequest);
      }),
    searchNow: () => null,
    answersNow: () => false,
    dispose: () => {
      worker.terminate();
      failAll(new Error('the search index was closed'));
    },
  };
}

function onPage(nodes: SearchableNode[]): SearchClient {
  let now: ((query: string, limit?: number) => SearchHit[]) | null = null;
  const built = Promise.all([import('../../domain/search'), import('./searchTools')]).then(([search, tools]) => {
    const index = search.buildSearchIndex(nodes, tools.searchTools);
    now = (query, limit = 12) => search.searchNodes(index, query, limit);
    return now;
  });
  return {
    ready: built.then(() => undefined),
    search: async (query, limit = 12) => (await built)(query, limit),
    searchNow: (query, limit = 12) => (now ? now(query, limit) : null),
    answersNow: () => now !== null,
    dispose: () => {},
  };
}
