import type { Core } from 'cytoscape';
import { separateOverlaps } from '../domain/separate';

let fcoseReady: Promise<void> | null = null;

/** fcose is loaded on first use, so that it stays out of the initial bundle. */
function loadFcose(cytoscapeCore: typeof import('cytoscape')): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then((m) => {
    cytoscapeCore.use(m.default);
  });
  return fcoseReady;
}

export type LayoutName = 'force' | 'preset';

export async function runLayout(cy: Core, name: LayoutName): Promise<void> {
  if (name === 'preset') return;
  const cytoscapeCore = (await import('cytoscape')).default;
  await loadFcose(cytoscapeCore);
  const layout = cy.elements().layout({
    name: 'fcose',
    quality: 'proof',
    randomize: true,
    animate: false,
    nodeDimensionsIncludeLabels: true,
    nodeSeparation: 70,
    idealEdgeLength: 70,
    nodeRepulsion: 7000,
    packComponents: true,
    padding: 30,
  } as never);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  removeOverlaps(cy);
}

/** Node bodies must not overlap; fcose gets close, a short separation pass finishes the job. */
function removeOverlaps(cy: Core): void {
  const nodes = cy.nodes();
  if (nodes.length > 5000) return; // quadratic in the worst case; large graphs keep fcose's result
  const boxes = nodes.map((n) => ({ x: n.position('x'), y: n.position('y'), w: n.outerWidth(), h: n.outerHeight() }));
  separateOverlaps(boxes, 6);
  cy.batch(() => {
    nodes.forEach((n, i) => {
      n.position({ x: boxes[i]!.x, y: boxes[i]!.y });
    });
  });
}
