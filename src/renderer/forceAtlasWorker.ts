/// <reference lib="webworker" />
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** Start from these positions (x, y per node); edges as pairs of node indices. */
export interface ForceAtlasStart {
  kind: 'start';
  count: number;
  xy: Float64Array;
  edges: Uint32Array;
  /** Stop after this long even if the layout still moves. */
  budgetMs: number;
}
export type ForceAtlasMessage = ForceAtlasStart | { kind: 'stop' };
export interface ForceAtlasFrame {
  kind: 'frame';
  xy: Float64Array;
  iterations: number;
  done: boolean;
}

/** How long one batch of iterations runs before its positions are posted (the page draws each). */
const BATCH_MS = 120;

// ForceAtlas2 (graphology's implementation) off the main thread, sending positions as it goes: the
// page shows the structure forming within a second and stays responsive; Stop ends it at once.
let stopped = false;
self.onmessage = (e: MessageEvent<ForceAtlasMessage>) => {
  if (e.data.kind === 'stop') {
    stopped = true;
    return;
  }
  stopped = false;
  const { count, xy, edges, budgetMs } = e.data;
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
  for (let i = 0; i < count; i++) graph.addNode(i, { x: xy[2 * i]!, y: xy[2 * i + 1]! });
  for (let k = 0; k + 1 < edges.length; k += 2) graph.addEdge(edges[k]!, edges[k + 1]!);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: count > 800 };
  const started = performance.now();
  let iterations = 0;
  let calm = 0;
  const batch = () => {
    if (stopped) return;
    const t0 = performance.now();
    const before = new Float64Array(count * 2);
    graph.forEachNode((node, a) => {
      before[2 * Number(node)] = a.x as number;
      before[2 * Number(node) + 1] = a.y as number;
    });
    let step = 0;
    while (performance.now() - t0 < BATCH_MS) {
      forceAtlas2.assign(graph, { iterations: 5, settings });
      step += 5;
    }
    iterations += step;
    const out = new Float64Array(count * 2);
    let moved = 0;
    let x1 = Infinity;
    let x2 = -Infinity;
    graph.forEachNode((node, a) => {
      const i = Number(node);
      out[2 * i] = a.x as number;
      out[2 * i + 1] = a.y as number;
      moved += Math.hypot(out[2 * i]! - before[2 * i]!, out[2 * i + 1]! - before[2 * i + 1]!);
      x1 = Math.min(x1, out[2 * i]!);
      x2 = Math.max(x2, out[2 * i]!);
    });
    // Settled: nodes move, on average, less than a thousandth of the drawing's width per iteration.
    const relative = moved / Math.max(count, 1) / Math.max(x2 - x1, 1) / step;
    calm = relative < 0.0002 ? calm + 1 : 0;
    const done = calm >= 3 || performance.now() - started > budgetMs;
    const frame: ForceAtlasFrame = { kind: 'frame', xy: out, iterations, done };
    (self as unknown as Worker).postMessage(frame, [out.buffer]);
    if (!done) setTimeout(batch, 0); // lets a "stop" message in between batches
  };
  batch();
};
