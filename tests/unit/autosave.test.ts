import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearWork, loadWork, mayHaveWork, saveWork, startAutosave, type SavedWork } from '../../src/app/autosave';
import { addNode } from '../../src/domain/curation';
import { createAppStore } from '../../src/store/appStore';
import { bundledGraph } from '../fixtures';

const work = (): SavedWork => ({ graph: bundledGraph, savedAt: '2026-11-27T10:00:00.000Z', unsaved: true });

afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await clearWork();
});

describe('edits kept in the browser (IndexedDB)', () => {
  it('saves and loads the working graph; clearing forgets it; a browser known to hold nothing skips IndexedDB at start', async () => {
    localStorage.clear();
    expect(mayHaveWork()).toBe(true);
    expect(await loadWork()).toBeNull();
    expect(mayHaveWork()).toBe(false);
    expect(await saveWork(work())).toBe('saved');
    const back = await loadWork();
    expect(back?.graph.nodes).toHaveLength(bundledGraph.nodes.length);
    expect(back?.unsaved).toBe(true);
    expect(mayHaveWork()).toBe(true);
    await clearWork();
    expect(mayHaveWork()).toBe(false);
    expect(await loadWork()).toBeNull();
  });

  it('says "full" when the storage is full, and nothing is lost from memory', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await saveWork(work())).toBe('full');
  });

  it('says "unavailable" where there is no IndexedDB (a private window, a policy), and loads nothing', async () => {
    const saved = globalThis.indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    try {
      expect(await saveWork(work())).toBe('unavailable');
      expect(await loadWork()).toBeNull();
    } finally {
      vi.stubGlobal('indexedDB', saved);
    }
  });

  it('autosave saves after an edit, warns once when storage fails, and the edit stays in memory', async () => {
    const store = createAppStore(bundledGraph);
    const outcomes: SavedWork[] = [];
    let result: 'saved' | 'full' = 'full';
    const stop = startAutosave(store, async (w) => {
      outcomes.push(w);
      return result;
    }, 10);
    const type = bundledGraph.nodes[0]!.type;
    store.getState().commitGraph({ key: 'stepAddNode' }, addNode(bundledGraph, { name: { zh: '甲', en: 'Alpha' }, aliases: [], type, sectors: [] }).graph);
    await vi.waitFor(() => expect(outcomes).toHaveLength(1));
    expect(outcomes[0]!.graph.nodes.some((n) => n.id === 'alpha')).toBe(true);
    await vi.waitFor(() => expect(store.getState().notices.map((n) => n.key)).toEqual(['workStorageFull']));
    // A second failing save says nothing more; the graph in memory has the edit.
    store.getState().commitGraph({ key: 'stepAddNode' }, addNode(store.getState().graph, { name: { zh: '乙', en: 'Beta' }, aliases: [], type, sectors: [] }).graph);
    await vi.waitFor(() => expect(outcomes).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['alpha', 'beta']));
    result = 'saved';
    stop();
  });

  it('a drag on a graph nobody edited is not saved', async () => {
    const store = createAppStore(bundledGraph);
    const save = vi.fn(async () => 'saved' as const);
    const stop = startAutosave(store, save, 5);
    store.getState().recordMove({ key: 'historyDrag' }, { a: { x: 0, y: 0 } }, { a: { x: 1, y: 1 } });
    await new Promise((r) => setTimeout(r, 30));
    expect(save).not.toHaveBeenCalled();
    stop();
  });
});
