import type { BoundingBox12, Core, NodeSingular } from 'cytoscape';
import { allElements, allNodeCount, rebuildLayersIfCheap } from './controllers';
import { NODE_FONT_PX, stylesheetFor } from './stylesheet';

/**
 * Readable labels, the way map renderers and Gephi Lite place them:
 *
 * - a label is never drawn smaller than LABEL_SCREEN_PX on screen: when the view is zoomed out, the
 *   label grows in model space (`labelScale`) rather than shrinking into a smudge;
 * - labels are placed in order of importance (the selection and its neighbours, the path, then by
 *   degree), and a label that would collide with one already placed is not drawn (class
 *   `label-hidden`); zooming in makes room, and more labels appear;
 * - a faded label is never drawn over a highlighted node.
 *
 * Graphs above LABEL_MANAGED_MAX_NODES keep Cytoscape's own rule (labels appear once readable).
 */
export const LABEL_SCREEN_PX = 11;
export const LABEL_MANAGED_MAX_NODES = 1000;

/** How much a label is enlarged at this zoom so that it stays LABEL_SCREEN_PX on screen (1 when zoomed in). */
export function labelScale(zoom: number): number {
  const raw = Math.max(1, LABEL_SCREEN_PX / (NODE_FONT_PX * Math.max(zoom, 1e-3)));
  // In steps of about 4%, so that a wheel gesture restyles the graph a few times, not every frame.
  return Math.exp(Math.round(Math.log(raw) / 0.04) * 0.04);
}

/**
 * Each instance's label scale. Not in `cy.scratch`: setting the core's scratch data restyles every
 * element (Cytoscape treats it as style input), which doubled the cost of each new scale.
 */
const scales = new WeakMap<Core, number>();

/** The label scale the instance's stylesheet was built with. */
export function currentLabelScale(cy: Core): number {
  return scales.get(cy) ?? 1;
}

/** Labels at their own size (scale 1), as layouts measure them: a layout must not depend on the zoom. */
export function modelSizeLabels(cy: Core): void {
  if (currentLabelScale(cy) === 1) return;
  scales.set(cy, 1);
  rescaleLabels(cy);
}

/** Applies the stylesheet for this instance's size, theme (read from the page) and label scale. */
export function restyle(cy: Core): void {
  cy.style(currentStylesheet(cy));
}

/** The stylesheet for this instance's size, the page's theme and its label scale. */
function currentStylesheet(cy: Core) {
  const nodes = allNodeCount(cy);
  return stylesheetFor(nodes, undefined, currentLabelScale(cy), allElements(cy).length - nodes);
}

/**
 * The stylesheet again for a new label scale, restyling only what draws a label: every node, and the
 * edges whose label shows. A whole restyle (every edge too) cost 300-400 ms at 1,000 nodes and landed
 * in the middle of a pan or zoom; the other edges take the new sizes when a class change restyles them.
 */
function rescaleLabels(cy: Core): void {
  const all = allElements(cy);
  cy.style().fromJson(currentStylesheet(cy));
  const labelled = all.nodes().union(all.edges().filter((e) => e.hasClass('show-label') || e.hasClass('selected') || e.hasClass('highlighted') || e.hasClass('on-path')));
  // Collection#updateStyle is Cytoscape's own (what cy.style().update() calls), missing from its types.
  (labelled as unknown as { updateStyle(): void }).updateStyle();
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Boxes in a uniform grid, for collision queries in about constant time. */
class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(private cell: number) {}
  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / this.cell); i <= Math.floor(b.x2 / this.cell); i++) {
      for (let j = Math.floor(b.y1 / this.cell); j <= Math.floor(b.y2 / this.cell); j++) keys.push(`${i},${j}`);
    }
    return keys;
  }
  hits(b: Box): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => overlaps(o, b)) ?? false);
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

export interface LabelCandidate {
  id: string;
  /** Lower is placed first. */
  rank: number;
  degree: number;
  /** The label's box, in model coordinates. */
  label: Box | null;
  /** The node's body, in model coordinates. */
  body: Box;
  /** Placed whatever it covers (the selection, the ends of a path). */
  must: boolean;
  /** Highlighted: a faded label must not cover its body. */
  lit: boolean;
  faded: boolean;
}

/**
 * Which labels to draw: greedy in order of rank, then degree; a label is dropped if it overlaps a
 * label already placed, or if it is faded and covers a highlighted node. Pure, for tests.
 */
