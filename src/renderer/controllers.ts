import type { Core } from 'cytoscape';
import type { Visibility } from '../domain/filters';
import type { Lang, Selection } from '../domain/urlState';
import type { GraphIndex } from '../domain/graph';
import { pick } from '../i18n/messages';
import { nodeLabel } from './labels';

/** Hides what the filters exclude and dims "kept" neighbours; one batch, classes only. */
export function applyVisibility(cy: Core, v: Visibility): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const id = n.id();
      n.toggleClass('hidden', !v.visible.has(id));
      n.toggleClass('dimmed', v.dimmed.has(id));
    });
    cy.edges().forEach((e) => {
      e.toggleClass('hidden', !(v.visible.has(e.data('source')) && v.visible.has(e.data('target'))));
    });
  });
}

/** Marks the selection and its neighbourhood, fading the rest. */
export function applySelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    cy.elements().removeClass('selected highlighted faded');
    if (!selection) return;
    const el = cy.getElementById(selection.id);
    if (el.empty()) return;
    el.addClass('selected');
    const keep = selection.kind === 'node' ? el.closedNeighborhood() : el.union(el.connectedNodes());
    keep.edges().addClass('highlighted');
    cy.elements().not(keep).addClass('faded');
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
