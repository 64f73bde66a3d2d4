import type { StylesheetJson } from 'cytoscape';

export interface CanvasColors {
  text: string;
  textHalo: string;
  edge: string;
  edgeLabel: string;
  accent: string;
  path: string;
  reading: string;
}

/** The canvas font stack: Latin first, then CJK faces for every platform. */
export const CANVAS_FONT =
  '"Inter", "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** Reads the theme's colours from CSS custom properties, so the canvas follows the page theme. */
export function readCanvasColors(el: Element = document.documentElement): CanvasColors {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--color-text', '#1f2328'),
    textHalo: v('--color-canvas', '#ffffff'),
    edge: v('--color-edge', '#9aa4b2'),
    edgeLabel: v('--color-text-muted', '#57606a'),
    accent: v('--color-accent', '#0b63ce'),
    path: v('--color-path', '#e8590c'),
    reading: v('--color-reading', '#f5b700'),
  };
}

/**
 * Above this many nodes the canvas uses a lighter style: straight "haystack" edges without arrows
 * (no control points to compute per edge), no node borders and no fade transitions, and labels only
 * once they would be readable. Measured in `npm run bench`.
 */
export const LARGE_GRAPH_NODES = 5000;
/** Or above this many edges: curved edges cost a control-point computation each (0.6 s for 7,000). */
export const LARGE_GRAPH_EDGES = 4000;

export interface StyleOptions {
  /** The lighter style for graphs of more than LARGE_GRAPH_NODES nodes. */
  large?: boolean;
  /** How much labels are enlarged to stay readable when zoomed out (labelLayout.ts); 1 by default. */
  labelScale?: number;
}

/** Node labels' size in model units before the zoom's enlargement. */
export const NODE_FONT_PX = 12;

export function buildStylesheet(c: CanvasColors, { large = false, labelScale = 1 }: StyleOptions = {}): StylesheetJson {
  const k = large ? 1 : labelScale;
  // Every property below is applied, and hashed for Cytoscape's caches, for each element restyled
  // (a filter restyles thousands): the large style carries only what it draws.
  const fade = large ? {} : { 'transition-property': 'opacity', 'transition-duration': 180 };
  const node: Record<string, unknown> = {
    'background-color': 'data(color)',
    shape: 'data(shape)',
    width: 'data(size)',
    height: 'data(size)',
    label: 'data(label)',
    'font-family': large ? 'sans-serif' : CANVAS_FONT,
    'font-size': NODE_FONT_PX * k,
    color: c.text,
    'text-valign': 'bottom',
    'text-margin-y': 4 * k,
    'text-outline-color': c.textHalo,
    'text-outline-width': 2 * k,
    // Never a smudge: a label below 9 px on screen is not drawn (managed labels never get there).
    'min-zoomed-font-size': 9,
    ...(large
      ? {}
      : {
          'text-wrap': 'wrap',
          'text-max-width': `${96 * k}px`,
          'border-width': 1.5,
          'border-color': c.textHalo,
        }),
    ...fade,
  };
  const edge: Record<string, unknown> = large
    ? { width: 1, 'line-color': c.edge, 'curve-style': 'haystack', 'haystack-radius': 0, 'font-size': 9.5, color: c.edgeLabel, 'text-outline-color': c.textHalo, 'text-outline-width': 2 }
    : {
        width: 1.3,
        'line-color': c.edge,
        'target-arrow-color': c.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-family': CANVAS_FONT,
        'font-size': 10 * k,
        color: c.edgeLabel,
        'text-rotation': 'autorotate',
        'text-outline-color': c.textHalo,
        'text-outline-width': 2 * k,
        ...fade,
      };
  // Borders where they carry meaning; the large style has none otherwise.
  const border = (width: number, color: string) => ({ 'border-width': width, 'border-color': color });
  return [
    { selector: 'node', style: node as never },
    { selector: 'edge', style: edge as never },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
    { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge[width]', style: { width: 'data(width)' } },
    { selector: 'edge.show-label, edge.selected', style: { label: 'data(label)' } },
    { selector: '.faded', style: { opacity: 0.14 } },
    { selector: 'node.dimmed', style: { opacity: 0.45 } },
    { selector: '.off-map', style: { display: 'none' } },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    { selector: 'node.selected', style: { ...border(4, c.accent), 'z-index': 20, 'font-weight': 'bold' } },
    { selector: 'edge.highlighted', style: { width: 2.2, 'line-color': c.accent, 'target-arrow-color': c.accent, label: 'data(label)', 'z-index': 10 } },
    { selector: 'edge.selected', style: { width: 3.2, 'line-color': c.accent, 'target-arrow-color': c.accent, 'z-index': 20 } },
    { selector: 'node.hovered', style: border(3, c.accent) },
    { selector: 'node.kb-cursor', style: { ...border(3, c.accent), 'border-style': 'double', 'underlay-color': c.accent, 'underlay-padding': 6, 'underlay-opacity': 0.25 } as never },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': c.path, 'target-arrow-color': c.path, label: 'data(label)', 'z-index': 30 } },
    // Above the rest, so that nothing covers a step of the path or its label.
    { selector: 'node.on-path', style: { ...border(3, c.path), 'z-index': 25 } },
    { selector: 'node.path-end', style: { 'border-width': 5 } },
    { selector: 'node.reading', style: { 'underlay-color': c.reading, 'underlay-padding': 8, 'underlay-opacity': 0.55, 'underlay-shape': 'ellipse' } as never },
    { selector: 'edge.reading', style: { 'line-color': c.reading, 'target-arrow-color': c.reading, width: 3 } },
    // Drawing a relationship in edit mode: the line follows the pointer from the source.
    { selector: 'node.eh-ghost-node', style: { opacity: 0, width: 1, height: 1, label: '' } },
    { selector: 'edge.eh-ghost-edge, edge.eh-preview', style: { 'line-color': c.accent, 'target-arrow-color': c.accent, 'line-style': 'dashed', width: 2 } },
    { selector: 'node.eh-source, node.eh-target', style: border(3, c.accent) },
  ];
}

/** The stylesheet for a Cytoscape instance, light or full by its number of nodes. */
export function stylesheetFor(nodeCount: number, c: CanvasColors = readCanvasColors(), labelScale = 1, edgeCount = 0): StylesheetJson {
  return buildStylesheet(c, { large: nodeCount > LARGE_GRAPH_NODES || edgeCount > LARGE_GRAPH_EDGES, labelScale });
}
