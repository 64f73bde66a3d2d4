import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles as importWith, type ImportResult, type InputFile } from '../../src/io/import/importGraph';
import { xmlReaders } from '../../src/io/import/xmlFormats';

const importFiles = (files: InputFile[]) => importWith(files, undefined, xmlReaders);

const bad: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/bad/expected.json', 'utf8'));
const file = (dir: string, name: string) => ({ name, text: readFileSync(`tests/fixtures/${dir}/${name}`, 'utf8') });
const describeProblems = (r: ImportResult) => (r.ok ? '' : `${r.total} problem(s): ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);

describe('the bad-file corpus', () => {
  it('has 30 or more files, each with its expected error', () => {
    const files = readdirSync('tests/fixtures/bad').filter((f) => f !== 'expected.json');
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(bad).sort()).toEqual(files.sort());
  });

  for (const [name, expected] of Object.entries(bad)) {
    it(`${name}: ${expected}`, () => {
      const result = importFiles([file('bad', name)]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.file).toBe(name);
      expect(describeProblems(result)).toContain(expected);
    });
  }

  it('a 10 MB label is refused by the length limit', () => {
    const big = JSON.stringify({ elements: [{ data: { id: 'a', label: 'x'.repeat(10 * 1024 * 1024) } }] });
    const r = importFiles([{ name: 'huge-label.cyjs', text: big }]);
    expect(describeProblems(r)).toContain('nodes[0].name.zh: is longer than 1000 characters');
  });
});

describe('files written by other tools', () => {
  it('a Cytoscape desktop .cyjs export, with its positions', () => {
    const r = importFiles([file('good', 'cytoscape-desktop.cyjs')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('cytoscape');
    expect(r.positioned).toBe(true);
    expect(r.graph.meta.title.en).toBe('ZGC sample');
    expect(r.graph.nodes.map((n) => [n.id, n.name.en, n.country, n.position])).toEqual([
      ['101', 'Zhongguancun Development Group', 'CN', { x: 120.5, y: -40.25 }],
      ['102', 'Heidelberg', 'DE', { x: 300, y: 80 }],
      ['103', 'Tel Aviv', 'IL', { x: -90, y: 210 }],
    ]);
    expect(r.graph.vocabularies.relationTypes.map((t) => t.id)).toEqual(['founded centre in']);
    expect(r.graph.vocabularies.countries.map((c) => c.label.en)).toEqual(['China', 'Germany', 'Israel']);
  });

  it('a GEXF as Gephi writes it, keeping viz positions (y up, as Gephi draws it), colours, sizes and attributes', () => {
    const r = importFiles([file('good', 'gephi.gexf')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('gexf');
    expect(r.positioned).toBe(true);
    expect(r.graph.nodes.find((n) => n.id === 'n0')).toMatchObject({ name: { zh: '诺和诺德 Novo Nordisk' }, country: 'DK', type: 'organisation', position: { x: -120.5, y: -44 }, color: '#2f6fdf', size: 20, attributes: { type: 'organisation', country: 'DK' } });
    expect(r.graph.edges.map((e) => e.type)).toEqual(['founded', 'located in']);
  });

  it('a GraphML with typed keys', () => {
    const r = importFiles([file('good', 'yed.graphml')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.graph.nodes.map((n) => n.name.en)).toEqual(['RELX', 'Elsevier', 'The Lancet']);
    expect(r.graph.vocabularies.nodeTypes.map((t) => t.id)).toEqual(['organisation', 'publication']);
    expect(r.positioned).toBe(false);
  });

  it('a pair of CSV files, either order, formula-like cells kept as plain text', () => {
    for (const files of [[file('good', 'nodes.csv'), file('good', 'edges.csv')], [file('good', 'edges.csv'), file('good', 'nodes.csv')]]) {
      const r = importFiles(files);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.graph.nodes).toHaveLength(4);
      expect(r.graph.edges).toHaveLength(3);
      expect(r.graph.nodes.find((n) => n.id === 'formula')?.name.en).toBe('=HYPERLINK("http://evil.example","click")');
    }
  });

  it('graph-data with a byte-order mark', () => {
    const r = importFiles([file('good', 'with-bom.json')]);
    expect(r.ok).toBe(true);
  });
});

describe('hostile content', () => {
  it('keeps odd ids and markup as data, and pollutes no prototype', () => {
    const r = importFiles([file('good', 'hostile.cyjs')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.graph.nodes.map((n) => n.id)).toEqual(['a"]', 'b #.x', 'c d', 'constructor']);
    expect(r.graph.nodes[0]!.name.en).toBe('<img src=x onerror="window.__xss=1">');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(r.graph.vocabularies.relationTypes.map((t) => t.id)).toContain('__proto__');
  });
});
