import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/io/validateGraph';
import { bundledGraph } from '../fixtures';
import { readFileSync } from 'node:fs';

const article = readFileSync('graph-data/article.txt', 'utf8');

describe('named views in graph-data', () => {
  it('travel with the graph: a file with views validates, and keeps them', () => {
    const views = [
      { id: 'view-1', name: 'Novo Nordisk and its centre', query: '?node=novo-nordisk&focus=novo-nordisk&k=2', positions: { 'novo-nordisk': { x: 1.5, y: -2 } } },
      { id: 'view-2', name: '中关村的海外中心', query: '?layout=map&type=organisation' },
    ];
    const r = validateGraph({ ...bundledGraph, views }, article);
    expect(r.issues).toEqual([]);
    expect(r.ok && r.graph.views).toEqual(views);
  });

  it('are refused with the place named when broken: an empty name, a position that is not a number', () => {
    const r = validateGraph({ ...bundledGraph, views: [{ id: 'v', name: ' ', query: '' }, { id: 'w', name: 'ok', query: '', positions: { a: { x: 'left', y: 0 } } }] }, article);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['views[0].name', 'views[1].positions.a.x']));
  });
});
