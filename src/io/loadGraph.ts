import { importFiles } from './import/importGraph';
import type { XmlReaders } from './import/importGraph';
import { isXml } from './import/sniff';
import type { ValidationIssue } from './validateGraph';
import type { Graph } from './schema';

/** Largest graph file the explorer reads, in bytes. */
export const MAX_GRAPH_BYTES = 50 * 1024 * 1024;

export type LoadResult = { ok: true; graph: Graph } | { ok: false; file: string; issues: ValidationIssue[] };

import { requestGraph } from './graphUrl';

export { sameOriginGraphUrl } from './graphUrl';

/** Reads a fetched file with the same importer as "Open graph file": whole or nothing, every problem named. */
export function parseGraphText(text: string, file: string, xml: XmlReaders | null = null): LoadResult {
  const result = importFiles([{ name: file, text }], undefined, xml);
  return result.ok ? { ok: true, graph: result.graph } : { ok: false, file: result.file, issues: result.issues };
}

/** Fetches and validates a graph file served beside the app. */
export function fetchGraph(url: URL, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  return readGraphResponse(url, requestGraph(url, fetcher));
}

/** Reads and validates the answer to `requestGraph`; the XML readers load only for an XML file. */
export async function readGraphResponse(url: URL, response: Promise<Response>): Promise<LoadResult> {
  const file = decodeURIComponent(url.pathname.split('/').pop() || url.pathname);
  let res: Response;
  try {
    res = await response;
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
  const xml = isXml(text) ? (await import('./import/xmlFormats')).xmlReaders : null;
  return parseGraphText(text, file, xml);
}
