import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { contentLangOf, pick } from '../i18n/messages';
import { groupNames, groupTitlesOf } from './layout';
import type { AppState } from '../store/appStore';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, pngSizeProblem, type PngOptions } from './commands';
import { CANVAS_FONT, readCanvasColors, type CanvasColors } from './stylesheet';
import { labelCandidate, layoutLabels, placingLabels, restyle, type Box as LabelBox, type LabelCandidate } from './labelLayout';
import {
  drawingBuffers,
  EDGE_STRIDE,
  LABEL_END,
  NODE_STRIDE,
  outlineOf,
  paintFooter,
  paintPicture,
  paintTitles,
  PICTURE_LABEL_PX,
  PICTURE_LINE_PX,
  type FooterSpec,
  type GraphDrawing,
  type PictureSpec,
  type TitleSpec,
} from './picture';
import type { PictureReply, PictureRequest } from './pictureWorker';
import { nextTask, timeSlices } from './tasks';

const FOOTER_PX = 110;

/**
 * Runs `draw` with the canvas as a picture wants it: labels at their own size, placed without
 * collisions for that size (not enlarged for the zoom of the screen), and light colours when the
 * page is dark, so that text reads on white.
 */
async function asPicture<T>(cy: Core, state: AppState, draw: () => Promise<T>): Promise<T> {
  const swap = state.theme === 'dark';
  if (swap) {
    document.documentElement.dataset.exporting = 'light';
    restyle(cy);
  }
  layoutLabels(cy, 1);
  try {
    return await draw();
  } finally {
    if (swap) {
      delete document.documentElement.dataset.exporting;
      restyle(cy);
    }
    layoutLabels(cy);
  }
}

function captionLines(state: AppState): string[] {
  const lang = contentLangOf(state.lang);
  const { meta } = state.graph;
  const lines = [pick(meta.title, state.lang)];
  if (meta.article) {
    const source = lang === 'zh' ? `资料来源：《${meta.article.title.zh}》，${meta.article.date}` : `Source: "${meta.article.title.en}", ${meta.article.date}`;
    lines.push(source);
  }
  return lines;
}

/**
 * Nodes on the canvas above which a picture is painted in a worker from the elements' styles, its
 * labels chosen without touching the canvas, instead of by `cy.png` in one task: at 1,000 nodes
 * `cy.png` and the labels placed for it and back were one task of 0.7-1.2 s.
 */
export const PAINTED_PICTURE_ABOVE = 300;
/** Above this many nodes what a picture shows is read without asking every element's style. */
const CHEAP_SHOWN_ABOVE = 3000;
/**
 * The longest side of a large graph's picture. `cy.png` of 10,000 nodes took 0.6 s in one task at
 * 4,300 px and 1.6 s at 8,600 px; the browser's own limit (16,384 px) would mean a 1 GB canvas.
 */
const SLICED_MAX_SIDE = 8192;

/** The largest scale, up to `scale`, at which a w × h model box (plus a footer) fits what a browser can draw. */
export function fittingScale(w: number, h: number, scale: number, extraHeight = 0, maxSide = MAX_CANVAS_SIDE): number {
  const hh = h + extraHeight;
  const fit = Math.min(scale, maxSide / Math.max(w, 1), maxSide / Math.max(hh, 1), Math.sqrt(MAX_CANVAS_AREA / Math.max(w * hh, 1)));
  return fit >= scale ? scale : Math.floor(fit * 100) / 100;
}

/** The footer's content for the options chosen: the node types shown, the dashed line, the caption. */
function footerOf({ nodes, edges }: Shown, state: AppState, options: PngOptions): FooterSpec | null {
  if (!options.legend && !options.caption) return null;
  let legend: FooterSpec['legend'] = null;
  let inferred: string | null = null;
  if (options.legend) {
    const used = new Set(nodes.map((n) => n.data('type') as string));
    legend = state.graph.vocabularies.nodeTypes.filter((t) => used.has(t.id)).map((t) => ({ label: pick(t.label, state.lang === 'both' ? 'en' : state.lang), colour: t.color }));
    if (edges.some((e) => e.hasClass('inferred'))) inferred = state.lang === 'zh' ? '推断（原文未直接说明）' : 'inferred (not stated in the article)';
  }
  return { legend, inferred, caption: options.caption ? captionLines(state) : null };
}

