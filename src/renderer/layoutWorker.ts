/// <reference lib="webworker" />
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { rngFrom } from '../domain/random';

cytoscape.use(fcose);

export interface LayoutRequest {
  nodes: { id: string; w: number; h: number; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
  /** fcose starts from random positions; a fixed seed gives the same layout whatever came before. */
  seed?: number;
}

// fcose in a headless Cytoscape, off the main thread: the page stays responsive however long it
// takes, and gets the positions back in one message.
self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  try {
    const { nodes, edges, options, seed } = e.data;
    if (seed !== undefined) Math.random = rngFrom(seed); // this worker runs one layout, then ends
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
      elements: [
        ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
        ...edges.map((ed) => ({ group: 'edges' as const, data: { id: ed.id, source: ed.source, target: ed.target } })),
      ],
    });
    const layout = cy.layout({ name: 'fcose', animate: false, nodeDimensionsIncludeLabels: false, ...options } as never);
    layout.one('layoutstop', () => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = n.position();
      });
      (self as unknown as Worker).postMessage({ ok: true, positions });
      cy.destroy();
    });
    layout.run();
  } catch (err) {
    (self as unknown as Worker).postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
