import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { loadCytoscape, type Cytoscape } from './cytoscapeLoader';
import { useEffect, useRef, useState } from 'react';
import { useGraphKeyboard } from './GraphKeyboard';
import { pick, translate, uiLangOf } from '../i18n/messages';
import { shortestPaths } from '../domain/explore';
import type { AppState, AppStore } from '../store/appStore';
import { selectVisibility, useAppStore, useAppStoreApi, useT } from '../store/hooks';
import { registerGraphCommands } from './commands';
import { addToAllElements, removeFromAllElements, allElements, applyColours, applyLabels, clearFit, nodeNear, applyPath, applyReading, applySelection, applySizesWhenReady, applyVisibility, visibilityInSlices, rebuildLayersIfCheap, rebuildLayersOnNextFrame, nodeSizes, revealNode, sizesFollowStructure, slightResize } from './controllers';
import { toElements } from './elements';
import { nextTask } from './tasks';
import { spreadAround } from '../domain/arrange';
import { reducedMotion, runLayout, spiralPosition, stopProgressiveLayout, type LayoutOptions } from './layout';
import { GroupTitles } from './GroupTitles';
import { MapBackdrop } from './MapBackdrop';
import { stylesheetFor } from './stylesheet';
import { labelScheduler, restyle } from './labelLayout';
import { movedBetween } from '../domain/history';

declare global {
  interface Window {
    /** The live Cytoscape instance, for automation and the browser console (as Cytoscape's demos do). */
    cy?: Core;
  }
}

/** Selection and path highlighting share the fade: the path, when there is one, wins. */
function applyHighlight(cy: Core, s: AppState): void {
  applySelection(cy, s.index, s.selection);
  const paths = s.path?.to ? shortestPaths(s.index, s.path.from, s.path.to) : null;
  applyPath(cy, paths);
}

/** Runs layouts one at a time, marking the graph busy meanwhile (a progressive layout only until its first frame). */
function layoutRunner(cy: Core, store: AppStore, onFrame: () => void) {
  let queue = Promise.resolve();
  const onProgress = (state: 'running' | 'done' | 'stopped') => {
    store.getState().setLayoutProgress(state === 'done' ? null : state);
    onFrame();
  };
  return (options: LayoutOptions & { fit: boolean }) => {
    options = { ...options, onProgress };
    queue = queue.then(async () => {
      if (cy.destroyed()) return;
      store.getState().setBusy(true);
      try {
        const s = store.getState();
        if (s.layout === 'group') {
          // Groups follow the colouring (its categories, or Louvain communities): loaded on demand.
          const { groupsOf } = await import('../domain/colouring');
          const lang = uiLangOf(s.lang);
          const types = new Map(s.graph.vocabularies.nodeTypes.map((t) => [t.id, t]));
          options.groups = groupsOf(s.graph, s.colourBy, {
            community: translate(lang, 'community'),
            none: translate(lang, 'noGroup'),
            typeName: (id) => (types.get(id) ? pick(types.get(id)!.label, lang) : id),
          });
        }
        await runLayout(cy, s.index, s.layout, options);
        const view = options.fit && !cy.destroyed() ? clearFit(cy, cy.elements(':visible'), 40) : null;
        if (view) cy.animate(view, { duration: options.animate ? 300 : 0 });
      } catch (err) {
        store.getState().pushNotice({ key: 'panelError', params: { error: String(err) }, tone: 'error' });
      } finally {
        if (!cy.destroyed()) store.getState().setBusy(false);
      }
    });
    return queue;
  };
}

/** Colours the nodes as the store says; communities and attribute colourings load on demand. */
async function colourNodes(cy: Core, s: AppState): Promise<void> {
  if (s.colourBy === 'type' || s.colourBy === 'file') return applyColours(cy, s.index, null);
  const { colouringOf } = await import('../domain/colouring');
  if (cy.destroyed()) return;
  const ui = uiLangOf(s.lang);
  const c = colouringOf(s.graph, s.colourBy, { community: translate(ui, 'community'), other: translate(ui, 'otherValues') });
  applyColours(cy, s.index, c?.colours ?? null);
}

