/**
 * A picture of the graph as plain data, and how to paint it on any 2D canvas: the page's, or an
 * OffscreenCanvas in a worker. Nothing here knows Cytoscape; `exporters.ts` reads the canvas into a
 * `PictureSpec`, and either paints the footer under Cytoscape's own PNG (small graphs) or has the
 * whole picture painted in `pictureWorker.ts` (large ones), so that the page never waits on it.
 */

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface LegendEntry {
  label: string;
  colour: string;
}

/** What goes under the graph: the node types shown, the dashed line's meaning, the caption's lines. */
export interface FooterSpec {
  legend: LegendEntry[] | null;
  /** The meaning of a dashed line, when the picture has inferred edges. */
  inferred: string | null;
  caption: string[] | null;
}

/** Group titles, in model coordinates (13 px text, drawn above its point). */
export interface TitleSpec {
  text: string;
  x: number;
  y: number;
}

/**
 * The graph drawn element by element (large graphs): straight edges, node shapes, labels. Packed in
 * typed arrays, colours and shapes as indices into `palette`, labels as one text, so that handing it
 * to the worker moves buffers instead of copying 100,000 small objects.
 */
export interface GraphDrawing {
  /** x1, y1, x2, y2, width, opacity, colour (palette index) per edge (model units). */
  edges: Float64Array;
  /** x, y, radius, opacity, colour, shape (palette indices) per node. */
  nodes: Float64Array;
  /** x, y (top centre), opacity per label. */
  labelAt: Float64Array;
  /** The labels' lines: lines end with "\n", labels with "\u0001". */
  labelText: string;
  palette: string[];
}

export const EDGE_STRIDE = 7;
/** Ends each label in `labelText` (a character no label keeps). */
export const LABEL_END = '\u0001';
export const NODE_STRIDE = 6;

/** Buffers of a drawing that a worker can be handed without a copy. */
export const drawingBuffers = (g: GraphDrawing): ArrayBuffer[] => [g.edges.buffer as ArrayBuffer, g.nodes.buffer as ArrayBuffer, g.labelAt.buffer as ArrayBuffer];

export interface PictureSpec {
  width: number;
  height: number;
  scale: number;
  background: string | null;
  /** The model point drawn at `at` (the graph's top-left corner in the picture). */
  origin: { x: number; y: number };
  at: { x: number; y: number };
  graph: GraphDrawing;
  titles: TitleSpec[];
  footer: FooterSpec | null;
  /** Where the footer starts, in px from the top. */
  footerTop: number;
}

export const PICTURE_FONT_FALLBACK = 'sans-serif';

/** Paints a whole picture: background, graph, titles, footer. `progress` hears the share done now and then. */
export function paintPicture(ctx: Ctx2D, spec: PictureSpec, font: string, progress: (share: number) => void): void {
  if (spec.background) {
    ctx.fillStyle = spec.background;
    ctx.fillRect(0, 0, spec.width, spec.height);
  }
  const s = spec.scale;
  ctx.save();
  ctx.setTransform(s, 0, 0, s, spec.at.x - spec.origin.x * s, spec.at.y - spec.origin.y * s);
  paintGraph(ctx, spec.graph, font, progress);
  ctx.restore();
  paintTitles(ctx, spec.titles, spec, font);
  if (spec.footer) paintFooter(ctx, spec.footer, spec.footerTop, spec.width, s, font);
  progress(1);
}

