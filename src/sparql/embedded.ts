import type { EmbeddedRequest, EmbeddedResponse } from './embeddedWorker';

/** The address the in-browser store goes by in the dialog, the address bar and each edge's sources. */
export const EMBEDDED_ENDPOINT = 'browser:zgc-graph';

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, (r: EmbeddedResponse) => void>();

/**
 * A `fetch` for the in-browser store: the same SPARQL protocol as a remote endpoint (a POST with
 * `query=`), answered by Oxigraph in a worker, so that the session and its client do not know the
 * difference.
 */
export const embeddedFetch: typeof fetch = (_input, init) => {
  worker ??= (() => {
    const w = new Worker(new URL('./embeddedWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<EmbeddedResponse>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    return w;
  })();
  const query = new URLSearchParams(String(init?.body ?? '')).get('query') ?? '';
  const id = ++seq;
  return new Promise<Response>((resolve, reject) => {
    const signal = init?.signal;
    if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => {
      pending.delete(id);
      reject(new DOMException('aborted', 'AbortError'));
    });
    pending.set(id, (r) => resolve(new Response(r.body, { status: r.status, statusText: r.status === 200 ? 'OK' : 'Bad Request', headers: { 'Content-Type': r.type } })));
    worker!.postMessage({ id, query } satisfies EmbeddedRequest);
  });
};
