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
 * The graph drawn element by element, as the canvas draws it: edges along their curves with their
 * arrows and dashes, node shapes with their borders, labels. Packed in typed arrays, colours and
 * shapes as indices into `palette`, texts as one string each, so that handing it to the worker moves
 * buffers instead of copying 100,000 small objects.
 */
export interface GraphDrawing {
  /**
   * Per edge (EDGE_STRIDE numbers, model units): its ends x1, y1, x2, y2 (an arrow's tip at x2, y2),
   * width, opacity, colour, dashed (0 or 1), arrow (0 or 1), and its control points: the first's
   * index in `curves` and how many (none: a straight line).
   */
  edges: Float64Array;
  /** Control points of curved edges, x and y each. */
  curves: Float64Array;
  /** x, y, radius, opacity, colour, shape, border width, border colour per node. */
  nodes: Float64Array;
  /** x, y (top centre), opacity, bold (0 or 1), colour per label. */
  labelAt: Float64Array;
  /** The labels' lines: lines end with "\n", labels with "\u0001". */
  labelText: string;
  /** x, y (centre), angle (radians), opacity, colour per edge label. */
  edgeLabelAt: Float64Array;
  /** The edge labels, each ended by "\u0001". */
  edgeLabelText: string;
  palette: string[];
}

export const EDGE_STRIDE = 11;
/** Ends each label in `labelText` (a character no label keeps). */
export const LABEL_END = '\u0001';
export const NODE_STRIDE = 8;
export const LABEL_STRIDE = 5;
export const EDGE_LABEL_STRIDE = 5;
/** Node labels' size and line height in a picture, in model units; edge labels' size. */
export const PICTURE_LABEL_PX = 12;
export const PICTURE_LINE_PX = 14;
const EDGE_LABEL_PX = 10;

/** Buffers of a drawing that a worker can be handed without a copy. */
export const drawingBuffers = (g: GraphDrawing): ArrayBuffer[] =>
  [g.edges, g.curves, g.nodes, g.labelAt, g.edgeLabelAt].map((a) => a.buffer as ArrayBuffer);

/**
 * An arrowhead's length and half width for an edge of this width, as Cytoscape sizes its triangle
 * ('arrow-scale' 0.8 in the stylesheet).
 */
export function arrowSize(width: number): { length: number; half: number } {
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * 0.8;
  return { length: 0.3 * size, half: 0.15 * size };
}

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
  const edgeLabels = g.edgeLabelText ? g.edgeLabelText.split(LABEL_END) : [];
  const total = edgeCount + nodeCount + labels.length || 1;
  const every = 2000;
  ctx.lineCap = 'round';
  for (let i = 0; i < edgeCount; i++) {
    paintEdge(ctx, g, i * EDGE_STRIDE);
    if (i % every === 0) progress(i / total);
  }
  ctx.setLineDash([]);
  for (let i = 0; i < nodeCount; i++) {
    const k = i * NODE_STRIDE;
    ctx.globalAlpha = g.nodes[k + 3]!;
    ctx.fillStyle = g.palette[g.nodes[k + 4]!]!;
    shapePath(ctx, g.palette[g.nodes[k + 5]!]!, g.nodes[k]!, g.nodes[k + 1]!, g.nodes[k + 2]!);
    ctx.fill();
    const border = g.nodes[k + 6]!;
    if (border > 0) {
      ctx.lineWidth = border;
      ctx.strokeStyle = g.palette[g.nodes[k + 7]!]!;
      ctx.stroke();
    }
    if (i % every === 0) progress((edgeCount + i) / total);
  }
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3;
  ctx.textBaseline = 'middle';
  ctx.font = `${EDGE_LABEL_PX}px ${font}`;
  edgeLabels.forEach((text, i) => {
    const k = i * EDGE_LABEL_STRIDE;
    ctx.save();
    ctx.globalAlpha = g.edgeLabelAt[k + 3]!;
    ctx.translate(g.edgeLabelAt[k]!, g.edgeLabelAt[k + 1]!);
    ctx.rotate(g.edgeLabelAt[k + 2]!);
    ctx.fillStyle = g.palette[g.edgeLabelAt[k + 4]!]!;
    ctx.strokeText(text, 0, 0);
    ctx.fillText(text, 0, 0);
    ctx.restore();
  });
  ctx.textBaseline = 'top';
  let bold = -1;
  labels.forEach((text, i) => {
    const k = i * LABEL_STRIDE;
    const [x, y] = [g.labelAt[k]!, g.labelAt[k + 1]!];
    ctx.globalAlpha = g.labelAt[k + 2]!;
    if (g.labelAt[k + 3] !== bold) {
      bold = g.labelAt[k + 3]!;
      ctx.font = `${bold ? 'bold ' : ''}${PICTURE_LABEL_PX}px ${font}`;
    }
    ctx.fillStyle = g.palette[g.labelAt[k + 4]!]!;
    text.split('\n').forEach((line, j) => {
      ctx.strokeText(line, x, y + j * PICTURE_LINE_PX);
      ctx.fillText(line, x, y + j * PICTURE_LINE_PX);
    });
    if (i % every === 0) progress((edgeCount + nodeCount + i) / total);
  });
  ctx.globalAlpha = 1;
}

/**
 * One edge: a line or its quadratic curves through the control points (as Cytoscape draws a bezier
 * edge), ending at the arrow's base, and the arrowhead filled up to the tip.
 */
function paintEdge(ctx: Ctx2D, g: GraphDrawing, k: number): void {
  const e = g.edges;
  const [x1, y1, tipX, tipY, width] = [e[k]!, e[k + 1]!, e[k + 2]!, e[k + 3]!, e[k + 4]!];
  const [first, count] = [e[k + 9]!, e[k + 10]!];
  const colour = g.palette[e[k + 6]!]!;
  ctx.globalAlpha = e[k + 5]!;
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.setLineDash(e[k + 7] ? [5, 4] : []);
  // The direction the edge arrives in: from its last control point, or from its start.
  const [fromX, fromY] = count ? [g.curves[2 * (first + count - 1)]!, g.curves[2 * (first + count - 1) + 1]!] : [x1, y1];
  const len = Math.hypot(tipX - fromX, tipY - fromY) || 1;
  const [dx, dy] = [(tipX - fromX) / len, (tipY - fromY) / len];
  const arrow = e[k + 8] ? arrowSize(width) : null;
  const [endX, endY] = arrow ? [tipX - dx * arrow.length, tipY - dy * arrow.length] : [tipX, tipY];
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  for (let j = 0; j < count; j++) {
    const c = 2 * (first + j);
    const [cx, cy] = [g.curves[c]!, g.curves[c + 1]!];
    // Between two control points the curve passes through their midpoint.
    const [nx, ny] = j + 1 < count ? [(cx + g.curves[c + 2]!) / 2, (cy + g.curves[c + 3]!) / 2] : [endX, endY];
    ctx.quadraticCurveTo(cx, cy, nx, ny);
  }
  if (!count) ctx.lineTo(endX, endY);
  ctx.stroke();
  if (!arrow) return;
  ctx.fillStyle = colour;
  ctx.beginPath();
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(endX - dy * arrow.half, endY + dx * arrow.half);
  ctx.lineTo(endX + dy * arrow.half, endY - dx * arrow.half);
  ctx.closePath();
  ctx.fill();
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
  // Cytoscape's round-rectangle: corners of a quarter of the side, at most 8 units.
  else if (o.kind === 'rect' && o.rounded && 'roundRect' in ctx) ctx.roundRect(x - r, y - r, 2 * r, 2 * r, Math.min(r / 2, 8));
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
