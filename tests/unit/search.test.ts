import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchNodes } from '../../src/domain/search';
import { searchTools } from '../../src/features/Search/searchTools';
import { bundledGraph } from '../fixtures';

const index = buildSearchIndex(bundledGraph.nodes, searchTools);
const top = (q: string) => searchNodes(index, q)[0]?.id;
const all = (q: string) => searchNodes(index, q).map((h) => h.id);

describe('search', () => {
  it('finds simplified Chinese names, whole and inside longer names', () => {
    expect(top('爱思唯尔')).toBe('elsevier');
    expect(top('诺和诺德')).toBe('novo-nordisk');
    expect(all('发展集团')).toContain('zgc-development-group');
  });

  it('finds traditional Chinese as well', () => {
    expect(top('中關村')).toBe('zhongguancun');
    expect(top('愛思唯爾')).toBe('elsevier');
    expect(all('中關村')).toContain('zgc-development-group');
  });

  it('finds toneless pinyin, whole or by initials', () => {
    expect(top('nuohenuode')).toBe('novo-nordisk');
    expect(all('nuohenuode')).toContain('novo-nordisk-china-rd');
    expect(top('aisiweier')).toBe('elsevier');
    expect(all('zgc')).toContain('zhongguancun');
    expect(top('haidebao')).toBe('heidelberg');
  });

  it('finds English by prefix and with typos, and aliases', () => {
    expect(top('Heidelberg')).toBe('heidelberg');
    expect(all('Heidelberg')).toContain('zgc-heidelberg-centre');
    expect(top('Elsevir')).toBe('elsevier');
    expect(all('Novo Nordsk')).toContain('novo-nordisk');
    expect(top('RELX')).toBe('relx');
    expect(top('lancet')).toBe('the-lancet');
  });

  it('ranks the exact name above names that contain it', () => {
    const hits = all('中关村');
    expect(hits[0]).toBe('zhongguancun');
    expect(hits.length).toBeGreaterThan(5);
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(all('   ')).toEqual([]);
    expect(all('qqqxxxzzz')).toEqual([]);
  });

  it("finds a file's nodes by their attributes' text, after the nodes whose names match", () => {
    const nodes = [
      { id: 'elton', name: { zh: 'Elton John', en: 'Elton John' }, aliases: [], text: 'glam rock, mellow gold, piano rock' },
      { id: 'rock', name: { zh: 'Rock Band', en: 'Rock Band' }, aliases: [] },
      { id: 'jazz', name: { zh: 'Jazz Trio', en: 'Jazz Trio' }, aliases: [], text: '爵士樂' },
    ];
    const idx = buildSearchIndex(nodes, searchTools);
    expect(searchNodes(idx, 'rock').map((h) => h.id)).toEqual(['rock', 'elton']);
    expect(searchNodes(idx, 'mellow gold').map((h) => h.id)).toEqual(['elton']);
    expect(searchNodes(idx, '爵士乐').map((h) => h.id)).toEqual(['jazz']); // simplified finds traditional
    expect(searchNodes(idx, 'opera').map((h) => h.id)).toEqual([]);
  });
});