/** Frames `eles` (a path, a selection's neighbourhood), zoomed in no further than 1.6. */
function frameOnCanvas(cy: Core, eles: ReturnType<Core['elements']>, animate = true): void {
  if (eles.empty()) return;
  const view = clearFit(cy, eles, 60);
  if (!view) return;
  if (view.zoom > 1.6) {
    const bb = eles.boundingBox();
    const centre = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    view.pan = { x: view.pan.x + (centre.x * view.zoom - centre.x * 1.6), y: view.pan.y + (centre.y * view.zoom - centre.y * 1.6) };
    view.zoom = 1.6;
  }
  if (animate && !reducedMotion()) cy.animate(view, { duration: 350 });
  else cy.viewport(view);
}

/** How far (rendered px) from a node's edge a tap still takes it: a finger needs 24 px targets, a mouse less. */
const TAP_SLOP_PX = 12;
const MOUSE_SLOP_PX = 4;
const isTouch = (e: Event | undefined) => !!e && (e.type.startsWith('touch') || (e as PointerEvent).pointerType === 'touch');

/** Owns the Cytoscape instance: created once per store, kept in sync by store subscriptions. */
/** Elements above which a graph is drawn in slices; the first slice's size (nodes come first). */
const PROGRESSIVE_ABOVE = 6000;
const FIRST_SLICE = 2000;
/** Milliseconds of work per slice: well under a long task, with the frame's own drawing on top. */
const SLICE_BUDGET_MS = 40;

/**
 * Adds elements[from..] to the canvas in slices sized to SLICE_BUDGET_MS each (measured as it
 * goes), yielding to the browser between slices. Each time the canvas changes Cytoscape draws all
 * of it again (about 350 ms at 10,000 nodes without a GPU), so the slices are added inside a batch
 * and shown each time the count on the canvas has doubled: a handful of redraws, not one per slice.
 * Edges follow the nodes they join, since `toElements` lists every node before any edge.
 */
async function drawInSlices(cy: Core, elements: ElementDefinition[], from: number, cancelled: () => boolean, onProgress: (done: number) => void): Promise<void> {
  let size = 1000;
  let shown = from;
  let batching = false;
  try {
    for (let i = from; i < elements.length; ) {
      await nextTask();
      if (cancelled() || cy.destroyed()) return;
      if (!batching) {
        cy.startBatch();
        batching = true;
      }
      const t0 = performance.now();
      const slice = elements.slice(i, i + size);
      addToAllElements(cy, cy.add(slice));
      i += slice.length;
      const spent = Math.max(1, performance.now() - t0);
      size = Math.max(200, Math.min(8000, Math.round((size * SLICE_BUDGET_MS) / spent)));
      if (i >= 2 * shown || i >= elements.length) {
        cy.endBatch();
        batching = false;
        shown = i;
        onProgress(i);
      }
    }
  } finally {
    if (batching && !cy.destroyed()) cy.endBatch();
  }
  if (!cy.destroyed()) rebuildLayersOnNextFrame(cy);
}

/**
 * The canvas follows a new graph without starting over: what went is removed, what is new is added
 * (around the node it was reached from), and what changed (a name, a type, a relationship's year, an
 * edge's ends, a node's degree) is updated in place. Returns whether linked nodes came (a layout is
 * then due).
 *
 * Sized by degree or centrality, a node whose own links did not change keeps its drawn size while
 * the scale moves it only slightly (sizes are relative to the largest value, and each expand of a
 * hub raised it): restyling every node on the canvas made each expand's frame redraw all of them,
 * not just what came.
 */
