import { importFiles } from './import/importGraph';
import { xmlReaders } from './import/xmlFormats';
import type { ValidationIssue } from './validateGraph';
import type { Graph } from './schema';

/** Largest graph file the explorer reads, in bytes. */
export const MAX_GRAPH_BYTES = 50 * 1024 * 1024;

export type LoadResult = { ok: true; graph: Graph } | { ok: false; file: string; issues: ValidationIssue[] };

/**
 * A `?graph=` value is accepted only as a relative path on this site: no scheme, no protocol-relative
 * or absolute path, no backslashes. Returns the resolved URL, or null when refused.
 */
export function sameOriginGraphUrl(param: string, base: string): URL | null {
  const value = param.trim();
  if (!value || value.length > 500) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || value.includes('\\')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\u0000-\u001f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return url.origin === new URL(base).origin ? url : null;
}

/** Reads a fetched file with the same importer as "Open graph file": whole or nothing, every problem named. */
export function parseGraphText(text: string, file: string): LoadResult {
  const result = importFiles([{ name: file, text }], undefined, xmlReaders);
  return result.ok ? { ok: true, graph: result.graph } : { ok: false, file: result.file, issues: result.issues };
}

/** Fetches and validates a graph file served beside the app. */
export async function fetchGraph(url: URL, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const file = decodeURIComponent(url.pathname.split('/').pop() || url.pathname);
  let res: Response;
  try {
    res = await fetcher(url, { credentials: 'same-origin', redirect: 'error' });
  } catch (err) {
    return { ok: false, file, issues: [{ path: '(file)', message: `could not be fetched: ${(err as Error).message}` }] };
  }
  if (!res.ok) return { ok: false, file, issues: [{ path: '(file)', message: `the server answered ${res.status}` }] };
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_GRAPH_BYTES) {
    return { ok: false, file, issues: [{ path: '(file)', message: `is ${length} bytes, more than the ${MAX_GRAPH_BYTES} this explorer opens` }] };
  }
  const text = await res.text();
  if (text.length > MAX_GRAPH_BYTES) {
    return { ok: false, file, issues: [{ path: '(file)', message: `is larger than the ${MAX_GRAPH_BYTES} bytes this explorer opens` }] };
  }
  return parseGraphText(text, file);
}
