import { describe, expect, it } from 'vitest';
import { articleParagraphs, cleanArticle } from '../../src/domain/article';
import { buildReaderModel, coverage, keysFor, paragraphKind, supportsOf } from '../../src/domain/reader';
import { bundledGraph, rawArticle } from '../fixtures';

const paragraphs = articleParagraphs(cleanArticle(rawArticle));
const model = buildReaderModel(paragraphs, bundledGraph);

describe('reader model', () => {
  it('places every quote of graph-data in its paragraph', () => {
    const all = [
      ...bundledGraph.nodes.flatMap((n) => [...n.sources, ...(n.facts ?? []).flatMap((f) => f.sources)]),
      ...bundledGraph.edges.flatMap((e) => e.sources),
    ];
    expect(model.unplaced).toEqual([]);
    const unique = new Set(all.map((s) => `${s.paragraph}|${s.quote}`));
    expect(model.spans.size).toBe(unique.size);
  });

  it('cuts paragraphs into segments that rebuild the text exactly', () => {
    for (const p of model.paragraphs) expect(p.segments.map((s) => s.text).join('')).toBe(p.text);
  });

  it('keeps overlapping quotes apart: a segment knows every quote covering it', () => {
    const p15 = model.paragraphs[14]!;
    const multi = p15.segments.filter((s) => s.keys.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    const supported = supportsOf(model, multi.flatMap((s) => s.keys));
    expect(supported.length).toBeGreaterThan(1);
  });

  it('finds the quotes of a node and of an edge', () => {
    const keys = keysFor(model, { kind: 'node', id: 'novo-nordisk' });
    expect(keys.length).toBeGreaterThan(1);
    expect(keys.every((k) => k.startsWith('15:') || k.startsWith('18:'))).toBe(true);
    expect(keysFor(model, { kind: 'edge', id: 'relx--partner-of--beijing-science-commission' })).toHaveLength(1);
  });

  it('tells headings from body text', () => {
    expect(paragraphKind('跨國生物制藥企業')).toBe('heading');
    expect(paragraphKind(paragraphs[4]!)).toBe('body');
    expect(paragraphKind('  ')).toBe('empty');
    expect(model.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.n)).toEqual([1, 2, 3, 4, 6, 7, 13, 14, 19, 20, 23, 24, 29]);
  });

  it('reports which paragraphs the graph cites', () => {
    const { covered, uncovered } = coverage(model);
    expect(covered).toContain(15);
    expect(covered).toContain(26);
    expect(uncovered).toContain(3); // the picture caption
    expect(covered.length + uncovered.length).toBe(29);
  });
});
