import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import type { Visibility } from '../domain/filters';
import type { Lang, Selection } from '../domain/urlState';
import { betweennessCentrality, degreeCentrality, type GraphPath } from '../domain/explore';
import type { SizeBy } from '../store/appStore';
import { UNNAMED_RELATION, type GraphIndex } from '../domain/graph';
import { pick } from '../i18n/messages';
import { nodeLabel } from './labels';
import { timeSlices } from './tasks';

/**
 * Per Cytoscape instance, every element it was created with. Elements the filters take out stay
 * the same objects (removed, then restored), so this one collection holds the whole graph for good;
 * which of them are on the canvas is `removed()` on each.
 */
const everything = new WeakMap<Core, CollectionReturnValue>();

/** Every element of the graph: those on the canvas and those the filters have taken out. */
export function allElements(cy: Core): CollectionReturnValue {
  let all = everything.get(cy);
  if (!all) {
    all = cy.elements(); // first asked before anything is removed (applyVisibility asks first)
    everything.set(cy, all);
  }
  return all;
}

/** How many nodes the whole graph has, counted once per collection (`nodes()` is a pass over every element). */
const nodeCounts = new WeakMap<CollectionReturnValue, number>();
export function allNodeCount(cy: Core): number {
  const all = allElements(cy);
  let n = nodeCounts.get(all);
  if (n === undefined) {
    n = all.nodes().length;
    nodeCounts.set(all, n);
  }
  return n;
}

/** Elements added to the canvas after it was made (a graph drawn in slices) join the whole graph. */
export function addToAllElements(cy: Core, added: CollectionReturnValue): void {
  everything.set(cy, allElements(cy).union(added));
}

/** Elements the graph no longer has leave the canvas and the whole graph. */
export function removeFromAllElements(cy: Core, gone: CollectionReturnValue): void {
  cy.remove(gone.filter((e) => !e.removed()));
  everything.set(cy, allElements(cy).difference(gone));
}

/**
 * Takes out of Cytoscape what the filters exclude, brings back what they let through, and dims
 * "kept" neighbours. Removing is what makes a filter cheap on a large graph: a hidden element needs
 * no restyle, no bounds and no drawing (measured: 10k nodes, 0.28 s against 1.9 s for hiding them
 * with a class). Removed elements keep their data, classes and positions for when they return.
 *
 * Above SLICED_VISIBILITY_ABOVE elements the work is done a slice at a time: the pass that sorts
 * the elements, then the removal (edges first, inside one batch, so that the canvas is drawn once,
 * when all of it is out). At 50,000 nodes that pass and removal were one task of 1.1 s. A newer call
 * stops an unfinished one and goes on from where it left the canvas. Resolves once all is applied.
 */
export function applyVisibility(cy: Core, v: Visibility): Promise<void> {
  visibilityJobs.get(cy)?.stop();
  const all = allElements(cy);
  if (!visibilityInSlices(cy)) {
    const changes = emptyChanges();
    sortChanges(all, v, 0, all.length, changes);
    applyChanges(cy, changes);
    cy.emit(VISIBILITY_APPLIED);
    return Promise.resolve();
  }
  let stopped = false;
  visibilityJobs.set(cy, { stop: () => (stopped = true) });
  const breathe = timeSlices(VISIBILITY_SLICE_MS);
  return (async () => {
    const changes = emptyChanges();
    for (let i = 0; i < all.length; i += 500) {
      sortChanges(all, v, i, Math.min(all.length, i + 500), changes);
      await breathe();
      if (stopped || cy.destroyed()) return;
    }
    const takeOut = [...changes.takeOut.filter((e) => e.isEdge()), ...changes.takeOut.filter((e) => e.isNode())];
    applyChanges(cy, { ...changes, takeOut: [] });
    if (!takeOut.length) return void cy.emit(VISIBILITY_APPLIED);
    cy.startBatch();
    try {
      for (let i = 0; i < takeOut.length; i += 500) {
        takeOutOf(cy, takeOut.slice(i, i + 500).filter((e) => !e.removed()));
        await breathe();
        if (stopped || cy.destroyed()) return;
      }
    } finally {
      if (!cy.destroyed()) cy.endBatch();
    }
    cy.emit(VISIBILITY_APPLIED);
  })().finally(() => {
    if (!stopped) visibilityJobs.delete(cy);
  });
}

