import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchNodes } from '../../src/domain/search';
import { FIELD, FORM, matchTable, normalise, searchTable, type SearchTable } from '../../src/domain/searchTable';
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

  it('scores every node from where the query occurs as a plain reading of each form would (random names)', () => {
    // The plain reading: every form of every node, whole, at its start, or inside.
    const reference = (table: SearchTable, q: string): Map<string, number> => {
      const latin = /^[a-z0-9'-]+$/.test(q);
      const out = new Map<string, number>();
      table.ids.forEach((id, i) => {
        const [names, pinyin, initials, text] = table.text.slice(table.starts[i], table.starts[i + 1]! - 1).split(FIELD) as [string, string, string, string];
        const best = (forms: string, exact: number, prefix: number, inner: number, perChar: number) =>
          Math.max(
            0,
            ...forms
              .split(FORM)
              .filter((f) => f.includes(q))
              .map((f) => {
                const base = f === q ? exact : f.startsWith(q) ? prefix : inner;
                return base ? base - Math.min(f.length, 60) * perChar : 0;
              }),
          );
        let s = best(names, 100, 80, 60, 0.1);
        if (latin && q.length >= 2) s = Math.max(s, best(pinyin, 75, 55, q.length >= 3 ? 40 : 0, 0.05), best(initials, 50, 35, 0, 0.05));
        if (!s && q.length >= 2 && text.includes(q)) s = 20;
        if (s > 0) out.set(id, s);
      });
      return out;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'n', ' ', '中', '关', '村', '诺'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ zh: word, en: word, alias: fc.option(word), text: fc.option(word) }), { minLength: 1, maxLength: 12 }),
        word,
        (rows, query) => {
          const nodes = rows.map((r, i) => ({ id: `n${i}`, name: { zh: r.zh, en: r.en }, aliases: r.alias ? [r.alias] : [], ...(r.text ? { text: r.text } : {}) }));
          const { table } = buildSearchIndex(nodes, searchTools);
          const q = normalise(query);
          if (!q) return;
          const want = reference(table, q);
          const got = searchTable(table, query, 1000).hits;
          expect(new Map(got.map((h) => [h.id, h.score]))).toEqual(want);
          // Best first, ties by id.
          const sorted = [...want].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
          expect(got).toEqual(sorted);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('matchTable finds each node once, wherever its names hold the query', () => {
  // Many nodes that share words, as a large graph's names do: a match in one node is followed by
  // matches in the next ones, and each must be scored in its own node.
  const many = Array.from({ length: 400 }, (_, i) => ({
    id: `n${i}`,
    name: { zh: `中关村创新${i % 7 ? '中心' : '基金'}${i}`, en: `${['Innovation', 'Centre', 'Fund'][i % 3]} ${['Park', 'Innovation', 'Lab'][i % 5 % 3]} ${i}` },
    aliases: [],
    text: i % 4 ? `note ${i} innovation` : undefined,
  }));
  const table = buildSearchIndex(many, searchTools).table;
  const names = (i: number) => table.text.slice(table.starts[i], table.text.indexOf(FIELD, table.starts[i]));
  it('every node whose names contain the query is found, once, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 399 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 12 }), (node, from, length) => {
        const own = names(node).split(FORM)[0]!;
        const q = own.slice(Math.min(from, own.length - 1), Math.min(from, own.length - 1) + length);
        const found: string[] = [];
        matchTable(table, q, (id) => found.push(id));
        expect(new Set(found).size).toBe(found.length);
        const withName = table.ids.filter((_, i) => names(i).includes(q));
        expect(found.filter((id) => withName.includes(id)).sort()).toEqual([...withName].sort());
        // The others hold it in their other forms (pinyin, initials, text), never nowhere.
        for (const id of found) {
          const i = table.ids.indexOf(id);
          expect(table.text.slice(table.starts[i], table.starts[i + 1]).includes(q)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
