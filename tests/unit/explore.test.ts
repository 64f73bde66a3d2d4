import { describe, expect, it } from 'vitest';
import { groupedPositions, spreadAround } from '../../src/domain/arrange';
import { betweennessCentrality, degreeCentrality, focusSet, graphYears, shortestPaths, startYear, timelineSets } from '../../src/domain/explore';
import { MAP_WIDTH, nodeLocations, project } from '../../src/domain/geo';
import { indexGraph } from '../../src/domain/graph';
import type { Graph } from '../../src/io/schema';
import { bundledGraph } from '../fixtures';

// a - b - c - d, and a - e - d: two shortest paths from a to d; f is on its own.
const q = [{ quote: 'xx', paragraph: 1 }];
const small: Graph = {
  schemaVersion: 1,
  meta: { title: { zh: '测', en: 't' } },
  vocabularies: bundledGraph.vocabularies,
  nodes: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, type: 'topic', name: { zh: id, en: id }, aliases: [], sectors: [], sources: [] })),
  edges: [
    { id: 'ab', source: 'a', target: 'b', type: 'part-of', sources: q },
    { id: 'bc', source: 'b', target: 'c', type: 'part-of', sources: q, year: 2010 },
    { id: 'dc', source: 'd', target: 'c', type: 'part-of', sources: q },
    { id: 'ae', source: 'a', target: 'e', type: 'part-of', sources: q },
    { id: 'ed', source: 'e', target: 'd', type: 'part-of', sources: q, year: 2020 },
  ],
};
const s = indexGraph(small);
const real = indexGraph(bundledGraph);

