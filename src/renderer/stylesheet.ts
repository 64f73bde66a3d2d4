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

export function buildStylesheet(c: CanvasColors): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': CANVAS_FONT,
        'font-size': 12,
        color: c.text,
        'text-wrap': 'wrap',
        'text-max-width': '96px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': c.textHalo,
        'text-outline-width': 2,
        'min-zoomed-font-size': 5,
        'border-width': 1.5,
        'border-color': c.textHalo,
        'transition-property': 'opacity',
        'transition-duration': 180,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.3,
        'line-color': c.edge,
        'target-arrow-color': c.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-family': CANVAS_FONT,
        'font-size': 9.5,
        color: c.edgeLabel,
        'text-rotation': 'autorotate',
        'text-outline-color': c.textHalo,
        'text-outline-width': 2,
        'transition-property': 'opacity',
        'transition-duration': 180,
      },
    },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
    { selector: 'edge.show-label, edge.selected', style: { label: 'data(label)' } },
    { selector: '.faded', style: { opacity: 0.14 } },
    { selector: 'node.dimmed', style: { opacity: 0.45 } },
    { selector: '.hidden, .off-map', style: { display: 'none' } },
    {
      selector: 'node.selected',
      style: { 'border-width': 4, 'border-color': c.accent, 'z-index': 20, 'font-weight': 'bold' },
    },
    { selector: 'edge.highlighted', style: { width: 2.2, 'line-color': c.accent, 'target-arrow-color': c.accent, label: 'data(label)', 'z-index': 10 } },
    { selector: 'edge.selected', style: { width: 3.2, 'line-color': c.accent, 'target-arrow-color': c.accent, 'z-index': 20 } },
    { selector: 'node.hovered', style: { 'border-width': 3, 'border-color': c.accent } },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': c.path, 'target-arrow-color': c.path, label: 'data(label)', 'z-index': 30 } },
    { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': c.path, 'z-index': 30 } },
    { selector: 'node.path-end', style: { 'border-width': 5 } },
    { selector: 'node.reading', style: { 'underlay-color': c.reading, 'underlay-padding': 8, 'underlay-opacity': 0.55, 'underlay-shape': 'ellipse' } as never },
    { selector: 'edge.reading', style: { 'line-color': c.reading, 'target-arrow-color': c.reading, width: 3 } },
  ];
}