function titleSpecs(cy: Core, state: AppState): TitleSpec[] {
  const grouped = state.layout === 'type' || state.layout === 'country' || state.layout === 'group';
  if (!grouped) return [];
  const names = groupNames(state);
  return groupTitlesOf(cy).map((g) => ({ text: `${names.get(g.key) ?? g.key} ${g.count}`, x: g.at.x, y: g.at.y }));
}

/**
 * The graph as shown (filters, selection, theme's light colours) as a PNG, with an optional footer.
 * A large graph's picture says how far it has got in the drawing banner (`drawProgress`, in elements);
 * a picture drawn smaller than asked, to stay within what a browser can draw, says so in a notice.
 */
export async function exportPng(cy: Core, state: AppState, options: PngOptions): Promise<Blob> {
  const { blob, scale } = await withDrawingBanner(cy, state, (progress) => makePng(cy, state, options, progress));
  if (scale < options.scale) state.pushNotice({ key: 'pictureScaled', params: { scale: String(scale), asked: String(options.scale) }, tone: 'info' });
  return blob;
}

/** Runs `work` with the drawing banner counting the elements on the canvas as `work` reports its share done; the banner goes after. */
async function withDrawingBanner<T>(cy: Core, state: AppState, work: (progress: (share: number) => void) => Promise<T>): Promise<T> {
  const total = cy.elements().length;
  try {
    return await work((share) => state.setDrawProgress({ done: Math.round(share * total), total }));
  } finally {
    state.setDrawProgress(null);
  }
}

async function makePng(cy: Core, state: AppState, options: PngOptions, progress: (share: number) => void): Promise<{ blob: Blob; scale: number }> {
  const footerPx = options.legend || options.caption ? FOOTER_PX : 0;
  const background = options.transparent ? null : '#ffffff';
  const what = shown(cy);
  const footer = footerOf(what, state, options);
  const titles = titleSpecs(cy, state);
  if (what.painted) {
    await nextTask();
    const labels = await pictureLabels(what.nodes, (share) => progress(0.1 * share));
    const { box } = labels;
    const s = fittingScale(box.w, box.h, options.scale, footerPx, SLICED_MAX_SIDE);
    const graph = await readDrawing(what, labels, state.theme === 'dark', (share) => progress(0.1 + share * 0.2));
    const band = Math.ceil(Math.max(0, box.y1 - (titles.length ? titlesTop(titles) : Infinity)) * s);
    const graphW = Math.ceil(box.w * s);
    const width = Math.max(graphW, footer ? Math.ceil(720 * s) : 0);
    const spec: PictureSpec = {
      width,
      height: band + Math.ceil(box.h * s) + Math.ceil(footerPx * s),
      scale: s,
      background,
      origin: { x: box.x1, y: box.y1 },
      at: { x: Math.round((width - graphW) / 2), y: band },
      graph,
      titles,
      footer,
      footerTop: band + Math.ceil(box.h * s),
    };
    return { blob: await paintInWorker(spec, (share) => progress(0.3 + share * 0.7)), scale: s };
  }
  let s = options.scale;
  if (pngSizeProblem(cy, s, footerPx)) {
    const bb = cy.elements(':visible').boundingBox();
    s = fittingScale(bb.w, bb.h, s, footerPx);
  }
  const scale = s;
  const graphPng = await asPicture(cy, state, () => cy.png({ output: 'blob-promise', full: true, scale, bg: background ?? undefined, maxWidth: undefined }));
  if (!footer && !titles.length) return { blob: graphPng, scale: s };
  // cy.png({ full: true }) draws the bounding box of what is on the canvas, labels included; the
  // band above it reaches up to the highest title's text, the footer goes under it.
  const bb = cy.elements(':visible').boundingBox({ includeLabels: true });
  const img = await createImageBitmap(graphPng);
  const band = titles.length ? Math.ceil(Math.max(0, bb.y1 - titlesTop(titles)) * s) : 0;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(img.width, footer ? Math.ceil(720 * s) : 0);
  canvas.height = band + img.height + Math.ceil(footerPx * s);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the picture (no 2D canvas)');
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  const at = { x: Math.round((canvas.width - img.width) / 2), y: band };
  ctx.drawImage(img, at.x, at.y);
  paintTitles(ctx, titles, { scale: s, origin: { x: bb.x1, y: bb.y1 }, at }, CANVAS_FONT);
  if (footer) paintFooter(ctx, footer, band + img.height, canvas.width, s, CANVAS_FONT);
  return { blob: await toPngBlob(canvas), scale: s };
}

