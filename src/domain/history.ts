import type { Graph } from '../io/schema';

export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/** What the history list shows for a step: a message key of the interface and its parameters. */
export interface StepLabel {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * One undoable step: an edit of the graph (the whole graph before and after: graphs are immutable,
 * so a step costs two references), or nodes moved (a drag, a layout run).
 */
export type Step =
  | { kind: 'graph'; label: StepLabel; before: Graph; after: Graph }
  | { kind: 'positions'; label: StepLabel; before: Positions; after: Positions };

export interface History {
  /** Steps done, oldest first; the last is the one Undo takes back. */
  past: readonly Step[];
  /** Steps undone, the next to redo first. */
  future: readonly Step[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };
/** Older steps are forgotten past this many (a layout of 10,000 nodes holds two maps of positions). */
export const HISTORY_LIMIT = 200;

/** A new step: it becomes the last done, and what was undone can no longer be redone. */
export function record(history: History, step: Step, limit = HISTORY_LIMIT): History {
  const past = [...history.past, step];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** The step to take back, and the history after it; null when there is nothing to undo. */
export function undo(history: History): { step: Step; history: History } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return { step, history: { past: history.past.slice(0, -1), future: [step, ...history.future] } };
}

/** The step to do again, and the history after it; null when there is nothing to redo. */
export function redo(history: History): { step: Step; history: History } | null {
  const step = history.future[0];
  if (!step) return null;
  return { step, history: { past: [...history.past, step], future: history.future.slice(1) } };
}

/**
 * Back or forward to the point where `done` steps are done: the steps to take back (newest first) or
 * to do again (oldest first), in the order to apply them.
 */
export function jump(history: History, done: number): { undo: Step[]; redo: Step[]; history: History } {
  const all = [...history.past, ...history.future];
  const at = Math.max(0, Math.min(all.length, done));
  const now = history.past.length;
  return {
    undo: at < now ? history.past.slice(at).reverse() : [],
    redo: at > now ? history.future.slice(0, at - now) : [],
    history: { past: all.slice(0, at), future: all.slice(at) },
  };
}

/** Positions that changed between two maps, both sides (a drag of one node stores one node). */
export function movedBetween(before: Positions, after: Positions, epsilon = 0.5): { before: Positions; after: Positions } | null {
  const b: Record<string, { x: number; y: number }> = {};
  const a: Record<string, { x: number; y: number }> = {};
  for (const [id, p] of Object.entries(after)) {
    const q = before[id];
    if (!q || Math.abs(q.x - p.x) > epsilon || Math.abs(q.y - p.y) > epsilon) {
      if (q) b[id] = q;
      a[id] = p;
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}
