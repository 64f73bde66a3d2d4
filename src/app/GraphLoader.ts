import { createContext, useContext } from 'react';
import type { Graph } from '../io/schema';

export interface GraphLoader {
  /** Replaces the open graph (and its view) with a new one; `name` is what it is called in messages. */
  open(graph: Graph, name: string): void;
  /** Returns to the bundled graph. */
  openBundled(): void;
  /** Opens what a SPARQL session has loaded; the session stays with the graph for expanding it. */
  openSparql(graph: Graph, session: import('../sparql/session').SparqlSession, select?: string): void;
  /** True when the open graph is the bundled one. */
  isBundled: boolean;
}

export const GraphLoaderContext = createContext<GraphLoader | null>(null);

export function useGraphLoader(): GraphLoader | null {
  return useContext(GraphLoaderContext);
}
