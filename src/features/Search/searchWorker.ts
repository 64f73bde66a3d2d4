/// <reference lib="webworker" />
import { buildSearchIndex, searchNodes, type SearchIndex } from '../../domain/search';
import type { SearchRequest, SearchResponse } from './searchClient';
import { searchTools } from './searchTools';

// The index (pinyin and simplified forms of every name) is built and queried here, off the main
// thread: a 50,000-node graph takes seconds to index, and the page must not wait for it.
let index: SearchIndex | null = null;

self.onmessage = (e: MessageEvent<SearchRequest>) => {
  const post = (m: SearchResponse) => (self as unknown as Worker).postMessage(m);
  const req = e.data;
  try {
    if (req.type === 'build') {
      index = buildSearchIndex(req.nodes, searchTools);
      post({ type: 'ready' });
    } else if (index) {
      post({ type: 'hits', seq: req.seq, hits: searchNodes(index, req.query, req.limit) });
    }
  } catch (err) {
    post({ type: 'error', seq: req.type === 'search' ? req.seq : undefined, error: err instanceof Error ? err.message : String(err) });
  }
};