export function growCanvas(cy: Core, s: Pick<AppState, 'index' | 'lang' | 'sizeBy'>): boolean {
  const next = toElements(s.index, s.lang, nodeSizes(s.index, s.sizeBy));
  const nextById = new Map(next.map((e) => [String(e.data.id), e]));
  const all = allElements(cy);
  // An edge whose ends changed is a new edge to Cytoscape.
  const gone = all.filter((e) => {
    const d = nextById.get(e.id());
    return !d || (e.isEdge() && (e.data('source') !== d.data.source || e.data('target') !== d.data.target));
  });
  if (gone.nonempty()) removeFromAllElements(cy, gone);
  const known = new Set(allElements(cy).map((e) => e.id()));
  const fresh = next.filter((e) => !known.has(String(e.data.id)));
  // New nodes gather around the node they were reached from.
  const byAnchor = new Map<string, ElementDefinition[]>();
  for (const e of fresh) {
    if (e.group !== 'nodes' || e.position) continue;
    const id = String(e.data.id);
    const anchor = (s.index.incidences.get(id) ?? []).map((i) => i.other).find((o) => known.has(o)) ?? '';
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), e]);
  }
  for (const [anchor, list] of byAnchor) {
    // A node linked to nothing yet (a curator's new node) goes beside the graph, covering nothing.
    // (The graph's box only then: it measures every node and its label.)
    const bb = !anchor && all.nonempty() ? all.nodes().boundingBox() : null;
    const centre = anchor ? cy.getElementById(anchor).position() : bb && Number.isFinite(bb.x2) ? { x: bb.x2 + 120, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
    const ring = spreadAround(centre, list.length + 1, 70).slice(1);
    list.forEach((e, i) => (e.position = ring[i]));
  }
  if (fresh.length) addToAllElements(cy, cy.add(fresh));
  // Data that changed (degrees and sizes with new links; names, types, colours with an edit).
  const freshIds = new Set(fresh.map((e) => String(e.data.id)));
  // Sizes from the graph's structure move with every node added; a file's or an attribute's are exact.
  const relativeSizes = sizesFollowStructure(s.sizeBy);
  cy.batch(() => {
    for (const e of next) {
      const id = String(e.data.id);
      if (freshIds.has(id)) continue;
      const el = cy.getElementById(id);
      // One signature per element: most elements are as they were (an expand of a large canvas
      // compared every field of every element, a deep comparison each, hundreds of ms in all).
      const sig = `${JSON.stringify(e.data)}|${typeof e.classes === 'string' ? e.classes : ''}`;
      if (el.scratch('_zgcSig') === sig) continue;
      el.scratch('_zgcSig', sig);
      const changed: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(e.data)) {
        if (k === 'id' || k === 'source' || k === 'target' || k === 'position') continue;
        const old: unknown = el.data(k);
        if (old !== v && !(typeof v === 'object' && v !== null && JSON.stringify(old) === JSON.stringify(v))) changed[k] = v;
      }
      if (relativeSizes && 'size' in changed && !('degree' in changed) && slightResize(el.data('size'), changed.size)) delete changed.size;
      if (Object.keys(changed).length) el.data(changed);
      if (e.group === 'edges' && typeof e.classes === 'string') {
        el.toggleClass('inferred', e.classes.includes('inferred'));
        el.toggleClass('undirected', e.classes.includes('undirected'));
      }
    }
  });
  // Only new nodes with links need the layout to find them a place (an expand, a merge); a new node on
  // its own, a new link between nodes on the canvas or a removal keeps every node where it is.
  return fresh.some((e) => e.group === 'nodes' && (s.index.incidences.get(String(e.data.id))?.length ?? 0) > 0);
}

function positionsOf(cy: Core): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  allElements(cy).nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/** Sent on the window when a canvas has drawn its first frame (the panels that wait for it follow). */
export const CANVAS_DRAWN = 'zgc:canvas-drawn';