/** The labels a picture draws (node id to its box, model units), each one's lines, and the picture's model box (nodes and those labels). */
interface PictureLabels {
  boxes: Map<string, LabelBox>;
  lines: Map<string, string[]>;
  box: { x1: number; y1: number; w: number; h: number };
}

/**
 * Which labels a picture draws, placed as the canvas places them (by importance, without
 * collisions) but for the picture's own size, zoom 1: measured here, a slice at a time, instead of
 * restyling the canvas for it and back (two passes over every element, and the next frame redrawing
 * them all).
 */
async function pictureLabels(nodes: readonly NodeSingular[], progress: (share: number) => void): Promise<PictureLabels> {
  const ctx = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const measure = (line: string, bold: boolean): number => {
    const key = (bold ? 'b' : 'n') + line;
    let w = widths.get(key);
    if (w === undefined) {
      if (ctx) ctx.font = `${bold ? 'bold ' : ''}${PICTURE_LABEL_PX}px ${CANVAS_FONT}`;
      // Without a 2D context (never in a browser that draws Cytoscape), about a glyph per 0.6 em.
      w = ctx ? ctx.measureText(line).width : line.length * PICTURE_LABEL_PX * 0.6;
      widths.set(key, w);
    }
    return w;
  };
  const somethingLit = nodes.some((n) => n.hasClass('faded'));
  const candidates: LabelCandidate[] = [];
  const lines = new Map<string, string[]>();
  let done = 0;
  const breathe = timeSlices(SLICE_MS, () => progress(done / nodes.length));
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const p = n.position();
    const r = n.width() / 2;
    const text = String(n.data('label') ?? '');
    const wrapped = text ? wrapLabel(text) : [];
    let label: LabelBox | null = null;
    if (wrapped.length) {
      const bold = n.hasClass('selected');
      const w = Math.max(...wrapped.map((line) => measure(line, bold)));
      const top = p.y + r + 4;
      label = { x1: p.x - w / 2, y1: top, x2: p.x + w / 2, y2: top + wrapped.length * PICTURE_LINE_PX };
      lines.set(n.id(), wrapped);
    }
    candidates.push(labelCandidate(n, somethingLit, label, { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r }));
    done = i;
    await breathe();
  }
  const placing = placingLabels(candidates);
  let step = placing.next();
  while (!step.done) {
    await breathe();
    step = placing.next();
  }
  const chosen = step.value;
  // The picture's box: every node's body and the labels drawn.
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  const boxes = new Map<string, LabelBox>();
  for (const c of candidates) {
    const drawn = c.label && chosen.has(c.id) ? c.label : null;
    if (drawn) boxes.set(c.id, drawn);
    for (const b of drawn ? [c.body, drawn] : [c.body]) {
      x1 = Math.min(x1, b.x1);
      y1 = Math.min(y1, b.y1);
      x2 = Math.max(x2, b.x2);
      y2 = Math.max(y2, b.y2);
    }
  }
  const pad = 24;
  const box = Number.isFinite(x1) ? { x1: x1 - pad, y1: y1 - pad, w: x2 - x1 + 2 * pad, h: y2 - y1 + 2 * pad } : { x1: 0, y1: 0, w: 1, h: 1 };
  return { boxes, lines, box };
}

/** Milliseconds of work between two yields to the browser. */
const SLICE_MS = 40;

/**
 * What a picture shows, in one pass over the canvas. A large graph's without asking every element's
 * style: filters take hidden elements off the canvas, and only the map hides nodes (those it cannot
 * place) with a class. (Each `cy.nodes()` is a pass over every element: 50 ms at 50,000 nodes.)
 */
interface Shown {
  nodes: NodeSingular[];
  edges: EdgeSingular[];
  /** Above PAINTED_PICTURE_ABOVE nodes: painted in a worker, the SVG written a slice at a time. */
  painted: boolean;
}

