/**
 * The SPARQL 1.1 protocol, as the explorer speaks it: POST with a form-encoded `query=`, asking for
 * JSON results; a timeout, cancellation, a few requests in flight at most, a cache of recent
 * answers, and errors that say what went wrong and where.
 */

export type Term =
  | { type: 'uri'; value: string }
  | { type: 'literal'; value: string; lang?: string; datatype?: string }
  | { type: 'bnode'; value: string };

export type Row = Record<string, Term>;

export interface SparqlEndpoint {
  /** The full endpoint URL, as given (never a base that /sparql is added to). */
  url: string;
  /** Request headers, for auth (Authorization, an API key). */
  headers?: Record<string, string>;
  /** Queries that did not answer within this many milliseconds are abandoned. */
  timeoutMs?: number;
}

export class SparqlError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'malformed' | 'timeout' | 'aborted' | 'too-large',
  ) {
    super(message);
    this.name = 'SparqlError';
  }
}

/** Most characters of an answer read; a larger one is refused, with the cap named. */
export const MAX_ANSWER_CHARS = 20_000_000;
const MAX_IN_FLIGHT = 3;
const CACHE_SIZE = 200;

export interface SparqlClient {
  readonly endpoint: SparqlEndpoint;
  select(query: string, signal?: AbortSignal): Promise<Row[]>;
  /** A CONSTRUCT or DESCRIBE, as N-Triples text. */
  construct(query: string, signal?: AbortSignal): Promise<string>;
}

/** A client for one endpoint. `fetcher` is the page's fetch (tests may give another). */
export function sparqlClient(endpoint: SparqlEndpoint, fetcher: typeof fetch = (...a) => fetch(...a)): SparqlClient {
  const cache = new Map<string, Row[]>();
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight++;
  };
  const release = () => {
    inFlight--;
    waiting.shift()?.();
  };
  const name = endpoint.url;

  async function run(query: string, signal?: AbortSignal, accept = 'application/sparql-results+json'): Promise<string> {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, endpoint.timeoutMs ?? 20_000);
    try {
      let res: Response;
      try {
        res = await fetcher(endpoint.url, {
          method: 'POST',
          headers: { ...endpoint.headers, Accept: accept, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ query }).toString(),
          signal: controller.signal,
          credentials: 'omit',
        });
      } catch (err) {
        if (timedOut) throw new SparqlError(`${name} did not answer within ${Math.round((endpoint.timeoutMs ?? 20_000) / 1000)} s`, 'timeout');
        if (signal?.aborted) throw new SparqlError('cancelled', 'aborted');
        throw new SparqlError(
          `${name} could not be reached (${(err as Error).message}). It may be down, or it may not allow this page to ask it (CORS): the endpoint must answer with Access-Control-Allow-Origin for this site, and this site's Content-Security-Policy must list it in connect-src.`,
          'network',
        );
      }
      const text = await res.text();
      if (text.length > MAX_ANSWER_CHARS) throw new SparqlError(`${name} sent more than ${MAX_ANSWER_CHARS.toLocaleString('en')} characters; the query asks for too much`, 'too-large');
      if (!res.ok) {
        const message = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 400);
        throw new SparqlError(`${name} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${message ? `: ${message}` : ''}`, 'http');
      }
      return text;
    } catch (err) {
      if (err instanceof SparqlError) throw err;
      if (timedOut) throw new SparqlError(`${name} did not answer within ${Math.round((endpoint.timeoutMs ?? 20_000) / 1000)} s`, 'timeout');
      if (signal?.aborted) throw new SparqlError('cancelled', 'aborted');
      throw new SparqlError(`${name}: ${(err as Error).message}`, 'network');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    endpoint,
    async select(query, signal) {
      const known = cache.get(query);
      if (known) {
        // Most recently used last.
        cache.delete(query);
        cache.set(query, known);
        return known;
      }
      await acquire();
      try {
        if (signal?.aborted) throw new SparqlError('cancelled', 'aborted');
        const rows = parseResults(await run(query, signal), name);
        cache.set(query, rows);
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
        return rows;
      } finally {
        release();
      }
    },
    async construct(query, signal) {
      await acquire();
      try {
        return await run(query, signal, 'application/n-triples, text/plain;q=0.5');
      } finally {
        release();
      }
    },
  };
}

/**
 * SPARQL 1.1 JSON results, checked term by term. Accepts what real servers send besides the
 * standard: Virtuoso's `typed-literal` (a literal with a datatype).
 */
export function parseResults(text: string, endpointName = 'the endpoint'): Row[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SparqlError(`${endpointName} did not send SPARQL JSON results (it began: ${JSON.stringify(text.slice(0, 80))})`, 'malformed');
  }
  const bindings = (json as { results?: { bindings?: unknown } })?.results?.bindings;
  if (!Array.isArray(bindings)) throw new SparqlError(`${endpointName} sent JSON without results.bindings`, 'malformed');
  const rows: Row[] = [];
  for (const b of bindings) {
    if (!b || typeof b !== 'object') continue;
    const row: Row = Object.create(null) as Row;
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) {
      const t = v as { type?: unknown; value?: unknown; 'xml:lang'?: unknown; datatype?: unknown };
      if (!t || typeof t.value !== 'string') continue;
      if (t.type === 'uri') row[k] = { type: 'uri', value: t.value };
      else if (t.type === 'bnode') row[k] = { type: 'bnode', value: t.value };
      else if (t.type === 'literal' || t.type === 'typed-literal') {
        row[k] = {
          type: 'literal',
          value: t.value,
          ...(typeof t['xml:lang'] === 'string' ? { lang: t['xml:lang'] } : {}),
          ...(typeof t.datatype === 'string' ? { datatype: t.datatype } : {}),
        };
      }
    }
    rows.push(row);
  }
  return rows;
}