export function GraphCanvas() {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const [cy, setCy] = useState<Core | null>(null);
  const layout = useAppStore((s) => s.layout);
  const webgl = useAppStore((s) => s.webgl);
  // Switching the renderer means a new Cytoscape instance: it starts where the last one left off.
  const kept = useRef<{ store: AppStore; positions: Map<string, { x: number; y: number }> } | null>(null);
  // Cytoscape's own chunk (requested by main.tsx before React started): the canvas waits for it.
  const [cytoscape, setCytoscape] = useState<Cytoscape | null>(null);
  useEffect(() => {
    let live = true;
    loadCytoscape().then(
      (lib) => live && setCytoscape(() => lib),
      (err: unknown) => store.getState().pushNotice({ key: 'panelError', params: { error: String(err) }, tone: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [store]);

  useEffect(() => {
    const el = container.current;
    if (!el || !cytoscape) return;
    const initial = store.getState();
    const restored = kept.current?.store === store ? kept.current.positions : null;
    kept.current = null;
    const elements = toElements(initial.index, initial.lang, nodeSizes(initial.index, initial.sizeBy));
    if (restored) for (const e of elements) if (e.group === 'nodes' && restored.has(String(e.data.id))) e.position = restored.get(String(e.data.id));
    // A large graph is drawn a slice at a time (nodes first, then edges), each slice in its own task,
    // so that the page answers while it fills in; the first slice is on screen at once.
    const progressive = elements.length > PROGRESSIVE_ABOVE;
    if (progressive) {
      // Nodes the file does not place start on the layout's spiral, never piled on one spot.
      const unplaced = elements.filter((e) => e.group === 'nodes' && !e.position).sort((a, b) => Number(b.data.degree) - Number(a.data.degree));
      unplaced.forEach((e, i) => (e.position = spiralPosition(i)));
    }
    // Cytoscape warns in the console at every instance whose wheel sensitivity is not its default;
    // 0.4 is chosen on purpose (gentler steps than its default for a mouse wheel), so its warnings
    // are off while the instance is made, and on again after.
    cytoscape.warnings(false);
    let made: Core;
    try {
      made = cytoscape({
        container: el,
        elements: progressive ? elements.slice(0, FIRST_SLICE) : elements,
        style: stylesheetFor(initial.graph.nodes.length, undefined, 1, initial.graph.edges.length),
        // Offered only on a hardware GPU (see gpu.ts): on a software rasteriser WebGL is far slower.
        ...(webgl ? { renderer: { name: 'canvas', webgl: true } as never } : {}),
        autounselectify: true,
        boxSelectionEnabled: false,
        wheelSensitivity: 0.4,
        minZoom: 0.02,
        maxZoom: 6,
        // Placed, not fitted: the first view is framed below (clear of the controls and the legend).
        layout: { name: 'preset', fit: false } as never,
      });
    } finally {
      cytoscape.warnings(true);
    }
    const cy = made;
    window.cy = cy;
    setCy(cy);
    // Marks for the benchmark (bench/run.ts) and for anyone profiling: first frame, then interactive.
    cy.one('render', () => {
      performance.mark('zgc:first-render');
      window.dispatchEvent(new Event(CANVAS_DRAWN));
    });

    cy.on('tap', 'node', (e) => {
      // Under a finger Cytoscape takes any node within 8 px, the topmost first: take the nearest.
      const near = isTouch(e.originalEvent) ? nodeNear(cy, e.renderedPosition, TAP_SLOP_PX) : null;
      store.getState().select({ kind: 'node', id: near ?? e.target.id() });
    });
    cy.on('tap', 'edge', (e) => {
      // Under a finger, a node within reach of the tap wins over the thin edge under it.
      const near = isTouch(e.originalEvent) ? nodeNear(cy, e.renderedPosition, TAP_SLOP_PX) : null;
      store.getState().select(near ? { kind: 'node', id: near } : { kind: 'edge', id: e.target.id() });
    });
    cy.on('tap', (e) => {
      if (e.target !== cy) return;
      // A tap that misses a small node by a little still takes it (targets of 24 px at least).
      const near = nodeNear(cy, e.renderedPosition, isTouch(e.originalEvent) ? TAP_SLOP_PX : MOUSE_SLOP_PX);
      store.getState().select(near ? { kind: 'node', id: near } : null);
    });
    cy.on('mouseover', 'edge', (e) => e.target.addClass('show-label'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('show-label'));
    cy.on('mouseover', 'node', (e) => {
      e.target.addClass('hovered');
      el.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', (e) => {
      e.target.removeClass('hovered');
      el.style.cursor = '';
    });
    // Labels: sized for the zoom, placed by importance without collisions, once per frame at most.
    const labelTimer = labelScheduler(cy);
    const labels = labelTimer.now;
    cy.on('layoutstop dragfree add remove', labels);
    // A drag is a step of the history.
    let grabbedAt: { id: string; x: number; y: number } | null = null;
    cy.on('grab', 'node', (e) => {
      const p = (e.target as NodeSingular).position();
      grabbedAt = { id: e.target.id(), x: p.x, y: p.y };
    });
    cy.on('dragfree', 'node', (e) => {
      const node = e.target as NodeSingular;
      if (!grabbedAt || grabbedAt.id !== node.id()) return;
      const { x, y } = node.position();
      const name = String(node.data('label') ?? node.id()).replace(/\u200b/g, '').split('\n')[0]!;
      store.getState().recordMove({ key: 'historyDrag', params: { name } }, { [node.id()]: { x: grabbedAt.x, y: grabbedAt.y } }, { [node.id()]: { x, y } });
      grabbedAt = null;
    });
    cy.on('viewport', labelTimer.settled);
    // Loaded apart: the first screen's code is held to its size budget.
    let stopLayers = () => {};
    void import('./layersAtRest').then((m) => {
      if (!cy.destroyed()) stopLayers = m.keepLayersReady(cy);
    });
    if (initial.graph.nodes.length <= 500) cy.on('position', labelTimer.settled);

    // The view follows the canvas's size and the filters until the person pans or zooms it.
    let userMoved = !!initial.viewport;
    let gesture = false;
    cy.on('tapstart', (e) => {
      gesture = e.target === cy;
    });
    cy.on('tapend', () => {
      gesture = false;
    });
    cy.on('viewport', () => {
      if (gesture) userMoved = true;
    });
    const onWheel = () => {
      userMoved = true;
    };
    el.addEventListener('wheel', onWheel, { passive: true });
    const refit = (animate: boolean) => {
      if (userMoved || store.getState().busy || cy.destroyed()) return;
      const view = clearFit(cy, cy.elements(':visible'), 30);
      if (view) {
        if (animate && !reducedMotion()) cy.animate(view, { duration: 300 });
        else cy.viewport(view);
      }
    };

    let viewportTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      clearTimeout(viewportTimer);
      viewportTimer = setTimeout(() => {
        if (store.getState().busy) return;
        const p = cy.pan();
        store.getState().setViewport({ x: p.x, y: p.y, zoom: cy.zoom() });
      }, 250);
    });

    // Panels resize the canvas without a window resize: tell Cytoscape.
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    const resizeObserver =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            // The first call reports the size the canvas already has: nothing to follow.
            if (el.clientWidth === cy.width() && el.clientHeight === cy.height()) return;
            cy.resize();
            clearTimeout(resizeTimer);
      labelTimer.cancel();
            resizeTimer = setTimeout(() => refit(false), 120);
          });
    resizeObserver?.observe(el);

    let cancelled = false;
    const drawn = progressive
      ? drawInSlices(cy, elements, FIRST_SLICE, () => cancelled, (done) => {
          store.getState().setDrawProgress({ done, total: elements.length });
        }).then(() => store.getState().setDrawProgress(null))
      : Promise.resolve();
    // Framed once, around where every node will be: a view that stays put while the slices come in
    // keeps what is drawn cached instead of drawing it all again at each new zoom.
    function fitWhileDrawing() {
      if (userMoved || cy.destroyed()) return;
      let x1 = Infinity;
      let y1 = Infinity;
      let x2 = -Infinity;
      let y2 = -Infinity;
      for (const e of elements) {
        if (e.group !== 'nodes' || !e.position) continue;
        x1 = Math.min(x1, e.position.x);
        y1 = Math.min(y1, e.position.y);
        x2 = Math.max(x2, e.position.x);
        y2 = Math.max(y2, e.position.y);
      }
      const view = x2 >= x1 ? clearFit(cy, { x1: x1 - 30, y1: y1 - 30, w: x2 - x1 + 60, h: y2 - y1 + 60 }, 30) : null;
      if (view) cy.viewport(view);
    }
    if (progressive) {
      store.getState().setDrawProgress({ done: FIRST_SLICE, total: elements.length });
      fitWhileDrawing();
    }
    // Filters, colours and the highlight apply to what is drawn: again once every slice is in.
    const applyState = () => {
      const s = store.getState();
      void applyVisibility(cy, selectVisibility(s));
      if (s.colourBy !== 'type' && s.colourBy !== 'file') void colourNodes(cy, s);
      applyHighlight(cy, s);
    };
    applyState();
    if (initial.sizeBy === 'pagerank') void applySizesWhenReady(cy, initial.index, initial.sizeBy, () => store.getState().sizeBy);
    // Each frame of a progressive layout is framed anew, until the person pans or zooms.
    const relayout = layoutRunner(cy, store, () => refit(false));

    let visibilityRun = 0;
    const unsubscribe = store.subscribe((s: AppState, prev: AppState) => {
      if (s.graph !== prev.graph) {
        // The graph grew (an expand) or shrank (a removal): the canvas follows without starting over.
        const moved = growCanvas(cy, s);
        applyState();
        if (s.labelField) applyLabels(cy, s.index, s.lang, s.labelField);
        // An edit of names or years keeps every node where it is; new or removed elements are laid out.
        if (moved && s.layout === 'force') void relayout({ animate: true, fit: false, incremental: true });
        else if (moved) void relayout({ animate: true, fit: false });
      }
      if (s.filters !== prev.filters || s.focus !== prev.focus || s.year !== prev.year || s.undated !== prev.undated) {
        // On a large graph what the filters hide leaves a slice at a time: the graph is busy meanwhile,
        // and framed once the newest filter is all applied.
        const sliced = visibilityInSlices(cy);
        if (sliced) store.getState().setBusy(true);
        const run = ++visibilityRun;
        const refilter = s.filters !== prev.filters;
        void applyVisibility(cy, selectVisibility(s)).then(() => {
          if (run !== visibilityRun || cy.destroyed()) return;
          if (sliced) store.getState().setBusy(false);
          if (refilter) refit(true);
        });
      }
      if (s.selection !== prev.selection || s.path !== prev.path) {
        applyHighlight(cy, s);
        if (s.selection?.kind === 'node' && s.selection !== prev.selection) {
          const id = s.selection.id;
          revealNode(cy, id);
          // On a phone the details sheet that the selection opens covers part of the canvas: once
          // React has drawn it, bring the node into what is left.
          requestAnimationFrame(() => {
            if (!cy.destroyed() && cy.container()?.closest('.workspace')?.querySelector('.drawer.bottom')) revealNode(cy, id);
          });
        }
        // A path found: frame it, both ends and every step, so that it can be read.
        if (s.path?.to && (s.path.to !== prev.path?.to || s.path.from !== prev.path?.from)) frameOnCanvas(cy, cy.elements('.on-path'));
      }
      if (s.lang !== prev.lang || s.labelField !== prev.labelField) applyLabels(cy, s.index, s.lang, s.labelField);
      if (s.sizeBy !== prev.sizeBy) void applySizesWhenReady(cy, s.index, s.sizeBy, () => store.getState().sizeBy);
      if (s.colourBy !== prev.colourBy) void colourNodes(cy, s);
      if (s.readingMode !== prev.readingMode || (s.readingMode && s.readerParagraph !== prev.readerParagraph) || s.readerOpen !== prev.readerOpen) {
        applyReading(cy, s.index, s.readingMode && s.readerOpen ? s.readerParagraph : null);
      }
      if (s.theme !== prev.theme) {
        // The page's custom properties change with the theme attribute; read them after it applies.
        requestAnimationFrame(() => restyle(cy));
      }
      // Placed again only when what decides the labels changed: any other change of the store (the
      // search index becoming ready, a notice) in the middle of a zoom would restyle every node.
      if (
        s.graph !== prev.graph || s.filters !== prev.filters || s.focus !== prev.focus || s.year !== prev.year || s.undated !== prev.undated ||
        s.selection !== prev.selection || s.path !== prev.path || s.lang !== prev.lang || s.labelField !== prev.labelField ||
        s.sizeBy !== prev.sizeBy || s.readingMode !== prev.readingMode || s.readerParagraph !== prev.readerParagraph || s.theme !== prev.theme
      ) {
        labels();
      }
      // A layout (or a focus) frames its result anew: the view follows the canvas again.
      if (s.layout !== prev.layout || s.layoutRun !== prev.layoutRun || s.focus !== prev.focus) userMoved = false;
      // The groups follow the colouring: a new colouring regroups.
      if (s.layout !== prev.layout || s.layoutRun !== prev.layoutRun || (s.layout === 'group' && s.colourBy !== prev.colourBy)) {
        // A layout run is a step of the history: undo puts every node back where it stood.
        const before = positionsOf(cy);
        void relayout({ animate: true, fit: true }).then(() => {
          const moved = cy.destroyed() ? null : movedBetween(before, positionsOf(cy));
          if (moved) store.getState().recordMove({ key: 'historyLayout', params: { layout: s.layout } }, moved.before, moved.after);
        });
      }
      else if (s.focus !== prev.focus) void relayout({ animate: true, fit: true, incremental: !!prev.focus && !!s.focus && s.focus.id === prev.focus.id });
    });

    // Edit mode: a relationship can be drawn from node to node (with "Draw relationships" on, or Shift held).
    let drawing: Awaited<ReturnType<typeof import('./edgeDrawing').edgeDrawing>> | null = null;
    let shift = false;
    const syncDrawing = () => {
      const s = store.getState();
      if (!s.editMode && !drawing) return;
      if (!drawing) {
        void import('./edgeDrawing')
          .then(({ edgeDrawing }) => edgeDrawing(cy, (from, to) => store.getState().setConnectRequest({ from, to })))
          .then((d) => {
            if (cancelled || cy.destroyed()) return d.destroy();
            drawing ??= d;
            syncDrawing();
          });
        return;
      }
      drawing.setDrawing(s.editMode && (s.drawLinks || shift));
    };
    const onShift = (e: KeyboardEvent) => {
      if (e.key !== 'Shift' || shift === (e.type === 'keydown')) return;
      shift = e.type === 'keydown';
      if (store.getState().editMode) syncDrawing();
    };
    window.addEventListener('keydown', onShift);
    window.addEventListener('keyup', onShift);
    const stopDrawingSync = store.subscribe((s, prev) => {
      if (s.editMode !== prev.editMode || s.drawLinks !== prev.drawLinks) syncDrawing();
    });
    syncDrawing();

    registerGraphCommands({
      fit: () => {
        userMoved = false;
        const view = clearFit(cy, cy.elements(':visible'), 30);
        if (view) cy.animate(view, { duration: 300 });
      },
      centerOn: (id) => revealNode(cy, id, true),
      // The exporters load with the first export.
      exportPng: async (options) => (await import('./exporters')).exportPng(cy, store.getState(), options),
      exportSvg: async () => (await import('./exporters')).exportSvg(cy, store.getState()),
      positions: () => new Map(allElements(cy).nodes().map((n) => [n.id(), { ...n.position() }])),
      setPositions: (positions) => {
        const nodes = allElements(cy).nodes().filter((n) => !!positions[n.id()]);
        if (nodes.empty()) return;
        const layout = nodes.layout({ name: 'preset', positions: (n: NodeSingular) => positions[n.id()] ?? n.position(), animate: !reducedMotion(), animationDuration: 400, fit: false } as never);
        layout.run();
      },
      stopLayout: () => {
        stopProgressiveLayout(cy);
      },
      resumeLayout: () => void relayout({ animate: false, fit: false, resume: true }),
    });

    const hasPositions = !!restored || (initial.graph.nodes.length > 0 && initial.graph.nodes.every((n) => n.position));
    // Positions given (a file's, or the bundled graph's from the build) are the force layout's; any
    // other layout asked for (a shared link) is run at once.
    const first = drawn.then(() => {
      if (cancelled) return;
      if (progressive) applyState();
      return hasPositions && store.getState().layout === 'force' ? undefined : relayout({ animate: false, fit: false, all: true });
    });
    void first.then(() => {
      if (cancelled) return;
      store.getState().setBusy(false);
      // The first gesture finds the layers built (as they are after a change at rest, below).
      rebuildLayersIfCheap(cy);
      requestAnimationFrame(() => performance.mark('zgc:interactive'));
      const { viewport, selection, path } = store.getState();
      if (viewport) cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
      else if (path?.to && cy.elements('.on-path').nonempty()) {
        // Opened on a path (a shared link): frame it, and keep that frame.
        userMoved = true;
        frameOnCanvas(cy, cy.elements('.on-path'), false);
      } else if (selection) {
        // Opened on a selection: frame it with its neighbourhood, and keep that frame.
        userMoved = true;
        const target = cy.getElementById(selection.id);
        frameOnCanvas(cy, selection.kind === 'node' ? target.closedNeighborhood() : target.union(target.connectedNodes()), false);
      } else {
        const view = clearFit(cy, cy.elements(':visible'), 30);
        if (view) cy.viewport(view);
      }
      labels();
    });

    return () => {
      cancelled = true;
      stopDrawingSync();
      window.removeEventListener('keydown', onShift);
      window.removeEventListener('keyup', onShift);
      drawing?.destroy();
      stopProgressiveLayout(cy, 'replaced');
      kept.current = { store, positions: new Map(allElements(cy).nodes().map((n) => [n.id(), { ...n.position() }])) };
      resizeObserver?.disconnect();
      el.removeEventListener('wheel', onWheel);
      clearTimeout(viewportTimer);
      clearTimeout(resizeTimer);
      labelTimer.cancel();
      stopLayers();
      unsubscribe();
      registerGraphCommands(null);
      if (window.cy === cy) delete window.cy;
      setCy(null);
      cy.destroy();
    };
  }, [store, webgl, cytoscape]);

  const keyboard = useGraphKeyboard(cy);
  return (
    <>
      {cy && layout === 'map' && <MapBackdrop cy={cy} />}
      <div
        ref={container}
        id="graph-canvas"
        className="graph-canvas"
        data-testid="graph-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription={t('canvasRole')}
        aria-label={t('canvasHelp')}
        onKeyDown={keyboard.onKeyDown}
        onFocus={keyboard.onFocus}
        onBlur={keyboard.onBlur}
      />
      <div className="sr-only" aria-live="polite">
        {keyboard.announcement}
      </div>
      {cy && (layout === 'type' || layout === 'country' || layout === 'group') && <GroupTitles cy={cy} />}
    </>
  );
}