function shown(cy: Core): Shown {
  const nodes: NodeSingular[] = [];
  const edges: EdgeSingular[] = [];
  cy.elements().forEach((e) => {
    if (e.isNode()) nodes.push(e);
    else edges.push(e as EdgeSingular);
  });
  const large = nodes.length > CHEAP_SHOWN_ABOVE;
  const placed = large ? (n: NodeSingular) => !n.hasClass('off-map') : (n: NodeSingular) => n.visible();
  return { nodes: nodes.filter(placed), edges: edges.filter((e) => (large ? placed(e.source()) && placed(e.target()) : e.visible())), painted: nodes.length > PAINTED_PICTURE_ABOVE };
}

/**
 * The elements shown as they are styled (colour, width, opacity, border, dashes, arrows, curves,
 * labels), read a slice at a time. The light style of large graphs draws straight edges without
 * arrows: their ends are the nodes' centres, read without asking the renderer for any geometry.
 */
async function readDrawing({ nodes, edges }: Shown, labels: PictureLabels, dark: boolean, progress: (share: number) => void): Promise<GraphDrawing> {
  const total = edges.length + nodes.length || 1;
  const palette: string[] = [];
  const inPalette = new Map<string, number>();
  const light = dark ? lightColours() : new Map<string, string>();
  const ref = (v: string) => {
    let i = inPalette.get(v);
    if (i === undefined) {
      // A picture is on white: the dark theme's edge, accent and highlight colours become the light theme's.
      i = palette.push(light.get(v) ?? v) - 1;
      inPalette.set(v, i);
    }
    return i;
  };
  const fine = edges.length > 0 && edges[0]!.style('curve-style') !== 'haystack';
  const edgeData = new Float64Array(edges.length * EDGE_STRIDE);
  const nodeData = new Float64Array(nodes.length * NODE_STRIDE);
  const curves: number[] = [];
  const edgeLabelAt: number[] = [];
  const edgeLabelText: string[] = [];
  const labelAt: number[] = [];
  const labelText: string[] = [];
  let done = 0;
  const breathe = timeSlices(SLICE_MS, () => progress(done / total));
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    done = i;
    const [a, b] = fine ? [e.sourceEndpoint(), e.targetEndpoint()] : [e.source().position(), e.target().position()];
    const control = fine ? (e.controlPoints() ?? []) : [];
    const first = curves.length / 2;
    for (const c of control) curves.push(c.x, c.y);
    const opacity = e.effectiveOpacity();
    const colour = ref(e.style('line-color') as string);
    const dashed = e.style('line-style') === 'dashed' ? 1 : 0;
    const arrow = fine && e.style('target-arrow-shape') !== 'none' ? 1 : 0;
    edgeData.set([a.x, a.y, b.x, b.y, parseFloat(e.style('width') as string) || 1, opacity, colour, dashed, arrow, first, control.length], i * EDGE_STRIDE);
    const label = fine ? String(e.style('label') ?? '') : '';
    if (label) {
      const m = e.midpoint();
      let angle = Math.atan2(b.y - a.y, b.x - a.x);
      // Read left to right, as the canvas's 'autorotate' keeps it.
      if (angle > Math.PI / 2) angle -= Math.PI;
      else if (angle < -Math.PI / 2) angle += Math.PI;
      edgeLabelAt.push(m.x, m.y, angle, opacity, ref(e.style('color') as string));
      edgeLabelText.push(label.split(LABEL_END).join(''));
    }
    await breathe();
  }
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    done = edges.length + i;
    const p = n.position();
    const r = n.width() / 2;
    const opacity = n.effectiveOpacity();
    const border = parseFloat(n.style('border-width') as string) || 0;
    nodeData.set([p.x, p.y, r, opacity, ref(n.style('background-color') as string), ref(String(n.style('shape'))), border, border ? ref(n.style('border-color') as string) : 0], i * NODE_STRIDE);
    const box = labels.boxes.get(n.id());
    if (box) {
      labelAt.push(p.x, box.y1, opacity, n.hasClass('selected') ? 1 : 0, ref(n.style('color') as string));
      labelText.push(labels.lines.get(n.id())!.join('\n').split(LABEL_END).join(''));
    }
    await breathe();
  }
  return {
    edges: edgeData,
    curves: new Float64Array(curves),
    nodes: nodeData,
    labelAt: new Float64Array(labelAt),
    labelText: labelText.join(LABEL_END),
    edgeLabelAt: new Float64Array(edgeLabelAt),
    edgeLabelText: edgeLabelText.join(LABEL_END),
    palette,
  };
}