/**
 * The event `window.cy` emits once what the filters, the focus or the timeline ask is all applied
 * (its drawing follows in the next frame): a filter on a large canvas finishes tasks after the click.
 */
export const VISIBILITY_APPLIED = 'visibilityapplied';

/** Elements on the canvas above which visibility is applied a slice at a time (see applyVisibility). */
const SLICED_VISIBILITY_ABOVE = 20000;

/** Whether applyVisibility works on this graph a slice at a time, finishing tasks after it is called. */
export const visibilityInSlices = (cy: Core): boolean => allElements(cy).length > SLICED_VISIBILITY_ABOVE;
const VISIBILITY_SLICE_MS = 40;
const visibilityJobs = new WeakMap<Core, { stop: () => void }>();

interface Changes {
  takeOut: SingularElementArgument[];
  bringBack: SingularElementArgument[];
  dim: SingularElementArgument[];
  undim: SingularElementArgument[];
}

const emptyChanges = (): Changes => ({ takeOut: [], bringBack: [], dim: [], undim: [] });

/** Sorts elements `from` to `to` of `all` by what the visibility asks of them. */
function sortChanges(all: CollectionReturnValue, v: Visibility, from: number, to: number, changes: Changes): void {
  for (let i = from; i < to; i++) {
    const e = all[i] as SingularElementArgument;
    const show = e.isNode()
      ? v.visible.has(e.id())
      : (!v.edges || v.edges.has(e.id())) && v.visible.has(e.data('source') as string) && v.visible.has(e.data('target') as string);
    if (show === e.removed()) (show ? changes.bringBack : changes.takeOut).push(e);
    if (show && e.isNode()) {
      const dimmed = v.dimmed.has(e.id());
      if (e.hasClass('dimmed') !== dimmed) (dimmed ? changes.dim : changes.undim).push(e);
    }
  }
}

/** Removes elements from the canvas. A hover does not survive leaving the canvas (the pointer cannot leave an element that is not there). */
function takeOutOf(cy: Core, eles: SingularElementArgument[]): void {
  if (eles.length) cy.remove(cy.collection(eles as never)).filter('.hovered, .show-label').removeClass('hovered show-label');
}

function applyChanges(cy: Core, { takeOut, bringBack, dim, undim }: Changes): void {
  if (!takeOut.length && !bringBack.length && !dim.length && !undim.length) return;
  cy.batch(() => {
    // Each class changes once per collection: one event, not one per element.
    if (dim.length) cy.collection(dim as never).addClass('dimmed');
    if (undim.length) cy.collection(undim as never).removeClass('dimmed');
    if (bringBack.length) {
      const back = cy.collection(bringBack as never);
      back.nodes().restore();
      back.edges().restore();
    }
    takeOutOf(cy, takeOut);
  });
  if (bringBack.length > MANY_RETURNING) rebuildLayersOnNextFrame(cy);
}

/** Elements brought back at once above which the canvas's layer cache is rebuilt whole. */
const MANY_RETURNING = 2000;

/**
 * Cytoscape's canvas renderer pans and zooms a large graph from a cache of pre-drawn layers. It
 * builds those layers whole only the first time; after elements are added or brought back it
 * rebuilds them lazily, and while the view keeps moving it never gets there: every frame then
 * draws every element (430 ms p95 at 10,000 nodes without a GPU, against 16.7 ms). Marking the
 * cache as new again makes the next frame rebuild it at once. This reaches into the renderer's
 * private data (Cytoscape 3.x, `data.lyrTxrCache.firstGet`); where that is not there, nothing
 * happens, and the Chromium test on drawing in slices says so.
 */
export type LayerCache = { firstGet?: unknown; lastInvalidationTime?: unknown };

export function layerCache(cy: Core): LayerCache | null {
  const renderer = (cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: LayerCache } } | undefined }).renderer?.();
  const cache = renderer?.data?.lyrTxrCache;
  return cache && typeof cache.firstGet === 'boolean' ? cache : null;
}

export function rebuildLayersOnNextFrame(cy: Core): boolean {
  const cache = layerCache(cy);
  if (!cache) return false;
  cache.firstGet = true;
  return true;
}

/** Up to this many elements on the canvas a rebuild of the layers costs at most about 150 ms. */
const LAYERS_AT_REST_MAX = 6000;

