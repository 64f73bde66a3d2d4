import type { Core, NodeSingular } from 'cytoscape';
import { loadCytoscape } from './cytoscapeLoader';

interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

let registered: Promise<void> | null = null;

/**
 * Drawing a relationship by dragging from one node to another (cytoscape-edgehandles, loaded with edit
 * mode). The line drawn is only a gesture: when it ends on a node, the drawn edge is taken away again
 * and `onDrawn` asks the person what the relationship is, so that it is checked and recorded as any
 * other edit. Returns a switch for the drawing mode and a way to take it all down.
 */
export async function edgeDrawing(cy: Core, onDrawn: (source: string, target: string) => void): Promise<{ setDrawing(on: boolean): void; destroy(): void }> {
  registered ??= Promise.all([loadCytoscape(), import('cytoscape-edgehandles')]).then(([cytoscape, ext]) => {
    cytoscape.use((ext as unknown as { default: cytoscape.Ext }).default ?? (ext as unknown as cytoscape.Ext));
  });
  await registered;
  const eh = (cy as unknown as { edgehandles(options: object): EdgeHandles }).edgehandles({
    snap: false,
    hoverDelay: 80,
    canConnect: (source: NodeSingular, target: NodeSingular) => !source.same(target) && !target.hasClass('eh-ghost-node'),
    edgeParams: () => ({ classes: 'drawn' }),
  });
  const complete = (_e: unknown, source: NodeSingular, target: NodeSingular, added: { remove(): void }) => {
    added.remove();
    onDrawn(source.id(), target.id());
  };
  cy.on('ehcomplete', complete as never);
  let on = false;
  return {
    setDrawing: (next) => {
      if (next === on) return;
      on = next;
      if (on) eh.enableDrawMode();
      else eh.disableDrawMode();
      const container = cy.container();
      if (container) container.style.cursor = on ? 'crosshair' : '';
    },
    destroy: () => {
      cy.off('ehcomplete', complete as never);
      if (on) eh.disableDrawMode();
      eh.destroy();
    },
  };
}