function paintGraph(ctx: Ctx2D, g: GraphDrawing, font: string, progress: (share: number) => void): void {
  const edgeCount = g.edges.length / EDGE_STRIDE;
  const nodeCount = g.nodes.length / NODE_STRIDE;
  const labels = g.labelText ? g.labelText.split(LABEL_END) : [];
  const total = edgeCount + nodeCount + labels.length || 1;
  const every = 2000;
  ctx.lineCap = 'round';
  for (let i = 0; i < edgeCount; i++) {
    const k = i * EDGE_STRIDE;
    ctx.globalAlpha = g.edges[k + 5]!;
    ctx.strokeStyle = g.palette[g.edges[k + 6]!]!;
    ctx.lineWidth = g.edges[k + 4]!;
    ctx.beginPath();
    ctx.moveTo(g.edges[k]!, g.edges[k + 1]!);
    ctx.lineTo(g.edges[k + 2]!, g.edges[k + 3]!);
    ctx.stroke();
    if (i % every === 0) progress(i / total);
  }
  for (let i = 0; i < nodeCount; i++) {
    const k = i * NODE_STRIDE;
    ctx.globalAlpha = g.nodes[k + 3]!;
    ctx.fillStyle = g.palette[g.nodes[k + 4]!]!;
    shapePath(ctx, g.palette[g.nodes[k + 5]!]!, g.nodes[k]!, g.nodes[k + 1]!, g.nodes[k + 2]!);
    ctx.fill();
    if (i % every === 0) progress((edgeCount + i) / total);
  }
  ctx.font = `12px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#1c2128';
  labels.forEach((text, i) => {
    const [x, y] = [g.labelAt[i * 3]!, g.labelAt[i * 3 + 1]!];
    ctx.globalAlpha = g.labelAt[i * 3 + 2]!;
    text.split('\n').forEach((line, j) => {
      ctx.strokeText(line, x, y + j * 14);
      ctx.fillText(line, x, y + j * 14);
    });
    if (i % every === 0) progress((edgeCount + nodeCount + i) / total);
  });
  ctx.globalAlpha = 1;
}

/** A node shape's outline in unit coordinates (radius 1 around the centre), as Cytoscape draws it. */
export type Outline = { kind: 'circle' } | { kind: 'rect'; rounded: boolean } | { kind: 'polygon'; points: readonly (readonly [number, number])[] };

const regular = (n: number, rot: number): [number, number][] => Array.from({ length: n }, (_, i) => [Math.cos(rot + (i * 2 * Math.PI) / n), Math.sin(rot + (i * 2 * Math.PI) / n)]);

export function outlineOf(shape: string): Outline {
  switch (shape) {
    case 'ellipse':
      return { kind: 'circle' };
    case 'diamond':
    case 'round-diamond':
      return { kind: 'polygon', points: [[0, -1], [1, 0], [0, 1], [-1, 0]] };
    case 'hexagon':
      return { kind: 'polygon', points: regular(6, 0) };
    case 'octagon':
      return { kind: 'polygon', points: regular(8, Math.PI / 8) };
    case 'triangle':
      return { kind: 'polygon', points: regular(3, -Math.PI / 2) };
    case 'pentagon':
      return { kind: 'polygon', points: regular(5, -Math.PI / 2) };
    case 'star':
      return { kind: 'polygon', points: regular(10, -Math.PI / 2).map(([px, py], i) => (i % 2 ? [px * 0.45, py * 0.45] : [px, py])) };
    case 'tag':
    case 'round-tag':
      return { kind: 'polygon', points: [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]] };
    default:
      return { kind: 'rect', rounded: shape !== 'rectangle' };
  }
}

function shapePath(ctx: Ctx2D, shape: string, x: number, y: number, r: number): void {
  const o = outlineOf(shape);
  ctx.beginPath();
  if (o.kind === 'circle') ctx.arc(x, y, r, 0, Math.PI * 2);
  else if (o.kind === 'rect') ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else {
    o.points.forEach(([px, py], i) => (i ? ctx.lineTo(x + px * r, y + py * r) : ctx.moveTo(x + px * r, y + py * r)));
    ctx.closePath();
  }
}

/** Group titles over their groups, in the picture's pixels. */
export function paintTitles(ctx: Ctx2D, titles: readonly TitleSpec[], spec: Pick<PictureSpec, 'scale' | 'origin' | 'at'>, font: string): void {
  if (!titles.length) return;
  const s = spec.scale;
  ctx.font = `600 ${13 * s}px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = '#57606a';
  for (const g of titles) ctx.fillText(g.text, spec.at.x + (g.x - spec.origin.x) * s, spec.at.y + (g.y - spec.origin.y) * s);
  ctx.textAlign = 'start';
}

/** The legend of node types, the dashed line's meaning and the caption, from `top` down. */
export function paintFooter(ctx: Ctx2D, footer: FooterSpec, top: number, width: number, s: number, font: string): void {
  let y = top + 16 * s;
  const x0 = 16 * s;
  if (footer.legend) {
    ctx.font = `${12 * s}px ${font}`;
    ctx.textBaseline = 'middle';
    let x = x0;
    const room = (w: number) => {
      if (x + w > width - x0) {
        x = x0;
        y += 20 * s;
      }
    };
    for (const t of footer.legend) {
      const w = 18 * s + ctx.measureText(t.label).width + 14 * s;
      room(w);
      ctx.fillStyle = t.colour;
      ctx.beginPath();
      ctx.arc(x + 6 * s, y, 6 * s, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#1c2128';
      ctx.fillText(t.label, x + 16 * s, y);
      x += w;
    }
    if (footer.inferred) {
      const w = 30 * s + ctx.measureText(footer.inferred).width + 14 * s;
      room(w);
      ctx.strokeStyle = '#9aa4b2';
      ctx.lineWidth = 1.5 * s;
      ctx.setLineDash([5 * s, 4 * s]);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 24 * s, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#1c2128';
      ctx.fillText(footer.inferred, x + 30 * s, y);
    }
    y += 26 * s;
  }
  if (footer.caption) {
    ctx.fillStyle = '#1c2128';
    ctx.textBaseline = 'middle';
    footer.caption.forEach((line, i) => {
      ctx.font = `${i === 0 ? 'bold ' : ''}${(i === 0 ? 13 : 11) * s}px ${font}`;
      ctx.fillText(line, x0, y);
      y += 18 * s;
    });
  }
}
