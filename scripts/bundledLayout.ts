/**
 * The bundled graph's positions, computed at build time (vite.config.ts imports this for the module
 * `virtual:bundled-positions`), so that the explorer paints it laid out with no layout to run first.
 * The same fcose settings as the explorer's "Reset layout", with a fixed seed: every build draws the
 * same picture. Labels are not measured here (no canvas): their boxes are estimated from the text.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { rngFrom } from '../src/domain/random';
import { indexGraph } from '../src/domain/graph';
import { separateOverlaps } from '../src/domain/separate';
import type { Graph } from '../src/io/schema';
import { nodeSizes } from '../src/renderer/controllers';

cytoscape.use(fcose);

const FONT_PX = 12;
const LINE_PX = 15;
const WRAP_PX = 96;
const HAN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Width of `text` at 12 px: Han characters are square, Latin ones about half as wide. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += HAN.test(ch) ? FONT_PX : ch === ' ' ? FONT_PX * 0.28 : FONT_PX * 0.56;
  return w;
}

/** The box of a node with its label below it, in the largest label mode (Chinese and English names). */
export function labelledBox(size: number, name: { zh: string; en: string }): { w: number; h: number } {
  const lines = [name.zh, name.en].map((t) => Math.max(1, Math.ceil(textWidth(t) / WRAP_PX)));
  const width = Math.min(WRAP_PX, Math.max(textWidth(name.zh), textWidth(name.en)));
  return { w: Math.max(size, width), h: size + 4 + (lines[0]! + lines[1]!) * LINE_PX };
}

export function layoutBundledGraph(graph: Graph, seed = 2022): Record<string, { x: number; y: number }> {
  const index = indexGraph(graph);
  const sizes = nodeSizes(index, 'degree');
  const random = Math.random;
  Math.random = rngFrom(seed); // fcose's random start, made repeatable
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
      elements: [
        ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, ...labelledBox(sizes.get(n.id) ?? 30, n.name) } })),
        ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
      ],
    });
    cy.layout({ name: 'fcose', animate: false, quality: 'proof', randomize: true, nodeSeparation: 70, idealEdgeLength: 70, nodeRepulsion: 7000, packComponents: true, padding: 30 } as never).run();
    // Node bodies must not overlap (the explorer checks the same after its own layouts).
    const boxes = graph.nodes.map((n) => {
      const p = cy.getElementById(n.id).position();
      const s = sizes.get(n.id) ?? 30;
      return { x: p.x, y: p.y, w: s, h: s };
    });
    separateOverlaps(boxes, 6);
    cy.destroy();
    return Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: Math.round(boxes[i]!.x), y: Math.round(boxes[i]!.y) }]));
  } finally {
    Math.random = random;
  }
}