/** The same, where it is that cheap (LAYERS_AT_REST_MAX); above it the rebuild would be a long task. */
export function rebuildLayersIfCheap(cy: Core): boolean {
  return cy.elements().length <= LAYERS_AT_REST_MAX && rebuildLayersOnNextFrame(cy);
}

/** Ids of what stays lit around a selected node (itself, its edges, its neighbours) or edge (it, its ends). */
function neighbourhood(index: GraphIndex, selection: NonNullable<Selection>): Set<string> {
  const keep = new Set([selection.id]);
  if (selection.kind === 'node') {
    for (const inc of index.incidences.get(selection.id) ?? []) {
      keep.add(inc.edge.id);
      keep.add(inc.other);
    }
  } else {
    const edge = index.edgeById.get(selection.id);
    if (edge) keep.add(edge.source).add(edge.target);
  }
  return keep;
}

/** Marks the selection and its neighbourhood, fading the rest (on the canvas or not, for when it returns). */
export function applySelection(cy: Core, index: GraphIndex, selection: Selection): void {
  const all = allElements(cy);
  cy.batch(() => {
    all.filter('.selected, .highlighted, .faded').removeClass('selected highlighted faded');
    if (!selection) return;
    const el = all.getElementById(selection.id);
    if (el.empty()) return;
    el.addClass('selected');
    const keep = neighbourhood(index, selection);
    const highlighted: SingularElementArgument[] = [];
    const faded: SingularElementArgument[] = [];
    all.forEach((e) => {
      if (!keep.has(e.id())) faded.push(e);
      else if (e.isEdge()) highlighted.push(e);
    });
    cy.collection(highlighted as never).addClass('highlighted');
    cy.collection(faded as never).addClass('faded');
  });
}

/** Node size by importance: uniform, by degree or by betweenness centrality. */
export function nodeSizes(index: GraphIndex, sizeBy: SizeBy, ranks?: ReadonlyMap<string, number>): Map<string, number> {
  if (sizeBy.startsWith('attr:')) {
    // A numeric attribute: area follows the value (14 to 60 px across); nodes without one are small.
    const key = sizeBy.slice(5);
    const value = (n: (typeof index.graph.nodes)[number]) => (typeof n.attributes?.[key] === 'number' ? (n.attributes[key] as number) : null);
    const values = index.graph.nodes.map(value).filter((v): v is number => v !== null);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return new Map(index.graph.nodes.map((n) => {
      const v = value(n);
      return [n.id, v === null ? 10 : hi > lo ? 14 + 46 * Math.sqrt((v - lo) / (hi - lo)) : 30];
    }));
  }
  if (sizeBy === 'file') {
    // The file's sizes, scaled into the same range as the others (14 to 60 px at zoom 1).
    const sizes = index.graph.nodes.map((n) => n.size).filter((v): v is number => v !== undefined);
    const lo = Math.min(...sizes);
    const hi = Math.max(...sizes);
    return new Map(index.graph.nodes.map((n) => [n.id, n.size === undefined ? 20 : hi > lo ? 14 + (46 * (n.size - lo)) / (hi - lo) : 30]));
  }
  const values =
    sizeBy === 'betweenness' ? betweennessCentrality(index) : sizeBy === 'degree' ? degreeCentrality(index) : sizeBy === 'pagerank' ? (ranks ?? null) : null;
  let max = 1e-9;
  if (values) for (const v of values.values()) max = Math.max(max, v);
  return new Map(index.graph.nodes.map((n) => [n.id, values ? 20 + 42 * Math.sqrt((values.get(n.id) ?? 0) / max) : 30]));
}

/** Sizes from the graph's structure, relative to its largest value: they move whenever the graph grows. */
export const sizesFollowStructure = (sizeBy: SizeBy): boolean => sizeBy === 'degree' || sizeBy === 'betweenness' || sizeBy === 'pagerank';

/**
 * Whether a node's new size is close enough to the one drawn to leave it (less than 12 % apart): when
 * the graph grows, the sizes relative to its largest value shift for every node a little, and
 * restyling them all costs a redraw of the whole canvas. A node's size follows its own new degree
 * at once; the others catch up once the drift is visible.
 */
