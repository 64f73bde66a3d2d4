import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import bundled from '../../graph-data/graph.json';
import { computeVisibility, EMPTY_FILTERS } from '../../src/domain/filters';
import { indexGraph } from '../../src/domain/graph';
import type { Graph } from '../../src/io/schema';
import { allElements, applyLabels, applySelection, applyVisibility } from '../../src/renderer/controllers';
import { toElements } from '../../src/renderer/elements';
import { buildStylesheet } from '../../src/renderer/stylesheet';

const index = indexGraph(bundled as unknown as Graph);
const colors = { text: '#000', textHalo: '#fff', edge: '#999', edgeLabel: '#666', accent: '#00f', path: '#f80', reading: '#fc0' };
const make = () => cytoscape({ headless: true, styleEnabled: true, elements: toElements(index, 'en'), style: buildStylesheet(colors) });

describe('applyVisibility', () => {
  it('takes filtered-out elements off the canvas and brings them back with their state', () => {
    const cy = make();
    const dk = computeVisibility(index, { ...EMPTY_FILTERS, countries: ['DK'] });
    applyVisibility(cy, dk);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual([...dk.visible].sort());
    // No edge is left without both ends on the canvas; every element is still known.
    expect(cy.edges().filter((e) => !dk.visible.has(e.source().id()) || !dk.visible.has(e.target().id()))).toHaveLength(0);
    expect(allElements(cy)).toHaveLength(index.graph.nodes.length + index.graph.edges.length);

    // What happens meanwhile reaches the elements off the canvas too.
    applyLabels(cy, index, 'zh');
    applySelection(cy, index, { kind: 'node', id: 'novo-nordisk' });
    applyVisibility(cy, computeVisibility(index, EMPTY_FILTERS));
    expect(cy.nodes()).toHaveLength(index.graph.nodes.length);
    expect(cy.edges()).toHaveLength(index.graph.edges.length);
    expect(cy.getElementById('elsevier').data('label').replaceAll('\u200b', '')).toBe('爱思唯尔');
    expect(cy.getElementById('elsevier').hasClass('faded')).toBe(true);
    expect(cy.getElementById('novo-nordisk').hasClass('selected')).toBe(true);
    cy.destroy();
  });

  it('dims kept neighbours and hides edges the filter leaves out', () => {
    const cy = make();
    const v = computeVisibility(index, { ...EMPTY_FILTERS, countries: ['DK'], keepNeighbours: true, hideInferred: true });
    applyVisibility(cy, v);
    expect(cy.nodes('.dimmed').map((n) => n.id()).sort()).toEqual([...v.dimmed].sort());
    expect(cy.edges().filter((e) => e.data('inferred') === true)).toHaveLength(0);
    cy.destroy();
  });
});
