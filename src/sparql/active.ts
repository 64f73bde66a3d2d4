import { useSyncExternalStore } from 'react';
import type { SparqlSession } from './session';

/** The SPARQL session the open graph comes from (null for a file or the bundled graph). */
let active: SparqlSession | null = null;
const listeners = new Set<() => void>();

export function setActiveSparql(session: SparqlSession | null): void {
  if (active === session) return;
  active = session;
  for (const l of listeners) l();
}

export function activeSparql(): SparqlSession | null {
  return active;
}

export function useActiveSparql(): SparqlSession | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => active,
  );
}

/** Most characters of loaded IRIs the address carries (more are left out of it, not off the canvas). */
const MAX_LOAD_PARAM = 4000;

/** The loaded nodes' IRIs in the address (`load=`, space-separated), so that a link reopens them. */
export function loadParam(iris: Iterable<string>): string {
  let out = '';
  for (const iri of iris) {
    if (out.length + iri.length + 1 > MAX_LOAD_PARAM) break;
    out += (out ? ' ' : '') + iri;
  }
  return out;
}

/**
 * Puts what a session has loaded on the canvas: into the open graph when it comes from this
 * session (the view stays), else as a new graph. `select` picks a node once it is there.
 */
export function publishSession(
  session: SparqlSession,
  store: { getState(): { replaceGraph(g: ReturnType<SparqlSession['toGraph']>): void; select(s: { kind: 'node'; id: string }): void } },
  loader: { openSparql(graph: ReturnType<SparqlSession['toGraph']>, session: SparqlSession, select?: string): void } | null,
  select?: string,
): void {
  if (active === session) {
    store.getState().replaceGraph(session.toGraph());
    writeLoaded(session);
    if (select) store.getState().select({ kind: 'node', id: select });
  } else loader?.openSparql(session.toGraph(), session, select && select.length <= 256 ? select : undefined);
}

export function writeLoaded(session: SparqlSession): void {
  const params = new URLSearchParams(window.location.search);
  params.set('load', loadParam(session.nodes.keys()));
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params}`);
}