export function slightResize(drawn: unknown, next: unknown): boolean {
  return typeof drawn === 'number' && typeof next === 'number' && drawn > 0 && Math.abs(next - drawn) / drawn < 0.12;
}

/** Sizes that need code loaded on demand (PageRank, from graphology-metrics) arrive after it. */
export async function applySizesWhenReady(cy: Core, index: GraphIndex, sizeBy: SizeBy, current: () => SizeBy): Promise<void> {
  if (sizeBy !== 'pagerank') return applySizes(cy, index, sizeBy);
  const { pageRank } = await import('../domain/communities');
  if (!cy.destroyed() && current() === sizeBy) applySizes(cy, index, sizeBy, pageRank(index.graph));
}

export function applySizes(cy: Core, index: GraphIndex, sizeBy: SizeBy, ranks?: ReadonlyMap<string, number>): void {
  const sizes = nodeSizes(index, sizeBy, ranks);
  cy.batch(() => {
    allElements(cy).nodes().forEach((n) => {
      const size = sizes.get(n.id()) ?? 30;
      if (n.data('size') !== size) n.data('size', size);
    });
  });
}

/** Highlights the shortest paths, fading everything else; the path wins over the selection. */
export function applyPath(cy: Core, paths: readonly GraphPath[] | null): void {
  const all = allElements(cy);
  cy.batch(() => {
    all.filter('.on-path, .path-end').removeClass('on-path path-end');
    if (!paths || paths.length === 0) return;
    for (const p of paths) {
      for (const id of p.nodes) all.getElementById(id).addClass('on-path');
      for (const step of p.steps) for (const e of step.edges) all.getElementById(e.id).addClass('on-path');
    }
    const first = paths[0]!;
    all.getElementById(first.nodes[0]!).addClass('path-end');
    all.getElementById(first.nodes.at(-1)!).addClass('path-end');
    all.removeClass('faded');
    all.not('.on-path').addClass('faded');
  });
}

/** Reading mode: what the paragraph in view supports lights up in the graph. */
export function applyReading(cy: Core, index: GraphIndex, paragraph: number | null): void {
  const all = allElements(cy);
  cy.batch(() => {
    all.filter('.reading').removeClass('reading');
    if (paragraph === null) return;
    for (const n of index.graph.nodes) {
      const cited = n.sources.some((s) => s.paragraph === paragraph) || (n.facts ?? []).some((f) => f.sources.some((s) => s.paragraph === paragraph));
      if (cited) all.getElementById(n.id).addClass('reading');
    }
    for (const e of index.graph.edges) if (e.sources.some((s) => s.paragraph === paragraph)) all.getElementById(e.id).addClass('reading');
  });
}

export function applyLabels(cy: Core, index: GraphIndex, lang: Lang, field: string | null = null): void {
  const relations = new Map(index.graph.vocabularies.relationTypes.map((r) => [r.id, r]));
  const all = allElements(cy);
  cy.batch(() => {
    all.nodes().forEach((n) => {
      const node = index.nodeById.get(n.id());
      if (!node) return;
      // Labelled by an attribute the person chose (its value as text), else by the node's name.
      const value = field ? node.attributes?.[field] : undefined;
      n.data('label', value !== undefined && value !== null ? (Array.isArray(value) ? value.join(', ') : String(value)) : nodeLabel(node.name, lang));
    });
    all.edges().forEach((e) => {
      // A file's own edge label stays; a named relation follows the language; an unnamed one says nothing.
      if (index.edgeById.get(e.id())?.label) return;
      const r = relations.get(e.data('type'));
      if (r) e.data('label', r.id === UNNAMED_RELATION ? '' : pick(r.label, lang));
    });
  });
}

/** How far down the canvas is uncovered: a bottom sheet (the details drawer on a phone) hides the rest. */
function uncoveredHeight(cy: Core): number {
  const container = cy.container();
  const sheet = container?.closest('.workspace')?.querySelector('.drawer.bottom');
  if (!container || !sheet) return cy.height();
  const top = sheet.getBoundingClientRect().top - container.getBoundingClientRect().top;
  return Math.max(80, Math.min(cy.height(), top));
}