/** The dark theme's canvas colours, as Cytoscape reports them, to the light theme's. */
function lightColours(): Map<string, string> {
  const dark = readCanvasColors();
  document.documentElement.dataset.exporting = 'light';
  const light = readCanvasColors();
  delete document.documentElement.dataset.exporting;
  const ctx = document.createElement('canvas').getContext('2d');
  const rgb = (c: string) => {
    if (!ctx) return c;
    ctx.fillStyle = c;
    const hex = ctx.fillStyle;
    return /^#[0-9a-f]{6}$/i.test(hex) ? `rgb(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)})` : hex;
  };
  const out = new Map<string, string>();
  for (const k of Object.keys(dark) as (keyof CanvasColors)[]) out.set(rgb(dark[k]), light[k]);
  return out;
}

/** Paints the picture in a worker (OffscreenCanvas), or on the page where workers cannot draw. */
function paintInWorker(spec: PictureSpec, progress: (share: number) => void): Promise<Blob> {
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') {
    const canvas = document.createElement('canvas');
    canvas.width = spec.width;
    canvas.height = spec.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return Promise.reject(new Error('this browser cannot draw the picture (no 2D canvas)'));
    paintPicture(ctx, spec, CANVAS_FONT, progress);
    return toPngBlob(canvas);
  }
  return new Promise<Blob>((resolve, reject) => {
    const worker = new Worker(new URL('./pictureWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<PictureReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') return progress(reply.share);
      worker.terminate();
      if (reply.kind === 'done') resolve(reply.blob);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the picture could not be drawn'));
    };
    const request: PictureRequest = { spec, font: CANVAS_FONT };
    worker.postMessage(request, drawingBuffers(spec.graph));
  });
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}

/** The top of the highest group title's text, in model coordinates (titles are 13 px, drawn above their point). */
function titlesTop(titles: readonly ({ at: { y: number } } | { y: number })[]): number {
  return Math.min(...titles.map((g) => ('at' in g ? g.at.y : g.y))) - 22;
}


