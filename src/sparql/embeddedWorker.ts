/// <reference lib="webworker" />
import init, { Store } from 'oxigraph/web.js';
import wasmUrl from 'oxigraph/web_bg.wasm?url';
import turtle from '../../graph-data/graph.ttl?raw';
import { isGraphQuery } from './sparql';

/**
 * This explorer's own graph as a SPARQL store, in the browser: Oxigraph (WebAssembly) in this
 * worker, loaded with graph-data/graph.ttl, answering queries as an endpoint would.
 */
export type EmbeddedRequest = { id: number; query: string };
export type EmbeddedResponse = { id: number; status: number; body: string; type: string };

let store: Promise<Store> | null = null;

function open(): Promise<Store> {
  store ??= init({ module_or_path: wasmUrl }).then(() => {
    const s = new Store();
    s.load(turtle, { format: 'text/turtle' });
    return s;
  });
  return store;
}

self.onmessage = async (e: MessageEvent<EmbeddedRequest>) => {
  const { id, query } = e.data;
  const post = (m: EmbeddedResponse) => (self as unknown as Worker).postMessage(m);
  try {
    const s = await open();
    const graphResult = isGraphQuery(query);
    const body = s.query(query, { results_format: graphResult ? 'application/n-triples' : 'application/sparql-results+json', use_default_graph_as_union: true }) as string;
    post({ id, status: 200, body, type: graphResult ? 'application/n-triples' : 'application/sparql-results+json' });
  } catch (err) {
    post({ id, status: 400, body: String((err as Error).message ?? err), type: 'text/plain' });
  }
};