describe('neighbourhood focus', () => {
  it('takes the k-hop set and adds expanded nodes\' neighbours', () => {
    expect([...focusSet(s, { id: 'a', k: 1, expanded: [] })].sort()).toEqual(['a', 'b', 'e']);
    expect([...focusSet(s, { id: 'a', k: 1, expanded: ['b'] })].sort()).toEqual(['a', 'b', 'c', 'e']);
    expect([...focusSet(s, { id: 'a', k: 3, expanded: [] })].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('shortest paths', () => {
  it('finds every shortest path, ignoring direction', () => {
    const paths = shortestPaths(s, 'a', 'd');
    expect(paths.map((p) => p.nodes.join('>'))).toEqual(['a>e>d']);
    const both = shortestPaths(s, 'b', 'e');
    expect(both.map((p) => p.nodes.join('>'))).toEqual(['b>a>e']);
    expect(shortestPaths(s, 'b', 'd').map((p) => p.nodes.join('>'))).toEqual(['b>c>d']);
    // A square w-x-z, w-y-z has two shortest paths from w to z.
    const square: Graph = {
      ...small,
      nodes: ['w', 'x', 'y', 'z'].map((id) => ({ id, type: 'topic', name: { zh: id, en: id }, aliases: [], sectors: [], sources: [] })),
      edges: [['w', 'x'], ['x', 'z'], ['w', 'y'], ['z', 'y']].map(([a, b]) => ({ id: a! + b!, source: a!, target: b!, type: 'part-of', sources: q })),
    };
    expect(shortestPaths(indexGraph(square), 'w', 'z').map((p) => p.nodes.join('>'))).toEqual(['w>x>z', 'w>y>z']);
  });

  it('names the edges of each step', () => {
    const [p] = shortestPaths(s, 'c', 'a');
    expect(p!.steps.map((st) => st.edges.map((e) => e.id))).toEqual([['bc'], ['ab']]);
  });

  it('says when there is no path', () => {
    expect(shortestPaths(s, 'a', 'f')).toEqual([]);
    expect(shortestPaths(s, 'a', 'missing')).toEqual([]);
  });

  it('links Novo Nordisk to the Beijing commission through its R&D centre', () => {
    const paths = shortestPaths(real, 'novo-nordisk', 'beijing-science-commission');
    expect(paths[0]!.nodes.length).toBe(3);
    expect(paths.some((p) => p.nodes[1] === 'novo-nordisk-china-rd')).toBe(true);
  });
});

describe('timeline', () => {
  it('lists the years of the graph, from 1923 to 2022', () => {
    const years = graphYears(real);
    expect(years[0]).toBe(1923);
    expect(years.at(-1)).toBe(2022);
    expect(years).toContain(1997);
  });

  it('knows when things started', () => {
    expect(startYear(real, 'novo-nordisk')).toBe(1923);
    expect(startYear(real, 'novo-nordisk-china-rd')).toBe(1997);
    expect(startYear(real, 'innovo-platform')).toBe(2019);
    expect(startYear(real, 'beijing')).toBeUndefined();
  });

  it('shows what existed by a year', () => {
    const t2000 = timelineSets(real, 2000);
    expect(t2000.nodes.has('novo-nordisk-china-rd')).toBe(true);
    expect(t2000.nodes.has('innovo-platform')).toBe(false);
    expect(t2000.nodes.has('zgc-silicon-valley-centre')).toBe(false);
    expect(t2000.edges.has('relx--partner-of--beijing-science-commission')).toBe(false);
    const t2015 = timelineSets(real, 2015);
    expect(t2015.nodes.has('zgc-silicon-valley-centre')).toBe(true);
    const small2015 = timelineSets(s, 2015);
    expect(small2015.edges.has('bc')).toBe(true);
    expect(small2015.edges.has('ed')).toBe(false);
  });
});

describe('centrality', () => {
  it('degree counts edge ends', () => {
    expect(degreeCentrality(s).get('a')).toBe(2);
    expect(degreeCentrality(s).get('f')).toBe(0);
  });

  it('betweenness is highest where paths pass through', () => {
    const line: Graph = { ...small, edges: small.edges.slice(0, 3) }; // a-b-c-d
    const bc = betweennessCentrality(indexGraph(line));
    expect(bc.get('b')).toBe(1);
    expect(bc.get('c')).toBe(1);
    expect(bc.get('a')).toBe(0);
    expect(bc.get('f')).toBe(0);
    const realBc = betweennessCentrality(real);
    const top = [...realBc].sort((x, y) => y[1] - x[1])[0]![0];
    expect(['beijing', 'zgc-development-group']).toContain(top);
  });
});

describe('arrangements', () => {
  it('groups do not overlap and every node gets a place', () => {
    const groups = new Map([['x', ['1', '2', '3', '4', '5', '6']], ['y', ['7', '8']], ['z', ['9']]]);
    const { positions, titles } = groupedPositions(groups, 50);
    expect(positions.size).toBe(9);
    expect([...titles.keys()]).toEqual(['x', 'y', 'z']);
    const pts = [...positions.values()];
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThan(20);
  });

  it('spreads nodes that share a place', () => {
    const pts = spreadAround({ x: 0, y: 0 }, 5);
    expect(new Set(pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)).size).toBe(5);
    expect(spreadAround({ x: 3, y: 4 }, 1)).toEqual([{ x: 3, y: 4 }]);
  });
});

describe('map projection', () => {
  const beijing = project({ lat: 39.904, lon: 116.407 });
  const heidelberg = project({ lat: 49.398, lon: 8.672 });
  const svalley = project({ lat: 37.387, lon: -122.057 });
  const tokyo = project({ lat: 35.676, lon: 139.65 });
  const helsinki = project({ lat: 60.169, lon: 24.938 });

  it('puts cities where they are relative to one another', () => {
    expect(svalley.x).toBeLessThan(heidelberg.x);
    expect(heidelberg.x).toBeLessThan(beijing.x);
    expect(beijing.x).toBeLessThan(tokyo.x);
    expect(helsinki.y).toBeLessThan(heidelberg.y); // north is up
    expect(project({ lat: 0, lon: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('fits the world in the map width', () => {
    const west = project({ lat: 0, lon: -180 });
    const east = project({ lat: 0, lon: 180 });
    expect(east.x - west.x).toBeCloseTo(MAP_WIDTH, -1);
  });

  it('locates nodes by their own place, the place they are in, or their country', () => {
    const loc = nodeLocations(real);
    expect(loc.get('heidelberg')?.source).toBe('own');
    expect(loc.get('zgc-heidelberg-centre')).toEqual({ geo: { lat: 49.398, lon: 8.672 }, source: 'place' });
    expect(loc.get('novo-nordisk-china-rd')?.source).toBe('place');
    expect(loc.get('relx')?.source).toBe('country'); // in the United Kingdom, a place without coordinates
    expect(loc.get('the-lancet')?.source).toBe('country');
    expect(loc.has('diabetes')).toBe(false);
  });
});
