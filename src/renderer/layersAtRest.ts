import type { Core } from 'cytoscape';
import { layerCache, rebuildLayersIfCheap } from './controllers';

/** How long the elements must stay unchanged before the layers are rebuilt at rest. */
const LAYERS_REST_MS = 350;

/**
 * After a change of styles at rest (labels placed again, a selection, new sizes), the renderer skips
 * its layers and leaves them unbuilt until something draws again: the next pan or zoom then draws
 * every element in each of its first frames while the layers fill (1,000 nodes: about ten frames
 * of 50-80 ms, against 16.7 ms). Once the elements have rested, this builds them in one frame
 * instead, before anyone moves the view. Returns what stops it.
 */
export function keepLayersReady(cy: Core): () => void {
  const cache = layerCache(cy);
  if (!cache || typeof cache.lastInvalidationTime !== 'number') return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let builtAt = -Infinity;
  const check = () => {
    const changed = cache.lastInvalidationTime as number;
    if (cy.destroyed() || changed <= builtAt) return;
    const rested = performance.now() - changed;
    if (rested < LAYERS_REST_MS) {
      timer = setTimeout(check, LAYERS_REST_MS - rested);
      return;
    }
    builtAt = performance.now();
    if (rebuildLayersIfCheap(cy)) cy.forceRender();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, LAYERS_REST_MS);
  };
  cy.on('render', schedule);
  return () => {
    clearTimeout(timer);
    cy.removeListener('render', schedule);
  };
}
