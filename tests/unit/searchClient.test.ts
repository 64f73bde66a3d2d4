import { describe, expect, it } from 'vitest';
import bundled from '../../graph-data/graph.json';
import type { Graph } from '../../src/io/schema';
import { createSearchClient } from '../../src/features/Search/searchClient';

const nodes = (bundled as unknown as Graph).nodes;

describe('createSearchClient (the worker builds the index; the page keeps the plain forms)', () => {
  it('answers on the page once the forms arrive, the same as the worker where it says final', async () => {
    const client = createSearchClient(nodes);
    expect(client.searchNow('nuohenuode')).toBeNull();
    await client.ready;
    // A page of hits or more: typo tolerance adds nothing, the page's answer is the answer.
    for (const q of ['zgc', 'zhongguancun', 'guo']) {
      const now = client.searchNow(q);
      expect(now?.final, q).toBe(true);
      expect(await client.search(q), q).toEqual(now?.hits);
    }
    // Fewer: the worker may add near misses, after what the page found.
    for (const q of ['nuohenuode', 'Heidelberg', 'novo', 'RELX']) {
      const now = client.searchNow(q);
      expect(now?.final, q).toBe(false);
      expect(now?.hits.length, q).toBeGreaterThan(0);
      expect((await client.search(q)).slice(0, now?.hits.length), q).toEqual(now?.hits);
    }
    expect(client.searchNow('nuohenuode')?.hits[0]?.id).toBe('novo-nordisk');
    client.dispose();
  });

  it('leaves Chinese and typos to the worker: traditional characters and misspellings are found there', async () => {
    const client = createSearchClient(nodes);
    await client.ready;
    // 中關村 is not among the forms as typed (the names are simplified): the page cannot be sure.
    expect(client.searchNow('中關村')?.final).toBe(false);
    expect((await client.search('中關村')).map((h) => h.id)).toContain('zhongguancun');
    expect(client.searchNow('Elsevir')).toEqual({ hits: [], final: false });
    expect((await client.search('Elsevir'))[0]?.id).toBe('elsevier');
    expect(await client.simplify(['中關村論壇', 'Lancet'])).toEqual(['中关村论坛', 'Lancet']);
    client.dispose();
  });
});
