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
