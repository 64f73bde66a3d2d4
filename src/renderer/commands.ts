import type { Core } from 'cytoscape';

export interface PngOptions {
  scale: number;
  transparent: boolean;
  /** Draw the legend of node types under the graph. */
  legend: boolean;
  /** Draw the graph's title and the article it comes from under the graph. */
  caption: boolean;
}

/** What the rest of the app may ask of the renderer; it never holds `cy` itself. */
export interface GraphCommands {
  fit(): void;
  centerOn(nodeId: string): void;
  exportPng(options: PngOptions): Promise<Blob>;
  /** The graph as shown, as an SVG document (text as text). */
  exportSvg(): Promise<Blob>;
  /** Current node positions, for the JSON export. */
  positions(): Map<string, { x: number; y: number }>;
  /** Moves nodes to saved positions (a named view), animated. */
  setPositions(positions: Readonly<Record<string, { x: number; y: number }>>): void;
  /** Stops a progressive layout where it is; resumes it from there. */
  stopLayout(): void;
  resumeLayout(): void;
}

let current: GraphCommands | null = null;

export function registerGraphCommands(commands: GraphCommands | null): void {
  current = commands;
}

export function graphCommands(): GraphCommands | null {
  return current;
}

/** Browsers refuse canvases beyond about 16k pixels a side or 268 million pixels. */
export const MAX_CANVAS_SIDE = 16384;
export const MAX_CANVAS_AREA = 268_000_000;

export function pngSizeProblem(cy: Core, scale: number, extraHeight = 0): string | null {
  const bb = cy.elements(':visible').boundingBox();
  const w = Math.ceil(bb.w * scale);
  const h = Math.ceil(bb.h * scale + extraHeight * scale);
  if (w > MAX_CANVAS_SIDE || h > MAX_CANVAS_SIDE || w * h > MAX_CANVAS_AREA) {
    return `${w} × ${h} px is larger than a browser can draw (${MAX_CANVAS_SIDE} px a side); choose a smaller scale`;
  }
  return null;
}
