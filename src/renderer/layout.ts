import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { groupedPositions, spreadAround, type Point } from '../domain/arrange';
import type { GraphIndex } from '../domain/graph';
import { separateOverlaps } from '../domain/separate';
import { allElements } from './controllers';
import { loadCytoscape } from './cytoscapeLoader';
import { currentLabelScale, modelSizeLabels } from './labelLayout';
import { afterNextFrame } from './tasks';
import type { AppState, LayoutName } from '../store/appStore';
import { pick, translate } from '../i18n/messages';

let fcoseReady: Promise<void> | null = null;

/** fcose is loaded on first use, so that it stays out of the initial bundle. */
function loadFcose(): Promise<void> {
  fcoseReady ??= Promise.all([loadCytoscape(), import('cytoscape-fcose')]).then(([core, fcose]) => {
    core.use(fcose.default);
  });
  return fcoseReady;
}

export interface LayoutOptions {
  animate: boolean;
  /** Called after each frame of a progressive layout (large graphs), and once more when it ends. */
  onProgress?: (state: 'running' | 'done' | 'stopped') => void;
  /** Start from the current positions rather than from scratch (force only). */
  incremental?: boolean;
  /** Lay out hidden elements too (the first layout, so that clearing a filter finds them placed). */
  all?: boolean;
  /** Go on from the current positions (a progressive layout the person had stopped). */
  resume?: boolean;
  /** The "by group" layout: each node's group, by name. */
  groups?: ReadonlyMap<string, string>;
}

/** Above this many nodes the force layout is ForceAtlas2, drawn as it runs; below, fcose in one go. */
export const PROGRESSIVE_LAYOUT_NODES = 400;
/** The least time between two drawn frames of a progressive layout: a frame of 10,000 nodes costs 0.2-0.4 s to draw. */
const frameGapMs = (nodes: number) => Math.max(300, nodes / 10);

const runningLayouts = new WeakMap<Core, (why: 'stopped' | 'replaced') => void>();

/**
 * Stops the progressive layout running on this instance, if any; its last frame stays. 'stopped':
 * the person stopped it (it can be resumed); 'replaced': another layout takes over.
 */
export function stopProgressiveLayout(cy: Core, why: 'stopped' | 'replaced' = 'stopped'): boolean {
  const stop = runningLayouts.get(cy);
  stop?.(why);
  return !!stop;
}

/** Nodes on a sunflower spiral: a disc with the structure still to come, never a pile on one spot. */
function seedSpiral(cy: Core, nodes: NodeCollection): void {
  const sorted = nodes.sort((a, b) => b.degree(false) - a.degree(false));
  cy.batch(() => {
    sorted.forEach((n, i) => {
      n.position(spiralPosition(i));
    });
  });
}

/** The i-th place on the sunflower spiral (the most connected node first, at the centre). */
export function spiralPosition(i: number): { x: number; y: number } {
  const r = 28 * Math.sqrt(i + 0.5);
  const a = i * 2.39996323;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

function startForceAtlas(cy: Core, nodes: NodeCollection, onProgress?: LayoutOptions['onProgress']): void {
  stopProgressiveLayout(cy, 'replaced');
  if (typeof Worker === 'undefined') return;
  const count = nodes.length;
  const indexOf = new Map(nodes.map((n, i): [string, number] => [n.id(), i]));
  const xy = new Float64Array(count * 2);
  nodes.forEach((n, i) => {
    xy[2 * i] = n.position('x');
    xy[2 * i + 1] = n.position('y');
  });
  const pairs: number[] = [];
  nodes.connectedEdges().forEach((e) => {
    const s = indexOf.get(e.data('source') as string);
    const t = indexOf.get(e.data('target') as string);
    if (s !== undefined && t !== undefined) pairs.push(s, t);
  });
  const edges = Uint32Array.from(pairs);
  const worker = new Worker(new URL('./forceAtlasWorker.ts', import.meta.url), { type: 'module' });
  const end = (state: 'done' | 'stopped') => {
    if (runningLayouts.get(cy) !== stop) return;
    runningLayouts.delete(cy);
    worker.terminate();
    if (!cy.destroyed()) onProgress?.(state);
  };
  const stop = (why: 'stopped' | 'replaced') => end(why === 'stopped' ? 'stopped' : 'done');
  runningLayouts.set(cy, stop);
  // Frames come faster than a large graph redraws: the newest one is drawn, at most every
  // FRAME_GAP_MS, so that the page keeps time for the person between frames.
  let latest: import('./forceAtlasWorker').ForceAtlasFrame | null = null;
  let scheduled = false;
  let lastDrawn = 0;
  const draw = () => {
    scheduled = false;
    const f = latest;
    latest = null;
    if (!f || cy.destroyed() || runningLayouts.get(cy) !== stop) return; // stopped meanwhile: nothing moves
    lastDrawn = performance.now();
    cy.batch(() => {
      nodes.forEach((n, i) => {
        if (!n.removed()) n.position({ x: f.xy[2 * i]!, y: f.xy[2 * i + 1]! });
      });
    });
    if (f.done) end('done');
    else onProgress?.('running');
  };
  worker.onmessage = (e: MessageEvent<import('./forceAtlasWorker').ForceAtlasFrame>) => {
    if (cy.destroyed()) return end('stopped');
    latest = e.data;
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, frameGapMs(count) - (performance.now() - lastDrawn));
    setTimeout(() => requestAnimationFrame(draw), e.data.done ? 0 : wait);
  };
  worker.onerror = () => end('stopped');
  worker.postMessage({ kind: 'start', count, xy, edges, budgetMs: count > 5000 ? 30_000 : 15_000 }, [xy.buffer, edges.buffer]);
}