export function chooseLabels(candidates: readonly LabelCandidate[], gap = 2): Set<string> {
  const steps = placingLabels(candidates, gap);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `chooseLabels` a part at a time, for a picture of tens of thousands of nodes (200 ms in one go at
 * 50,000): pauses after every `every` candidates placed, and returns the labels to draw.
 */
export function* placingLabels(candidates: readonly LabelCandidate[], gap = 2, every = 1000): Generator<void, Set<string>> {
  const order = [...candidates].sort((a, b) => a.rank - b.rank || b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const widths = candidates.flatMap((c) => (c.label ? [c.label.x2 - c.label.x1] : []));
  const cell = Math.max(20, widths.length ? widths.reduce((s, w) => s + w, 0) / widths.length : 100);
  const placed = new BoxGrid(cell);
  const litBodies = new BoxGrid(cell);
  for (const c of candidates) if (c.lit) litBodies.add(c.body);
  const shown = new Set<string>();
  for (let i = 0; i < order.length; i++) {
    if (i % every === every - 1) yield;
    const c = order[i]!;
    if (!c.label) continue;
    const box = { x1: c.label.x1 - gap, y1: c.label.y1 - gap, x2: c.label.x2 + gap, y2: c.label.y2 + gap };
    if (!c.must && (placed.hits(box) || (c.faded && litBodies.hits(c.label)))) continue;
    placed.add(box);
    shown.add(c.id);
  }
  return shown;
}

function rankOf(n: NodeSingular, somethingLit: boolean): number {
  if (n.hasClass('selected') || n.hasClass('path-end')) return 0;
  if (n.hasClass('on-path') || n.hasClass('hovered') || n.hasClass('kb-cursor')) return 1;
  if (n.hasClass('faded')) return 4;
  if (somethingLit) return 2;
  return n.hasClass('dimmed') ? 3.5 : 3;
}

const box = (b: BoundingBox12): Box => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });

/** A node as a candidate for a label: its importance from its classes, with its label's box and its body's. */
export function labelCandidate(n: NodeSingular, somethingLit: boolean, label: Box | null, body: Box): LabelCandidate {
  const rank = rankOf(n, somethingLit);
  return { id: n.id(), rank, must: rank === 0, lit: somethingLit && !n.hasClass('faded'), faded: n.hasClass('faded'), degree: n.degree(false), label, body };
}

/**
 * Scales the labels for the zoom (or for `zoom` given, as an export does) and hides those that
 * would collide. Returns whether the scale changed.
 */
export function layoutLabels(cy: Core, zoom = cy.zoom()): boolean {
  // A graph too large for placed labels is left before anything is asked of its elements (':visible'
  // asks every node's style: a pass of 100 ms and more at 50,000 nodes, after each filter and in
  // each export, for nothing).
  if (cy.destroyed() || allNodeCount(cy) > LABEL_MANAGED_MAX_NODES) return false;
  const nodes = cy.nodes(':visible');
  const scale = labelScale(zoom);
  let changed = false;
  if (currentLabelScale(cy) !== scale) {
    scales.set(cy, scale);
    rescaleLabels(cy);
    changed = true;
  }
  const somethingLit = nodes.some((n) => (n as NodeSingular).hasClass('faded'));
  const candidates: LabelCandidate[] = nodes.map((n) => {
    const hasLabel = String(n.data('label') ?? '') !== '';
    const label = hasLabel ? box(n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never)) : null;
    return labelCandidate(n, somethingLit, label, box(n.boundingBox({ includeLabels: false, includeOverlays: false } as never)));
  });
  const shown = chooseLabels(candidates);
  cy.batch(() => {
    nodes.forEach((n) => {
      const hide = !shown.has(n.id());
      if (n.hasClass('label-hidden') !== hide) {
        n.toggleClass('label-hidden', hide);
        changed = true;
      }
    });
  });
  return changed;
}

/** How long the view must rest before labels are scaled and placed again after a pan or zoom. */
const SETTLE_MS = 120;

/**
 * Runs layoutLabels once per frame at most (`now`), or once the view has rested (`settled`): a pan
 * or zoom gesture moves the drawn labels with the graph and places them again when it pauses, so
 * that no frame of the gesture pays for a restyle.
 */
export function labelScheduler(cy: Core): { now: () => void; settled: () => void; cancel: () => void } {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    frame = 0;
    // New labels leave the renderer's layers to be rebuilt during the next gesture's first frames
    // (see layersAtRest.ts): at these sizes the next frame rebuilds them instead.
    if (!cy.destroyed() && layoutLabels(cy)) rebuildLayersIfCheap(cy);
  };
  return {
    now: () => {
      if (!frame) frame = requestAnimationFrame(run);
    },
    settled: () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!frame) frame = requestAnimationFrame(run);
      }, SETTLE_MS);
    },
    cancel: () => {
      clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