const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Splits a label into lines as the canvas wraps it: Chinese every 8 characters, words at 16. */
export function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  for (const part of label.replace(/\u200b/g, '').split('\n')) {
    if (HAN.test(part)) {
      for (let i = 0; i < part.length; i += 8) lines.push(part.slice(i, i + 8));
      continue;
    }
    let line = '';
    for (const word of part.split(/\s+/)) {
      if (line && (line + ' ' + word).length > 16) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

function shapePath(shape: string, x: number, y: number, r: number): string {
  const o = outlineOf(shape);
  if (o.kind === 'circle') return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}"`;
  if (o.kind === 'rect') return `<rect x="${(x - r).toFixed(1)}" y="${(y - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" rx="${(o.rounded ? r * 0.3 : 0).toFixed(1)}"`;
  return `<polygon points="${o.points.map(([px, py]) => `${(x + px * r).toFixed(1)},${(y + py * r).toFixed(1)}`).join(' ')}"`;
}

/** The visible graph as a standalone SVG document, with labels as real text. */
export async function exportSvg(cy: Core, state: AppState): Promise<Blob> {
  const what = shown(cy);
  // Written a slice at a time, with the drawing banner counting (labels measured, then elements written).
  if (what.painted) return withDrawingBanner(cy, state, (progress) => svgDocument(cy, state, what, progress));
  // A graph of a few hundred nodes has its labels placed on the canvas for the picture, and back.
  layoutLabels(cy, 1);
  try {
    return await svgDocument(cy, state, what, () => {});
  } finally {
    layoutLabels(cy);
  }
}

async function svgDocument(cy: Core, state: AppState, { nodes, edges, painted }: Shown, progress: (share: number) => void): Promise<Blob> {
  // Above a few hundred nodes: the labels chosen without touching the canvas, and the box from the
  // nodes and those labels (Cytoscape's measures every edge and label in one task).
  if (painted) await nextTask();
  const labels = painted ? await pictureLabels(nodes, (share) => progress(0.2 * share)) : null;
  const bb = labels ? labels.box : cy.elements(':visible').boundingBox({ includeLabels: true });
  // The document is written a slice at a time, each slice's text turned into a part of the file.
  const parts: Blob[] = [];
  let written = 0;
  const slices = timeSlices(SLICE_MS, () => {
    progress(0.2 + (0.8 * written) / (nodes.length + edges.length || 1));
    parts.push(new Blob([out.join('\n'), '\n']));
    out.length = 0;
  });
  const breathe = () => {
    written++;
    return slices();
  };
  const titles = state.layout === 'type' || state.layout === 'country' || state.layout === 'group' ? groupTitlesOf(cy) : [];
  const pad = 24;
  // Room for titles above the topmost discs.
  const y0 = Math.min(bb.y1 - pad, titles.length ? titlesTop(titles) : Infinity);
  const [x0, w, h] = [bb.x1 - pad, Math.max(bb.w, 1) + 2 * pad, Math.max(bb.y1 + bb.h + pad - y0, 1)];
  const text = '#1c2128';
  const edgeColour = '#9aa4b2';
  const opacity = (el: { hasClass(c: string): boolean }) => (el.hasClass('faded') ? 0.15 : el.hasClass('dimmed') ? 0.45 : 1);
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0.toFixed(1)} ${y0.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}" width="${Math.round(w)}" height="${Math.round(h)}" font-family="${xml(CANVAS_FONT)}">`);
  out.push(`<title>${xml(pick(state.graph.meta.title, state.lang))}</title>`);
  out.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${edgeColour}"/></marker></defs>`);
  out.push(`<rect x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="#ffffff"/>`);
  out.push('<g class="edges">');
  for (const e of edges) {
    await breathe();
    const s = e.source().position();
    const t = e.target().position();
    const r = (e.target() as NodeSingular).outerWidth() / 2 + 2;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const ex = t.x - ((t.x - s.x) / len) * r;
    const ey = t.y - ((t.y - s.y) / len) * r;
    const dash = e.hasClass('inferred') ? ' stroke-dasharray="5 4"' : '';
    out.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${edgeColour}" stroke-width="1.3"${dash} marker-end="url(#arrow)" opacity="${opacity(e)}"><title>${xml(String(e.data('label')))}</title></line>`);
  }
  out.push('</g><g class="nodes">');
  for (const n of nodes) {
    await breathe();
    const p = n.position();
    const r = n.width() / 2;
    out.push(`<g opacity="${opacity(n)}">`);
    out.push(`${shapePath(String(n.data('shape')), p.x, p.y, r)} fill="${xml(String(n.data('color')))}" stroke="#ffffff" stroke-width="1.5"/>`);
    const lines = labels ? (labels.boxes.has(n.id()) ? labels.lines.get(n.id())! : []) : n.hasClass('label-hidden') ? [] : wrapLabel(String(n.data('label') ?? ''));
    if (lines.length) {
      out.push(`<text x="${p.x.toFixed(1)}" y="${(p.y + r + 14).toFixed(1)}" font-size="12" text-anchor="middle" fill="${text}" stroke="#ffffff" stroke-width="3" paint-order="stroke">`);
      lines.forEach((line, i) => out.push(`<tspan x="${p.x.toFixed(1)}" dy="${i === 0 ? 0 : 14}">${xml(line)}</tspan>`));
      out.push('</text>');
    }
    out.push('</g>');
  }
  out.push('</g>');
  if (titles.length) {
    const names = groupNames(state);
    out.push('<g class="group-titles" font-size="13" font-weight="600" text-anchor="middle" fill="#57606a">');
    for (const g of titles) out.push(`<text x="${g.at.x.toFixed(1)}" y="${(g.at.y - 4).toFixed(1)}">${xml(`${names.get(g.key) ?? g.key} ${g.count}`)}</text>`);
    out.push('</g>');
  }
  const caption = captionLines(state);
  out.push(`<text x="${(x0 + 8).toFixed(1)}" y="${(y0 + h - 8).toFixed(1)}" font-size="10" fill="#5b6472">${xml(caption.join(' · '))}</text>`);
  out.push('</svg>');
  parts.push(new Blob([out.join('\n')]));
  return new Blob(parts, { type: 'image/svg+xml' });
}
