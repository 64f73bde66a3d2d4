import type { Core, NodeSingular } from 'cytoscape';
import { pick } from '../i18n/messages';
import { groupNames, groupTitlesOf } from './layout';
import type { AppState } from '../store/appStore';
import { pngSizeProblem, type PngOptions } from './commands';
import { CANVAS_FONT } from './stylesheet';
import { layoutLabels, restyle } from './labelLayout';

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
  const lang = state.lang === 'en' ? 'en' : 'zh';
  const { meta } = state.graph;
  const lines = [pick(meta.title, state.lang)];
  if (meta.article) {
    const source = lang === 'zh' ? `资料来源：《${meta.article.title.zh}》，${meta.article.date}` : `Source: "${meta.article.title.en}", ${meta.article.date}`;
    lines.push(source);
  }
  return lines;
}

/** The graph as shown (filters, selection, theme's light colours) as a PNG, with an optional footer. */
export async function exportPng(cy: Core, state: AppState, options: PngOptions): Promise<Blob> {
  const footer = options.legend || options.caption ? FOOTER_PX : 0;
  const problem = pngSizeProblem(cy, options.scale, footer);
  if (problem) throw new Error(problem);
  const bg = options.transparent ? undefined : '#ffffff';
  const graphPng = await asPicture(cy, state, () =>
    cy.png({ output: 'blob-promise', full: true, scale: options.scale, bg, maxWidth: undefined }),
  );
  // Grouped layouts: the group titles go on the picture too, in a band above the graph.
  const titles = state.layout === 'type' || state.layout === 'country' || state.layout === 'group' ? groupTitlesOf(cy) : [];
  if (!footer && !titles.length) return graphPng;

  const img = await createImageBitmap(graphPng);
  const s = options.scale;
  // cy.png({ full: true }) draws the bounding box of what is on the canvas (bb), labels included;
  // the band above it reaches up to the highest title's text.
  const bb = titles.length ? cy.elements().boundingBox({ includeLabels: true }) : null;
  const band = bb ? Math.ceil(Math.max(0, bb.y1 - titlesTop(titles)) * s) : 0;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(img.width, footer ? Math.ceil(720 * s) : 0);
  canvas.height = band + img.height + Math.ceil(footer * s);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the picture (no 2D canvas)');
  if (bg) {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  const dx = Math.round((canvas.width - img.width) / 2);
  ctx.drawImage(img, dx, band);
  if (bb) {
    const names = groupNames(state);
    ctx.font = `600 ${13 * s}px ${CANVAS_FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = '#57606a';
    for (const g of titles) ctx.fillText(`${names.get(g.key) ?? g.key} ${g.count}`, dx + (g.at.x - bb.x1) * s, band + (g.at.y - bb.y1) * s);
    ctx.textAlign = 'start';
  }
  if (!footer) return toPngBlob(canvas);
  let y = band + img.height + 16 * s;
  const x0 = 16 * s;
  if (options.legend) {
    ctx.font = `${12 * s}px ${CANVAS_FONT}`;
    ctx.textBaseline = 'middle';
    let x = x0;
    const used = new Set(cy.nodes(':visible').map((n) => n.data('type') as string));
    for (const t of state.graph.vocabularies.nodeTypes.filter((t) => used.has(t.id))) {
      const label = pick(t.label, state.lang === 'both' ? 'en' : state.lang);
      const w = 18 * s + ctx.measureText(label).width + 14 * s;
      if (x + w > canvas.width - x0) {
        x = x0;
        y += 20 * s;
      }
      ctx.fillStyle = t.color;
      ctx.beginPath();
      ctx.arc(x + 6 * s, y, 6 * s, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#1c2128';
      ctx.fillText(label, x + 16 * s, y);
      x += w;
    }
    // The dashed line's meaning, when the picture has inferred edges.
    if (cy.edges('.inferred:visible').nonempty()) {
      const label = state.lang === 'zh' ? '推断（原文未直接说明）' : 'inferred (not stated in the article)';
      const w = 30 * s + ctx.measureText(label).width + 14 * s;
      if (x + w > canvas.width - x0) {
        x = x0;
        y += 20 * s;
      }
      ctx.strokeStyle = '#9aa4b2';
      ctx.lineWidth = 1.5 * s;
      ctx.setLineDash([5 * s, 4 * s]);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 24 * s, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#1c2128';
      ctx.fillText(label, x + 30 * s, y);
    }
    y += 26 * s;
  }
  if (options.caption) {
    ctx.fillStyle = '#1c2128';
    ctx.textBaseline = 'middle';
    captionLines(state).forEach((line, i) => {
      ctx.font = `${i === 0 ? 'bold ' : ''}${(i === 0 ? 13 : 11) * s}px ${CANVAS_FONT}`;
      ctx.fillText(line, x0, y);
      y += 18 * s;
    });
  }
  return toPngBlob(canvas);
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}

/** The top of the highest group title's text, in model coordinates (titles are 13 px, drawn above their point). */
function titlesTop(titles: readonly { at: { y: number } }[]): number {
  return Math.min(...titles.map((g) => g.at.y)) - 22;
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
  const poly = (pts: [number, number][]) => `<polygon points="${pts.map(([px, py]) => `${(x + px * r).toFixed(1)},${(y + py * r).toFixed(1)}`).join(' ')}"`;
  const regular = (n: number, rot: number) => poly(Array.from({ length: n }, (_, i) => [Math.cos(rot + (i * 2 * Math.PI) / n), Math.sin(rot + (i * 2 * Math.PI) / n)] as [number, number]));
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}"`;
    case 'diamond':
    case 'round-diamond':
      return poly([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'hexagon':
      return regular(6, 0);
    case 'octagon':
      return regular(8, Math.PI / 8);
    case 'triangle':
      return regular(3, -Math.PI / 2);
    case 'pentagon':
      return regular(5, -Math.PI / 2);
    case 'star':
      return poly(Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const k = i % 2 ? 0.45 : 1;
        return [k * Math.cos(a), k * Math.sin(a)] as [number, number];
      }));
    case 'tag':
    case 'round-tag':
      return poly([[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]]);
    default: {
      const rx = shape === 'rectangle' ? 0 : r * 0.3;
      return `<rect x="${(x - r).toFixed(1)}" y="${(y - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" rx="${rx.toFixed(1)}"`;
    }
  }
}

/** The visible graph as a standalone SVG document, with labels as real text. */
export function exportSvg(cy: Core, state: AppState): string {
  layoutLabels(cy, 1);
  try {
    return svgDocument(cy, state);
  } finally {
    layoutLabels(cy);
  }
}

function svgDocument(cy: Core, state: AppState): string {
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  const bb = cy.elements(':visible').boundingBox({ includeLabels: true });
  const titles = state.layout === 'type' || state.layout === 'country' || state.layout === 'group' ? groupTitlesOf(cy) : [];
  const pad = 24;
  // Room for titles above the topmost discs.
  const y0 = Math.min(bb.y1 - pad, titles.length ? titlesTop(titles) : Infinity);
  const [x0, w, h] = [bb.x1 - pad, Math.max(bb.w, 1) + 2 * pad, Math.max(bb.y2 + pad - y0, 1)];
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
  edges.forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    const r = (e.target() as NodeSingular).outerWidth() / 2 + 2;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const ex = t.x - ((t.x - s.x) / len) * r;
    const ey = t.y - ((t.y - s.y) / len) * r;
    const dash = e.hasClass('inferred') ? ' stroke-dasharray="5 4"' : '';
    out.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${edgeColour}" stroke-width="1.3"${dash} marker-end="url(#arrow)" opacity="${opacity(e)}"><title>${xml(String(e.data('label')))}</title></line>`);
  });
  out.push('</g><g class="nodes">');
  nodes.forEach((n) => {
    const p = n.position();
    const r = n.width() / 2;
    out.push(`<g opacity="${opacity(n)}">`);
    out.push(`${shapePath(String(n.data('shape')), p.x, p.y, r)} fill="${xml(String(n.data('color')))}" stroke="#ffffff" stroke-width="1.5"/>`);
    const lines = n.hasClass('label-hidden') ? [] : wrapLabel(String(n.data('label') ?? ''));
    if (lines.length) {
      out.push(`<text x="${p.x.toFixed(1)}" y="${(p.y + r + 14).toFixed(1)}" font-size="12" text-anchor="middle" fill="${text}" stroke="#ffffff" stroke-width="3" paint-order="stroke">`);
      lines.forEach((line, i) => out.push(`<tspan x="${p.x.toFixed(1)}" dy="${i === 0 ? 0 : 14}">${xml(line)}</tspan>`));
      out.push('</text>');
    }
    out.push('</g>');
  });
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
  return out.join('\n');
}
