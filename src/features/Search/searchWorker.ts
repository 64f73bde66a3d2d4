/// <reference lib="webworker" />
import type { SearchRequest } from './searchClient';
import { searchHandler } from './searchHandler';

// The index (pinyin and simplified forms of every name, and the word index) is built and queried
// here, off the main thread: a 50,000-node graph takes seconds to index, and the page must not wait.
const handle = searchHandler();

self.onmessage = (e: MessageEvent<SearchRequest>) => {
  const res = handle(e.data);
  // The forms' offsets are handed over, not copied.
  (self as unknown as Worker).postMessage(res, res.type === 'ready' ? [res.table.starts.buffer] : []);
};
