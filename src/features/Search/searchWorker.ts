/// <reference lib="webworker" />
import type { SearchRequest } from './searchClient';
import { searchHandler } from './searchHandler';

// The index (pinyin and simplified forms of every name, and the word index) is built and queried
// here, off the main thread: a 50,000-node graph takes seconds to index, and the page must not wait.
const handle = searchHandler();

// Copied, not transferred: the worker searches the same table (a transferred buffer is emptied here).
self.onmessage = (e: MessageEvent<SearchRequest>) => (self as unknown as Worker).postMessage(handle(e.data));
