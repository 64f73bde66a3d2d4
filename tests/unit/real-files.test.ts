import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles as importWith, type InputFile } from '../../src/io/import/importGraph';
import { xmlReaders } from '../../src/io/import/xmlFormats';
import type { Graph } from '../../src/io/schema';

// Files written by the tools themselves (tests/fixtures/real/README.md says where each comes from).
const importFiles = (files: InputFile[]) => importWith(files, undefined, xmlReaders);
const open = (name: string): Graph => {
  const r = importFiles([{ name, text: readFileSync(`tests/fixtures/real/${name}`, 'utf8') }]);
  if (!r.ok) throw new Error(`${name} refused: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.graph;
};
const node = (g: Graph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
/** Counts of <node and <edge elements in the file's own text: what the reader must find. */
const counted = (name: string) => {
  const text = readFileSync(`tests/fixtures/real/${name}`, 'utf8');
  return { nodes: (text.match(/<node[\s>]/g) ?? []).length, edges: (text.match(/<edge[\s>]/g) ?? []).length };
};

describe('real files, as their tools wrote them', () => {
  it('Gephi 0.8.1, GEXF 1.2 (rio.gexf): every node and edge, attributes with their titles, colours, sizes, positions', () => {
    const g = open('rio.gexf');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual(counted('rio.gexf'));
    expect(g.meta.creator).toBe('Gephi 0.8.1');
    expect(g.meta.directed).toBeUndefined(); // directed is the default
    const titles = g.meta.attributes!.nodes.map((a) => a.title);
    expect(titles.slice(0, 3)).toEqual(['Label2', 'Nature of institution:', 'Category']);
    expect(g.nodes.every((n) => n.position && n.color && n.size)).toBe(true);
    const first = g.nodes[0]!;
    expect(Object.keys(first.attributes ?? {}).length).toBeGreaterThan(3);
  });

  it('Gephi 0.7, GEXF 1.0 (arctic.gexf): attvalue id=, and edge ids that repeat the node ids', { timeout: 30_000 }, () => {
    const g = open('arctic.gexf');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual(counted('arctic.gexf'));
    const n0 = node(g, '0');
    expect(n0.name.en).toBe('1831');
    expect(n0.attributes).toMatchObject({ '0': 'n0', '1': '1831', '2': 1 });
    expect(g.meta.attributes!.nodes.map((a) => [a.title, a.type])).toEqual([['nodedef', 'string'], ['label', 'string'], ['occurrences', 'number']]);
    expect(n0.color).toBe('#ff3333');
    expect(n0.position).toEqual({ x: -113.203964, y: -30.300962 });
    // Edge "0" and node "0" are different things: the edge gets another canvas id and keeps its own.
    const e0 = g.edges.find((e) => e.fileId === '0')!;
    expect(e0).toMatchObject({ source: '0', target: '1' });
    expect(e0.id).not.toBe('0');
    expect(new Set([...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)]).size).toBe(g.nodes.length + g.edges.length);
  });

  it('GEXF 1.1 (les_miserables.gexf): float attributes, weights, colours', () => {
    const g = open('les_miserables.gexf');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual({ nodes: 77, edges: 254 });
    const myriel = node(g, '0.0');
    expect(myriel.name.en).toBe('Myriel');
    expect(myriel.attributes).toEqual({ authority: 0.01880342, hub: 0.01880342 });
    expect(myriel.color).toBe('#d8482d');
    expect(myriel.size).toBeCloseTo(22.714287);
    expect(g.edges.find((e) => e.id === '1')?.weight).toBe(8); // edge ids do not clash with "0.0", "1.0": kept
  });

  it('GEXF 1.3 (v1_3.gexf): list attributes, and edge kinds as relations', () => {
    const g = open('v1_3.gexf');
    const suzy = node(g, 'Suzy');
    const lists = Object.values(suzy.attributes ?? {}).filter(Array.isArray);
    expect(lists.length).toBeGreaterThan(3);
    expect(g.meta.attributes!.nodes.every((a) => a.type === 'list')).toBe(true);
    expect(g.vocabularies.relationTypes.map((r) => r.id)).toContain('likes');
  });

  it('Gephi GraphML export (miserables.graphml): label, r/g/b, x/y and size keys, modularity class, undirected', () => {
    const g = open('miserables.graphml');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual(counted('miserables.graphml'));
    expect(g.meta.directed).toBe(false);
    const valjean = node(g, '11');
    expect(valjean.name.en).toBe('Valjean');
    expect(valjean.size).toBe(100);
    expect(valjean.color).toMatch(/^#f5/);
    expect(valjean.attributes?.['Modularity Class']).toBe(1);
    expect(valjean.position).toBeDefined();
    // The nine communities' colours survive: as many colours as modularity classes.
    const classes = new Set(g.nodes.map((n) => n.attributes?.['Modularity Class']));
    const colours = new Set(g.nodes.map((n) => n.color));
    expect(colours.size).toBe(classes.size);
    expect(g.edges.every((e) => typeof e.weight === 'number')).toBe(true);
  });

  it("Gephi's numbered classes (Modularity Class) filter and colour as categories; measures stay numbers", async () => {
    const { colourableAttributes, attributeColours } = await import('../../src/domain/appearance');
    const kinds = (g: Graph) => Object.fromEntries(colourableAttributes(g).map((a) => [a.title, a.kind]));
    expect(kinds(open('miserables.graphml'))).toMatchObject({ 'Modularity Class': 'category' });
    expect(kinds(open('les_miserables.gexf'))).toMatchObject({ Authority: 'number', Hub: 'number' });
    const g = open('miserables.graphml');
    const key = g.meta.attributes!.nodes.find((d) => d.title === 'Modularity Class')!.key;
    const legend = attributeColours(g, key, 'other').legend;
    expect(legend && 'entries' in legend ? legend.entries.length : 0).toBeGreaterThanOrEqual(8);
  });

  it('yEd desktop 3.18 (yed-n2g-test_load.graphml): port keys, ShapeNode and SVGNode labels, box centres and fills', () => {
    const g = open('yed-n2g-test_load.graphml');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual({ nodes: 5, edges: 4 });
    expect(g.meta.creator).toBe('yEd 3.18.1.1');
    const r1 = node(g, 'n0');
    expect(r1.name.en).toBe('R1');
    expect(r1.color).toBe('#ccccff');
    // The centre of its 100 × 70.7 box at (20, 222.9).
    expect(r1.position!.x).toBeCloseTo(70);
    expect(r1.position!.y).toBeCloseTo(222.8987 + 70.7144 / 2, 2);
    // A ShapeNode with three labels: the centred one names it, the others are aliases.
    const n2 = node(g, 'n2');
    expect(n2.name.en).toBe('somelabel');
    expect(n2.aliases).toEqual(expect.arrayContaining(['toplabel', 'botlabel']));
    expect(r1.attributes?.nmetadata).toBe('{"id": "a"}');
  });

  it('Gephi 0.9.3, GEXF 1.3 in the gexf.net namespace (java-gephi093.gexf): positions, colours, sizes, no attributes', () => {
    const g = open('java-gephi093.gexf');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual(counted('java-gephi093.gexf'));
    expect(g.meta.creator).toBe('Gephi 0.9.3');
    const s = node(g, '5');
    expect(s.name.en).toBe('java.lang.String');
    expect(s.size).toBeCloseTo(40.81072);
    expect(s.color).toBe('#ba2944');
    // GEXF's y grows upwards, the canvas's downwards.
    expect(s.position).toEqual({ x: -201.8599, y: 488.92886 });
    expect(g.nodes.every((n) => n.position)).toBe(true);
  });

  it('NetworkX 3.2.1, GEXF 1.2 (spotify-networkx.gexf): numeric attribute ids with titles, long values, names as ids', () => {
    const g = open('spotify-networkx.gexf');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual(counted('spotify-networkx.gexf'));
    expect(g.meta.creator).toBe('NetworkX 3.2.1');
    expect(g.meta.directed).toBe(false);
    expect(g.meta.attributes!.nodes.map((a) => [a.title, a.type])).toEqual([
      ['image', 'string'],
      ['genre', 'string'],
      ['followers', 'number'],
      ['popularity', 'number'],
    ]);
    const elton = node(g, 'Elton John');
    expect(elton.attributes).toMatchObject({ '2': 12881752, '3': 82 });
    expect(node(g, 'Daryl Hall & John Oates').name.en).toBe('Daryl Hall & John Oates');
    expect(g.nodes.some((n) => n.position)).toBe(false);
  });

  it('igraph (igraph-wa1.graphml): prefixed typed keys (v_label, e_weight), graph-level keys, undirected, no edge ids', () => {
    const g = open('igraph-wa1.graphml');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual(counted('igraph-wa1.graphml'));
    expect(g.meta.creator).toBe('igraph');
    expect(g.meta.directed).toBe(false);
    expect(g.meta.title.en).toBe('Erdos-Renyi (gnm) graph');
    expect(node(g, 'n0').name.en).toBe('A');
    expect(g.meta.attributes!.edges).toEqual([{ key: 'weight', title: 'weight', type: 'number' }]);
    expect(g.edges.map((e) => e.weight)).toEqual([0.142857142857143, 0.285714285714286, 0.428571428571429, 0.571428571428571, 0.714285714285714, 0.857142857142857, 1]);
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(7);
  });

  it('Cytoscape desktop 3.1.1 (cytoscape-tokyo-railways.cyjs): codes as names, station names as labels, every data field typed', () => {
    const text = readFileSync('tests/fixtures/real/cytoscape-tokyo-railways.cyjs', 'utf8');
    const file = JSON.parse(text) as { elements: { nodes: { data: Record<string, unknown> }[]; edges: unknown[] } };
    const g = open('cytoscape-tokyo-railways.cyjs');
    expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual({ nodes: file.elements.nodes.length, edges: file.elements.edges.length });
    expect(g.meta.title.en).toBe('tokyo_only');
    const takasago = node(g, '8220');
    expect(takasago.name.en).toBe('京成高砂'); // its station_name; its name is the code 9934001
    expect(takasago.aliases).toContain('9934001');
    expect(takasago.position).toEqual({ x: 1398668.75, y: -357509.32 });
    // Every data field the file gives the node is kept, with its type; empty texts ("close_ymd": "") are no value.
    const given = Object.entries(file.elements.nodes[0]!.data).filter(([k, v]) => k !== 'id' && v !== '');
    expect(Object.keys(takasago.attributes ?? {}).sort()).toEqual(given.map(([k]) => k).sort());
    expect(given.length).toBeGreaterThan(10);
    expect(takasago.attributes?.close_ymd).toBeUndefined();
    expect(takasago.attributes).toMatchObject({ lat: 35.750932, selected: false, pref_name: '東京都' });
    const types = Object.fromEntries(g.meta.attributes!.nodes.map((a) => [a.key, a.type]));
    expect(types).toMatchObject({ lat: 'number', station_name: 'string', selected: 'boolean' });
    // Edges keep the line they belong to.
    const edge = g.edges.find((e) => e.source === '8220' && e.target === '8221')!;
    expect(edge.attributes).toMatchObject({ line_name: '北総鉄道北総線', company_name: '北総鉄道' });
  });

  it('graphs without positions (yeast.gexf, celegans.gexf) open with every node and no position', () => {
    for (const name of ['yeast.gexf', 'celegans.gexf']) {
      const g = open(name);
      expect({ nodes: g.nodes.length, edges: g.edges.length }).toEqual(counted(name));
      expect(g.nodes.some((n) => n.position)).toBe(false);
      expect(g.meta.directed).toBe(false);
    }
  }, 30_000); // 2,361 nodes and 7,182 edges through jsdom's DOMParser and the schema
});

describe('format quirks', () => {
  const gexf = (body: string, attrs = '') =>
    `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="undirected">${attrs}${body}</graph></gexf>`;
  const read = (text: string, name = 'x.gexf') => {
    const r = importFiles([{ name, text }]);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    return r.graph;
  };

  it('an attribute titled "type" with id "atype" gives the node its type; values the file never declared are kept', () => {
    const g = read(
      gexf(
        '<nodes><node id="a" label="A"><attvalues><attvalue for="atype" value="person"/><attvalue for="extra" value="7"/></attvalues></node></nodes><edges/>',
        '<attributes class="node"><attribute id="atype" title="type" type="string"/></attributes>',
      ),
    );
    expect(g.nodes[0]).toMatchObject({ type: 'person', attributes: { atype: 'person', extra: '7' } });
  });

  it('typed values: numbers, booleans, a value that does not parse stays text, defaults fill gaps', () => {
    const g = read(
      gexf(
        '<nodes><node id="a"><attvalues><attvalue for="n" value="2.5"/><attvalue for="b" value="true"/></attvalues></node><node id="b"><attvalues><attvalue for="n" value="n/a"/></attvalues></node></nodes>',
        '<attributes class="node"><attribute id="n" title="score" type="double"/><attribute id="b" title="flag" type="boolean"><default>false</default></attribute></attributes>',
      ),
    );
    expect(g.nodes[0]!.attributes).toEqual({ n: 2.5, b: true });
    expect(g.nodes[1]!.attributes).toEqual({ n: 'n/a', b: false });
  });

  it('a hex viz:color (GEXF 1.3) and an attribute key that would touch the prototype', () => {
    const g = read(
      gexf('<nodes><node id="a"><attvalues><attvalue for="__proto__" value="x"/></attvalues><viz:color hex="#AABBCC"/></node></nodes>', '<attributes class="node"><attribute id="__proto__" title="p" type="string"/></attributes>'),
    );
    expect(g.nodes[0]!.color).toBe('#aabbcc');
    expect(g.nodes[0]!.attributes).toEqual({ __proto___: 'x' });
    expect(Object.getPrototypeOf(g.nodes[0]!.attributes)).toBe(Object.prototype);
  });

  it('a Cytoscape export keeps every data field, and names nodes by the field that reads as names', () => {
    const text = JSON.stringify({
      elements: {
        nodes: [
          { data: { id: '1', name: 'STN01', station_name: 'Central Station', riders: 1200 } },
          { data: { id: '2', name: 'STN02', station_name: 'Harbour Gate', riders: 300 } },
        ],
        edges: [{ data: { id: '1', source: '1', target: '2', interaction: 'line', minutes: 4 } }],
      },
    });
    const g = read(text, 'metro.cyjs');
    expect(g.nodes.map((n) => n.name.en)).toEqual(['Central Station', 'Harbour Gate']);
    expect(g.nodes[0]!.aliases).toContain('STN01');
    expect(g.nodes[0]!.attributes).toEqual({ name: 'STN01', station_name: 'Central Station', riders: 1200 });
    expect(g.meta.attributes!.nodes.map((a) => [a.key, a.type])).toEqual([['name', 'string'], ['station_name', 'string'], ['riders', 'number']]);
    // Edge "1" and node "1": both kept, the edge under another canvas id.
    expect(g.edges[0]).toMatchObject({ fileId: '1', type: 'line', attributes: { interaction: 'line', minutes: 4 } });
  });
});

describe('exports for other tools', () => {
  it('a GEXF opened and exported as GEXF, then opened again, keeps its attributes, colours, sizes and positions', async () => {
    const { toGexf, toGraphml } = await import('../../src/io/exportXml');
    const g = open('les_miserables.gexf');
    const again = (text: string, name: string) => {
      const r = importFiles([{ name, text }]);
      if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      return r.graph;
    };
    const viaGexf = again(toGexf(g, new Map()), 'again.gexf');
    const viaGraphml = again(toGraphml(g, new Map()), 'again.graphml');
    for (const h of [viaGexf, viaGraphml]) {
      expect(h.nodes.length).toBe(g.nodes.length);
      expect(h.edges.length).toBe(g.edges.length);
      const a = node(g, '0.0');
      const b = node(h, '0.0');
      expect(b.name.en).toBe(a.name.en);
      expect(b.color).toBe(a.color);
      expect(b.size).toBeCloseTo(a.size!);
      expect(b.position!.x).toBeCloseTo(a.position!.x);
      expect(b.position!.y).toBeCloseTo(a.position!.y);
      // By title: GEXF keeps the attribute ids, GraphML knows attributes by name only.
      const titled = Object.fromEntries(h.meta.attributes!.nodes.filter((d) => b.attributes?.[d.key] !== undefined).map((d) => [d.title, b.attributes![d.key]]));
      expect(titled).toMatchObject({ Authority: 0.01880342, Hub: 0.01880342 });
      expect(h.edges.find((e) => e.source === '2.0' && e.target === '0.0')?.weight).toBe(8);
    }
    expect(viaGexf.meta.attributes!.nodes.map((d) => d.title)).toEqual(['Authority', 'Hub']);
  });

  it('the Gephi GraphML export round-trips through GraphML: modularity classes, colours, undirected edges', async () => {
    const { toGraphml } = await import('../../src/io/exportXml');
    const g = open('miserables.graphml');
    const r = importFiles([{ name: 'again.graphml', text: toGraphml(g, new Map()) }]);
    if (!r.ok) throw new Error('refused');
    expect(r.graph.meta.directed).toBe(false);
    expect(node(r.graph, '11').attributes?.['Modularity Class']).toBe(1);
    expect(node(r.graph, '11').color).toBe(node(g, '11').color);
    // No label, r, g, b, x, y or size key twice.
    const keys = toGraphml(g, new Map()).match(/for="node" attr\.name="([^"]+)"/g) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('CSV pairs', () => {
  const nodes = 'id,label,group,colour,score\na,Alpha,x,#FF0000,1.5\nb,Beta,y,blue,NA\nc,Gamma,NA,,2\n';
  const edges = 'source,target,weight,kind\na,b,2,friend\nb,c,null,\n';
  it('take their title from what the two names share, keep every column, read NA/null/empty as missing, and colours', () => {
    const r = importFiles([
      { name: 'dream-nodes.csv', text: nodes },
      { name: 'dream-edges.csv', text: edges },
    ]);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    const g = r.graph;
    expect(g.meta.title.en).toBe('dream');
    // Columns mapped to fields (id, label, colour) are fields; the others are attributes.
    expect(node(g, 'a')).toMatchObject({ name: { en: 'Alpha' }, color: '#ff0000', attributes: { group: 'x', score: 1.5 } });
    expect(node(g, 'b').color).toBe('#0000ff');
    expect(node(g, 'b').attributes).toEqual({ group: 'y' });
    expect(node(g, 'c').attributes).toEqual({ score: 2 });
    expect(node(g, 'c').color).toBeUndefined();
    expect(g.meta.attributes!.nodes.map((d) => [d.key, d.type])).toEqual([['group', 'string'], ['score', 'number']]);
    expect(g.edges[0]).toMatchObject({ weight: 2, attributes: { weight: 2, kind: 'friend' } });
    expect(g.edges[1]!.weight).toBeUndefined();
  });

  it("Gephi's own node and edge tables (gephi-*_table_types_test.csv): blank lines, booleans, huge numbers, per-edge directedness", () => {
    const f = (name: string) => ({ name, text: readFileSync(`tests/fixtures/real/${name}`, 'utf8') });
    const r = importFiles([f('gephi-edges_table_types_test.csv'), f('gephi-nodes_table_types_test.csv')]);
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    const g = r.graph;
    expect(g.meta.title.en).toBe('gephi table types test');
    expect(g.nodes.map((n) => n.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(node(g, '1').attributes).toMatchObject({ int: 6, long: 77, boolean: false, string: 'ab' });
    expect(node(g, '5').attributes).toMatchObject({ boolean: true, double: 4.6 });
    // Rows of blanks or spaces are nodes with nothing else to say.
    expect(node(g, '3').attributes ?? {}).toEqual({});
    expect(node(g, '4').attributes ?? {}).toEqual({});
    expect(g.meta.attributes!.nodes.find((d) => d.key === 'boolean')?.type).toBe('boolean');
    // The "type" column says directed or undirected per edge; it is not a relation.
    const [e1, e2] = g.edges;
    expect(e1).toMatchObject({ source: '1', target: '2', weight: 2 });
    expect(e1!.directed).not.toBe(false);
    expect(e2).toMatchObject({ source: '2', target: '1', directed: false });
    expect(g.edges.map((e) => e.fileId ?? e.id)).toEqual(['1', '2']);
    expect(g.meta.attributes!.edges.map((d) => d.key)).not.toContain('type');
  });
});
