import type cytoscapeType from 'cytoscape';

export type Cytoscape = typeof cytoscapeType;

let loading: Promise<Cytoscape> | null = null;

/**
 * Cytoscape.js, in a chunk of its own: main.tsx asks for it first thing (and the built page
 * preloads it), so that it downloads and compiles while React and the panels start.
 */
export function loadCytoscape(): Promise<Cytoscape> {
  loading ??= import('cytoscape').then((m) => m.default);
  return loading;
}
