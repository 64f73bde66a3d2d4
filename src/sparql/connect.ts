import { EMBEDDED_ENDPOINT, embeddedFetch } from './embedded';
import { SparqlSession } from './session';
import { WIKIDATA_VOCABULARY } from './sparql';

/**
 * A session for an endpoint address: the in-browser store (EMBEDDED_ENDPOINT), or an http(s)
 * endpoint; Wikidata gets its vocabulary (wdt:P31 for types, wdt:P17 for countries).
 */
export function openSession(url: string, options: { headers?: Record<string, string>; graph?: string | null } = {}): SparqlSession {
  if (url === EMBEDDED_ENDPOINT) return new SparqlSession({ url, timeoutMs: 60_000 }, { fetcher: embeddedFetch, graph: options.graph ?? null });
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`not an http or https endpoint: ${url.slice(0, 80)}`);
  return new SparqlSession(
    { url: parsed.href, headers: options.headers ?? {}, timeoutMs: 20_000 },
    { graph: options.graph ?? null, ...(parsed.host === 'query.wikidata.org' ? { vocab: WIKIDATA_VOCABULARY } : {}) },
  );
}