/** Brings a node into view if it is outside the visible (uncovered) part of the canvas. */
export function revealNode(cy: Core, id: string, force = false): void {
  const node = cy.getElementById(id);
  if (node.empty() || !node.visible()) return;
  const p = node.renderedPosition();
  const margin = 40;
  const height = uncoveredHeight(cy);
  const inside = p.x > margin && p.y > margin && p.x < cy.width() - margin && p.y < height - margin;
  if (inside && !force) return;
  const reduce = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const zoom = Math.max(cy.zoom(), 1);
  // The node goes to the middle of the uncovered part.
  const pos = node.position();
  const pan = { x: cy.width() / 2 - pos.x * zoom, y: height / 2 - pos.y * zoom };
  if (reduce) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, { duration: 350, easing: 'ease-in-out-cubic' });
}

/** The node nearest a point on the canvas (rendered pixels), if one lies within `radius`: taps need not be exact. */
export function nodeNear(cy: Core, at: { x: number; y: number }, radius: number): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  cy.nodes(':visible').forEach((n) => {
    const p = n.renderedPosition();
    const d = Math.hypot(p.x - at.x, p.y - at.y) - n.renderedOuterWidth() / 2;
    if (d < bestD) {
      bestD = d;
      best = n.id();
    }
  });
  return bestD <= radius ? best : null;
}

/** Height of what floats over the top of the canvas (layout, size and year controls), capped. */
function topInset(cy: Core): number {
  const container = cy.container();
  const controls = container?.parentElement?.querySelector('.graph-controls');
  if (!container || !controls) return 0;
  const bottom = controls.getBoundingClientRect().bottom - container.getBoundingClientRect().top;
  return Math.max(0, Math.min(bottom, cy.height() * 0.3));
}

/** The legend's footprint in the bottom-left corner of the canvas (width, height from the corner), if shown. */
function legendCorner(cy: Core): { w: number; h: number } | null {
  const container = cy.container();
  const legend = container?.parentElement?.querySelector('.legend-dock .legend');
  if (!container || !legend) return null;
  const box = container.getBoundingClientRect();
  const l = legend.getBoundingClientRect();
  if (l.width === 0 || l.height === 0) return null;
  return { w: l.right - box.left, h: box.bottom - l.top };
}

/**
 * The viewport that shows `eles` whole, clear of the controls floating over the canvas's top edge
 * and of the legend in its bottom-left corner: the graph goes above the legend or beside it,
 * whichever leaves it larger.
 */
export function clearFit(cy: Core, eles: CollectionReturnValue | Box, padding: number): { zoom: number; pan: { x: number; y: number } } | null {
  const isBox = 'x1' in eles;
  const bb = isBox ? eles : eles.boundingBox();
  if ((!isBox && eles.empty()) || !(bb.w > 0 || bb.h > 0)) return null;
  const top = topInset(cy);
  const view = (left: number, bottom: number) => {
    const w = cy.width() - 2 * padding - left;
    const h = cy.height() - 2 * padding - top - bottom;
    if (w <= 0 || h <= 0) return null;
    // A graph of a node or two is not blown up to fill the canvas: at most twice its size.
    const zoom = Math.min(FIT_MAX_ZOOM, cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1))));
    return { zoom, pan: { x: padding + left + (w - bb.w * zoom) / 2 - bb.x1 * zoom, y: padding + top + (h - bb.h * zoom) / 2 - bb.y1 * zoom } };
  };
  const legend = legendCorner(cy);
  const clear = legend ? [view(0, legend.h), view(legend.w, 0)].filter((v) => v !== null) : [];
  // Above the legend or beside it, whichever is larger; over it only if neither has room.
  return clear.length ? clear.reduce((a, b) => (b.zoom > a.zoom ? b : a)) : view(0, 0);
}

const FIT_MAX_ZOOM = 2;

/** A model-space box, as `boundingBox()` gives one. */
export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** Node colours: the colouring given, or back to what the elements were made with (type or file). */
export function applyColours(cy: Core, index: GraphIndex, colours: ReadonlyMap<string, string> | null): void {
  const types = new Map(index.graph.vocabularies.nodeTypes.map((t) => [t.id, t.color]));
  cy.batch(() => {
    allElements(cy).nodes().forEach((n) => {
      const node = index.nodeById.get(n.id());
      const colour = colours?.get(n.id()) ?? node?.color ?? types.get(node?.type ?? '') ?? '#888888';
      if (n.data('color') !== colour) n.data('color', colour);
    });
  });
}
