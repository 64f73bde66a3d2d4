import { describe, expect, it } from 'vitest';
import bundled from '../../graph-data/graph.json';
import type { Graph } from '../../src/io/schema';
import { createSearchClient } from '../../src/features/Search/searchClient';

const nodes = (bundled as unknown as Graph).nodes;

describe('createSearchClient (on the page, as for small graphs and where there is no worker)', () => {
  it('answers at once only when its index is built, and the same as the asynchronous answer', async () => {
    const client = createSearchClient(nodes);
    expect(client.answersNow()).toBe(false);
    expect(client.searchNow('nuohenuode')).toBeNull();
    await client.ready;
    expect(client.answersNow()).toBe(true);
    const now = client.searchNow('nuohenuode');
    expect(now?.[0]?.id).toBe('novo-nordisk');
    expect(await client.search('nuohenuode')).toEqual(now);
    expect(client.searchNow('中關村')?.map((h) => h.id)).toContain('zhongguancun');
    client.dispose();
  });
});