const ANIMATION_MS = 450;

export function reducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** Lays out the visible elements with the named layout; hidden ones keep their place. */
export async function runLayout(cy: Core, index: GraphIndex, name: LayoutName | 'preset', options: LayoutOptions): Promise<void> {
  stopProgressiveLayout(cy, 'replaced'); // a new layout replaces one still running
  // On the map, nodes with no place (topics, most programmes) are set aside; elsewhere all return.
  // The projection (d3-geo) loads only for the map.
  const geo = name === 'map' ? await import('../domain/geo') : null;
  const locations = geo ? geo.nodeLocations(index) : null;
  cy.batch(() => {
    allElements(cy).nodes().forEach((n) => {
      const off = !!locations && !locations.has(n.id());
      if (n.hasClass('off-map') !== off) n.toggleClass('off-map', off);
    });
  });
  if (name === 'preset') return;
  // Measured at their own size: the labels' enlargement for the current zoom must not spread the
  // layout. The force layout in its worker takes the sizes worked back from the current scale
  // instead, sparing a restyle of every node before and after it (an expand from a SPARQL store).
  if (name !== 'force') modelSizeLabels(cy);
  if (name === 'force' || name === 'concentric') setGroupTitles(cy, null);
  const animate = options.animate && !reducedMotion();
  // `all`: those the filters took out too, so that clearing a filter finds them placed.
  // What is on the canvas (the filters take the rest off it), less what the map sets aside. Not
  // ':visible': after the map, the nodes it hid are still styled hidden until the next style pass.
  const onCanvas = name === 'map' ? cy.elements().not('.off-map') : cy.elements();
  const eles = options.all && name === 'force' ? allElements(cy) : onCanvas;
  if (name === 'force' && eles.nodes().length > PROGRESSIVE_LAYOUT_NODES && !options.incremental) {
    // Large graphs: ForceAtlas2 in a worker, drawn as it goes, from a spiral where there is nothing yet.
    const nodes = eles.nodes();
    const unplaced = nodes.filter((n) => n.position('x') !== 0 || n.position('y') !== 0).empty();
    if (unplaced || !options.resume) seedSpiral(cy, nodes);
    startForceAtlas(cy, nodes, options.onProgress);
    return;
  }
  if (name === 'force') {
    const nodes = eles.nodes();
    const fcoseOptions = {
      quality: options.incremental ? 'default' : 'proof',
      randomize: !options.incremental,
      nodeSeparation: 70,
      idealEdgeLength: 70,
      nodeRepulsion: 7000,
      packComponents: true,
      padding: 30,
    };
    // After an expand the new nodes are drawn where they arrived first; their sizes are measured
    // for the layout in the next task, not before that frame.
    if (options.incremental) await afterNextFrame();
    if (cy.destroyed()) return;
    // Sizes with labels are measured here (the worker cannot measure text), the layout runs there:
    // a label drawn at `k` times its size is 1/k as wide, and adds 1/k of the height it adds now.
    const k = currentLabelScale(cy);
    const request = {
      nodes: nodes.map((n) => {
        const bb = n.boundingBox({ includeLabels: true });
        const body = k === 1 ? bb : n.boundingBox({ includeLabels: false });
        const w = Math.max(body.w, bb.w / k);
        const h = body.h + (bb.h - body.h) / k;
        return { id: n.id(), w: Math.max(w, 1), h: Math.max(h, 1), x: n.position('x'), y: n.position('y') };
      }),
      edges: [] as { id: string; source: string; target: string }[],
      options: fcoseOptions,
      // The build's seed (scripts/bundledLayout.ts): the same good result whichever layout came before.
      seed: options.incremental ? undefined : 2022,
    };
    eles.edges().forEach((e) => {
      if (nodes.contains(e.source()) && nodes.contains(e.target())) request.edges.push({ id: e.id(), source: e.source().id(), target: e.target().id() });
    });
    const positions = await layoutInWorker(request).catch(async () => {
      // No worker (or it failed): the same layout on the page, which measures the labels itself.
      modelSizeLabels(cy);
      await loadFcose();
      const layout = eles.filter((e) => e.inside()).layout({ name: 'fcose', animate: false, nodeDimensionsIncludeLabels: true, ...fcoseOptions } as never);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      await done;
      return null;
    });
    // Animating every node costs a frame per step for each one: large graphs move in one jump.
    const before = animate && nodes.length <= 300 ? new Map(nodes.map((n): [string, Point] => [n.id(), { ...n.position() }])) : null;
    if (positions) {
      cy.batch(() => {
        nodes.forEach((n) => {
          const p = positions[n.id()];
          if (p) n.position(p);
        });
      });
    }
    removeOverlaps(cy, nodes);
    if (before) await animateFrom(cy, before);
    return;
  }
  if (name === 'concentric') {
    const layout = eles.layout({
      name: 'concentric',
      concentric: (n: NodeSingular) => n.degree(false),
      levelWidth: () => 3,
      minNodeSpacing: 36,
      animate,
      animationDuration: ANIMATION_MS,
      // Rings sized by the bodies: with labels counted the outer ring of leaves spans thousands of
      // pixels; the label placement (labelLayout.ts) keeps the labels it draws apart.
      nodeDimensionsIncludeLabels: false,
    } as never);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    return;
  }
  const grouped = geo ? null : groupPositions(eles.nodes(), index, name as 'type' | 'country' | 'group', options.groups);
  const positions = grouped ? grouped.positions : mapPositions(eles.nodes(), index, geo!);
  // Places on the map crowd (Beijing holds a dozen nodes): nudge bodies apart, as after fcose.
  if (geo) separatePositions(eles.nodes(), positions);
  setGroupTitles(cy, grouped?.titles ?? null);
  const layout = eles.layout({
    name: 'preset',
    positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(),
    animate,
    animationDuration: ANIMATION_MS,
    fit: false,
  } as never);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}

