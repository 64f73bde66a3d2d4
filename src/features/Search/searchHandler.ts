import { buildSearchIndex, searchNodes, type SearchIndex, type SearchTable } from '../../domain/search';
import type { SearchRequest, SearchResponse } from './searchClient';
import { searchTools } from './searchTools';

/**
 * The search worker's work, apart from the worker so that tests without workers (jsdom) run the
 * same code in process. It holds the only copy of the dictionaries (pinyin, traditional to
 * simplified) and the typo-tolerant word index; the page is sent the plain forms.
 */
export function searchHandler(): (req: SearchRequest) => SearchResponse {
  let index: SearchIndex | null = null;
  return (req) => {
    try {
      if (req.type === 'build') {
        index = buildSearchIndex(req.nodes, searchTools);
        const table: SearchTable = index.table;
        return { type: 'ready', table };
      }
      if (req.type === 'simplify') return { type: 'simplified', seq: req.seq, texts: req.texts.map(searchTools.toSimplified) };
      if (!index) return { type: 'error', seq: req.seq, error: 'the search index is not built' };
      return { type: 'hits', seq: req.seq, hits: searchNodes(index, req.query, req.limit) };
    } catch (err) {
      return { type: 'error', seq: req.type === 'build' ? undefined : req.seq, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
