import type { Core, SingularElementArgument } from 'cytoscape';
import type { Visibility } from '../domain/filters';
import type { Lang, Selection } from '../domain/urlState';
import { betweennessCentrality, degreeCentrality, type GraphPath } from '../domain/explore';
import type { SizeBy } from '../store/appStore';
import type { GraphIndex } from '../domain/graph';
import { pick } from '../i18n/messages';
import { nodeLabel } from './labels';

/** Hides what the filters exclude and dims "kept" neighbours; one batch, classes only. */
export function applyVisibility(cy: Core, v: Visibility): void {
  // Only elements whose state changes are touched (a class change restyles the element), and each
  // class changes once per collection, so that Cytoscape emits one event rather than one per element.
  const hide: SingularElementArgument[] = [];
  const show: SingularElementArgument[] = [];
  const dim: SingularElementArgument[] = [];
  const undim: SingularElementArgument[] = [];
  cy.nodes().forEach((n) => {
    const id = n.id();
    const hidden = !v.visible.has(id);
    const dimmed = v.dimmed.has(id);
    if (n.hasClass('hidden') !== hidden) (hidden ? hide : show).push(n);
    if (n.hasClass('dimmed') !== dimmed) (dimmed ? dim : undim).push(n);
  });
  cy.edges().forEach((e) => {
    const allowed = !v.edges || v.edges.has(e.id());
    const hidden = !(allowed && v.visible.has(e.data('source')) && v.visible.has(e.data('target')));
    if (e.hasClass('hidden') !== hidden) (hidden ? hide : show).push(e);
  });
  if (!hide.length && !show.length && !dim.length && !undim.length) return;
  cy.batch(() => {
    if (hide.length) cy.collection(hide as never).addClass('hidden');
    if (show.length) cy.collection(show as never).removeClass('hidden');
    if (dim.length) cy.collection(dim as never).addClass('dimmed');
    if (undim.length) cy.collection(undim as never).removeClass('dimmed');
  });
}

/** Marks the selection and its neighbourhood, fading the rest. */
export function applySelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    cy.$('.selected, .highlighted, .faded').removeClass('selected highlighted faded');
    if (!selection) return;
    const el = cy.getElementById(selection.id);
    if (el.empty()) return;
    el.addClass('selected');
    const keep = selection.kind === 'node' ? el.closedNeighborhood() : el.union(el.connectedNodes());
    keep.edges().addClass('highlighted');
    cy.elements().not(keep).addClass('faded');
  });
}

/** Node size by importance: uniform, by degree or by betweenness centrality. */
export function nodeSizes(index: GraphIndex, sizeBy: SizeBy): Map<string, number> {
  const values = sizeBy === 'betweenness' ? betweennessCentrality(index) : sizeBy === 'degree' ? degreeCentrality(index) : null;
  let max = 1e-9;
  if (values) for (const v of values.values()) max = Math.max(max, v);
  return new Map(index.graph.nodes.map((n) => [n.id, values ? 20 + 42 * Math.sqrt((values.get(n.id) ?? 0) / max) : 30]));
}

export function applySizes(cy: Core, index: GraphIndex, sizeBy: SizeBy): void {
  const sizes = nodeSizes(index, sizeBy);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const size = sizes.get(n.id()) ?? 30;
      if (n.data('size') !== size) n.data('size', size);
    });
  });
}

/** Highlights the shortest paths, fading everything else; the path wins over the selection. */
export function applyPath(cy: Core, paths: readonly GraphPath[] | null): void {
  cy.batch(() => {
    cy.$('.on-path, .path-end').removeClass('on-path path-end');
    if (!paths || paths.length === 0) return;
    for (const p of paths) {
      for (const id of p.nodes) cy.getElementById(id).addClass('on-path');
      for (const step of p.steps) for (const e of step.edges) cy.getElementById(e.id).addClass('on-path');
    }
    const first = paths[0]!;
    cy.getElementById(first.nodes[0]!).addClass('path-end');
    cy.getElementById(first.nodes.at(-1)!).addClass('path-end');
    cy.elements().removeClass('faded');
    cy.elements().not('.on-path').addClass('faded');
  });
}

/** Reading mode: what the paragraph in view supports lights up in the graph. */
export function applyReading(cy: Core, index: GraphIndex, paragraph: number | null): void {
  cy.batch(() => {
    cy.$('.reading').removeClass('reading');
    if (paragraph === null) return;
    for (const n of index.graph.nodes) {
      const cited = n.sources.some((s) => s.paragraph === paragraph) || (n.facts ?? []).some((f) => f.sources.some((s) => s.paragraph === paragraph));
      if (cited) cy.getElementById(n.id).addClass('reading');
    }
    for (const e of index.graph.edges) if (e.sources.some((s) => s.paragraph === paragraph)) cy.getElementById(e.id).addClass('reading');
  });
}

export function applyLabels(cy: Core, index: GraphIndex, lang: Lang): void {
  const relations = new Map(index.graph.vocabularies.relationTypes.map((r) => [r.id, r]));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const node = index.nodeById.get(n.id());
      if (node) n.data('label', nodeLabel(node.name, lang));
    });
    cy.edges().forEach((e) => {
      const r = relations.get(e.data('type'));
      if (r) e.data('label', pick(r.label, lang));
    });
  });
}

/** Brings a node into view if it is outside the visible part of the canvas. */
export function revealNode(cy: Core, id: string, force = false): void {
  const node = cy.getElementById(id);
  if (node.empty() || !node.visible()) return;
  const p = node.renderedPosition();
  const margin = 40;
  const inside = p.x > margin && p.y > margin && p.x < cy.width() - margin && p.y < cy.height() - margin;
  if (inside && !force) return;
  const reduce = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const target = { center: { eles: node }, zoom: Math.max(cy.zoom(), 1) };
  if (reduce) {
    cy.zoom(target.zoom);
    cy.center(node);
  } else cy.animate(target, { duration: 350, easing: 'ease-in-out-cubic' });
}
