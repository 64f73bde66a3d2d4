import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import bundled from '../../graph-data/graph.json';
import { computeVisibility, EMPTY_FILTERS } from '../../src/domain/filters';
import { indexGraph } from '../../src/domain/graph';
import type { Graph } from '../../src/io/schema';
import { allElements, applyLabels, applySelection, applyVisibility, nodeSizes, slightResize } from '../../src/renderer/controllers';
import { growCanvas } from '../../src/renderer/GraphCanvas';
import { toElements } from '../../src/renderer/elements';
import { buildStylesheet } from '../../src/renderer/stylesheet';
import { syntheticGraph } from '../../bench/synthetic';

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

describe('applyVisibility on a large canvas (above 20,000 elements: a slice at a time)', () => {
  const large = indexGraph(syntheticGraph(10000, 5) as unknown as Graph);
  const makeLarge = () => cytoscape({ headless: true, styleEnabled: true, elements: toElements(large, 'en'), style: buildStylesheet(colors, { large: true }) });

  it('takes out what the filter hides, in more than one task, edges before their nodes', async () => {
    const cy = makeLarge();
    const cn = computeVisibility(large, { ...EMPTY_FILTERS, countries: ['CN'] });
    // Edges go first: no node leaves while one of its edges is still to be taken out.
    let nodesOut = 0;
    let edgesAfterNodes = 0;
    cy.on('remove', (e) => {
      if (e.target.isNode()) nodesOut++;
      else if (nodesOut) edgesAfterNodes++;
    });
    let tasks = 0;
    const ticking = setInterval(() => tasks++, 0);
    await applyVisibility(cy, cn);
    clearInterval(ticking);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual([...cn.visible].sort());
    expect(cy.edges().filter((e) => !cn.visible.has(e.source().id()) || !cn.visible.has(e.target().id()))).toHaveLength(0);
    // Other tasks ran while it worked: it yielded to the page.
    expect(tasks).toBeGreaterThan(1);
    expect(nodesOut).toBe(large.graph.nodes.length - cn.visible.size);
    expect(edgesAfterNodes).toBe(0);
    cy.destroy();
  });

  it('a newer filter stops an unfinished one, and the canvas ends as the newer one asks', async () => {
    const cy = makeLarge();
    const cn = computeVisibility(large, { ...EMPTY_FILTERS, countries: ['CN'] });
    const us = computeVisibility(large, { ...EMPTY_FILTERS, countries: ['US'] });
    const first = applyVisibility(cy, cn);
    const second = applyVisibility(cy, us);
    await Promise.all([first, second]);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual([...us.visible].sort());
    // And everything comes back.
    await applyVisibility(cy, computeVisibility(large, EMPTY_FILTERS));
    expect(cy.elements()).toHaveLength(large.graph.nodes.length + large.graph.edges.length);
    cy.destroy();
  });
});

describe('growCanvas (the canvas following a graph that grew, as after an expand)', () => {
  // A hub and its leaves, as a SPARQL store's members of a group arrive 100 at a time.
  const star = (leaves: number, extra: Partial<Graph['nodes'][number]> = {}): Graph => {
    const g = structuredClone(bundled) as unknown as Graph;
    g.nodes = [{ ...g.nodes[0]!, id: 'hub', ...extra }];
    g.edges = [];
    for (let i = 0; i < leaves; i++) {
      g.nodes.push({ ...g.nodes[0]!, id: `leaf-${i}` });
      g.edges.push({ ...(bundled as unknown as Graph).edges[0]!, id: `e-${i}`, source: `leaf-${i}`, target: 'hub' });
    }
    return g;
  };
  const canvasOf = (g: Graph, sizeBy: 'degree' | 'attr:weight' = 'degree') => {
    const idx = indexGraph(g);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(idx, 'en', nodeSizes(idx, sizeBy)), style: buildStylesheet(colors) });
    return { cy, sizeBy };
  };

  it('adds what came, and leaves the size of a node whose links did not change while the scale barely moves it', () => {
    const { cy } = canvasOf(star(100));
    const before = cy.getElementById('leaf-0').data('size') as number;
    const next = indexGraph(star(200));
    expect(growCanvas(cy, { index: next, lang: 'en', sizeBy: 'degree' })).toBe(true);
    expect(cy.nodes()).toHaveLength(201);
    // Its exact size on the new scale differs (the hub's degree doubled), by less than the drift allowed.
    const exact = nodeSizes(next, 'degree').get('leaf-0')!;
    expect(exact).not.toBe(before);
    expect(cy.getElementById('leaf-0').data('size')).toBe(before);
    // The hub's own degree changed: its size and degree follow.
    expect(cy.getElementById('hub').data('degree')).toBe(200);
    // Once the drift is visible (2,000 leaves: the old leaves would be 13 % smaller), they catch up.
    growCanvas(cy, { index: indexGraph(star(2000)), lang: 'en', sizeBy: 'degree' });
    expect(cy.getElementById('leaf-0').data('size')).toBeCloseTo(nodeSizes(indexGraph(star(2000)), 'degree').get('leaf-0')!, 6);
  });

  it('keeps sizes exact when they come from an attribute', () => {
    const g = star(10);
    g.nodes.forEach((n, i) => (n.attributes = { weight: i }));
    const { cy } = canvasOf(g, 'attr:weight');
    const h = structuredClone(g);
    h.nodes[5]!.attributes = { weight: 5.3 };
    const next = indexGraph(h);
    growCanvas(cy, { index: next, lang: 'en', sizeBy: 'attr:weight' });
    expect(cy.getElementById('leaf-4').data('size')).toBe(nodeSizes(next, 'attr:weight').get('leaf-4'));
  });

  it('tells a slight resize from a visible one', () => {
    expect(slightResize(24, 23)).toBe(true);
    expect(slightResize(24, 21)).toBe(false);
    expect(slightResize(undefined, 21)).toBe(false);
  });
});
