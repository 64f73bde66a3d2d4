import type { Graph } from '../io/schema';
import { graphCommands } from '../renderer/commands';
import type { AppStore } from '../store/appStore';

/** The edited graph kept in this browser (IndexedDB), so that a reload, a crash or a closed tab loses nothing. */
export interface SavedWork {
  graph: Graph;
  /** ISO time of the save. */
  savedAt: string;
  /** Not yet written to a file since the last edit. */
  unsaved: boolean;
}

export type SaveOutcome = 'saved' | 'full' | 'unavailable';

const KEY = 'current';
/**
 * A note in localStorage that this browser holds no saved work, read synchronously at start: a visitor
 * with nothing saved does not wait for IndexedDB (and its code) before the first paint. It is only ever
 * a shortcut to "nothing": without it (a first visit, a full or missing localStorage) IndexedDB is asked.
 */
const NONE = 'zgc-graph:no-saved-work';

export function mayHaveWork(): boolean {
  try {
    return localStorage.getItem(NONE) === null;
  } catch {
    return true;
  }
}

function noteNone(none: boolean): void {
  try {
    if (none) localStorage.setItem(NONE, '1');
    else localStorage.removeItem(NONE);
  } catch {
    // Only a shortcut: IndexedDB is asked next time.
  }
}

// idb-keyval loads with the first save or the first look for saved work, not with the page.
async function db() {
  if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'InvalidStateError');
  const idb = await import('idb-keyval');
  return { idb, store: idb.createStore('zgc-graph', 'work') };
}

export async function loadWork(): Promise<SavedWork | null> {
  try {
    const { idb, store } = await db();
    const work = await idb.get<SavedWork>(KEY, store);
    const found = work && typeof work === 'object' && work.graph ? work : null;
    if (!found) noteNone(true);
    return found;
  } catch {
    return null;
  }
}

export async function saveWork(work: SavedWork): Promise<SaveOutcome> {
  try {
    const { idb, store } = await db();
    // Before the save: a reload must never skip work that is there.
    noteNone(false);
    await idb.set(KEY, work, store);
    return 'saved';
  } catch (err) {
    const name = (err as { name?: string }).name;
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
  }
}

export async function clearWork(): Promise<void> {
  try {
    const { idb, store } = await db();
    await idb.del(KEY, store);
    noteNone(true);
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** The graph with the nodes where they stand on the canvas now. */
function withCanvasPositions(graph: Graph): Graph {
  const positions = graphCommands()?.positions();
  if (!positions?.size) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, position: { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 } } : n;
    }),
  };
}

/**
 * Saves the graph after each edit (and each undo, redo, drag or layout once there are edits), half a
 * second after the last. A full or unavailable storage is said once; the edits stay in memory and
 * Export JSON still writes them. Returns the unsubscribe.
 */
export function startAutosave(store: AppStore, save: (work: SavedWork) => Promise<SaveOutcome> = saveWork, delay = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  const flush = () => {
    const s = store.getState();
    void save({ graph: withCanvasPositions(s.graph), savedAt: new Date().toISOString(), unsaved: s.unsaved !== false }).then((outcome) => {
      if (outcome === 'saved' || warned) return;
      warned = true;
      store.getState().pushNotice({ key: outcome === 'full' ? 'workStorageFull' : 'workStorageUnavailable', tone: 'warning' });
    });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    const edited = s.history !== prev.history || s.unsaved !== prev.unsaved || s.graph !== prev.graph;
    // Only once there is curation to keep (a drag on a graph nobody edited is not saved).
    const hasWork = s.unsaved !== null || prev.unsaved !== null || [...s.history.past, ...s.history.future].some((step) => step.kind === 'graph');
    if (!edited || !hasWork) return;
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