function layoutInWorker(request: import('./layoutWorker').LayoutRequest): Promise<Record<string, Point>> {
  if (typeof Worker === 'undefined') return Promise.reject(new Error('no Web Worker'));
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Record<string, Point>>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ok: true; positions: Record<string, Point> } | { ok: false; error: string }>) => {
      if (e.data.ok) resolve(e.data.positions);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => reject(new Error(e.message || 'the layout worker failed'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** Moves nodes from `before` to where they are now, in one animation. */
async function animateFrom(cy: Core, before: Map<string, Point>): Promise<void> {
  const after = new Map(cy.nodes().filter((n) => before.has(n.id())).map((n): [string, Point] => [n.id(), { ...(n as NodeSingular).position() }]));
  cy.batch(() => {
    for (const [id, p] of before) cy.nodes().getElementById(id).position(p);
  });
  await Promise.all(
    [...after].map(([id, p]) =>
      cy.nodes().getElementById(id).animation({ position: p, duration: ANIMATION_MS, easing: 'ease-in-out-cubic' } as never).play().promise(),
    ),
  );
}

/** A group's title and where it goes (above its disc), in model coordinates. */
export interface GroupTitle {
  key: string;
  count: number;
  at: Point;
}

const groupTitles = new WeakMap<Core, GroupTitle[]>();

/** The titles of the groups of the last grouped layout (by type, by country); empty otherwise. */
export function groupTitlesOf(cy: Core): GroupTitle[] {
  return groupTitles.get(cy) ?? [];
}

/** Stores the titles and tells whoever draws them (event `zgc:grouptitles` on the instance). */
function setGroupTitles(cy: Core, titles: GroupTitle[] | null): void {
  if (!titles && !groupTitles.get(cy)?.length) return;
  groupTitles.set(cy, titles ?? []);
  cy.emit('zgc:grouptitles');
}

/** What each group of a grouped layout is called: a node type, or a country (with "no country"). */
export function groupNames(state: Pick<AppState, 'layout' | 'lang' | 'graph'>): Map<string, string> {
  const l = state.lang === 'both' ? 'en' : state.lang;
  const v = state.graph.vocabularies;
  const m = new Map<string, string>();
  if (state.layout === 'type') for (const t of v.nodeTypes) m.set(t.id, pick(t.label, l));
  if (state.layout === 'country') {
    for (const c of v.countries) m.set(c.code, pick(c.label, l));
    m.set('—', translate(l, 'noCountry'));
  }
  return m;
}

function groupPositions(
  nodes: NodeCollection,
  index: GraphIndex,
  by: 'type' | 'country' | 'group',
  named?: ReadonlyMap<string, string>,
): { positions: Map<string, Point>; titles: GroupTitle[] } {
  const groups = new Map<string, string[]>();
  nodes.forEach((n) => {
    const node = index.nodeById.get(n.id());
    const key = by === 'group' ? (named?.get(n.id()) ?? '—') : by === 'type' ? (node?.type ?? '?') : (node?.country ?? '—');
    groups.set(key, [...(groups.get(key) ?? []), n.id()]);
  });
  const { positions, titles } = groupedPositions(groups, 80);
  return { positions, titles: [...titles].map(([key, at]) => ({ key, at, count: groups.get(key)?.length ?? 0 })) };
}

/** Nodes with a place go to it on the map; the rest line up below the map. */
function mapPositions(nodes: NodeCollection, index: GraphIndex, geo: typeof import('../domain/geo')): Map<string, Point> {
  const { MAP_WIDTH, project } = geo;
  const locations = geo.nodeLocations(index);
  const byPoint = new Map<string, { at: Point; ids: string[] }>();
  const unplaced: string[] = [];
  nodes.forEach((n) => {
    const loc = locations.get(n.id());
    if (!loc) {
      unplaced.push(n.id());
      return;
    }
    const at = project(loc.geo);
    const key = `${at.x.toFixed(0)},${at.y.toFixed(0)}`;
    const entry = byPoint.get(key) ?? { at, ids: [] };
    entry.ids.push(n.id());
    byPoint.set(key, entry);
  });
  const positions = new Map<string, Point>();
  for (const { at, ids } of byPoint.values()) {
    // The place itself sits at the point; what is in it spreads around.
    const sorted = [...ids].sort((a, b) => Number(!index.nodeById.get(a)?.geo) - Number(!index.nodeById.get(b)?.geo));
    spreadAround(at, sorted.length, 40).forEach((p, i) => positions.set(sorted[i]!, p));
  }
  // Not drawn on the map (class off-map), but kept in a row below it for when they are shown again.
  const perRow = 24;
  unplaced.forEach((id, i) => positions.set(id, { x: -MAP_WIDTH / 2 + 300 + (i % perRow) * 140, y: MAP_WIDTH * 0.3 + Math.floor(i / perRow) * 110 }));
  return positions;
}

/** Moves the planned positions of `nodes` apart until their bodies do not overlap. */
function separatePositions(nodes: NodeCollection, positions: Map<string, Point>): void {
  const placed = nodes.filter((n) => positions.has(n.id()));
  const boxes = placed.map((n) => ({ ...positions.get(n.id())!, w: n.outerWidth(), h: n.outerHeight() }));
  separateOverlaps(boxes, 6);
  placed.forEach((n, i) => {
    positions.set(n.id(), { x: boxes[i]!.x, y: boxes[i]!.y });
  });
}

/** Node bodies must not overlap; fcose gets close, a short separation pass finishes the job. */
function removeOverlaps(cy: Core, nodes: NodeCollection): void {
  if (nodes.length > 5000) return; // quadratic in the worst case; large graphs keep fcose's result
  const boxes = nodes.map((n) => ({ x: n.position('x'), y: n.position('y'), w: n.outerWidth(), h: n.outerHeight() }));
  separateOverlaps(boxes, 6);
  cy.batch(() => {
    nodes.forEach((n, i) => {
      n.position({ x: boxes[i]!.x, y: boxes[i]!.y });
    });
  });
}
