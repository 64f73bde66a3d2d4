import { jump, redo, undo, type Step } from '../domain/history';
import { graphCommands } from '../renderer/commands';
import type { AppStore } from '../store/appStore';

/** Puts a step's one side on screen: the graph it had, or where its nodes stood. */
function apply(store: AppStore, step: Step, side: 'before' | 'after'): void {
  if (step.kind === 'graph') {
    store.getState().replaceGraph(step[side]);
    store.getState().setUnsaved(true);
  } else {
    graphCommands()?.setPositions(step[side]);
  }
}

/** One step back (undo) or forward (redo); false when there is none. */
function move(store: AppStore, back: boolean): boolean {
  const r = (back ? undo : redo)(store.getState().history);
  if (!r) return false;
  store.getState().setHistory(r.history);
  apply(store, r.step, back ? 'before' : 'after');
  return true;
}

export const undoLast = (store: AppStore): boolean => move(store, true);
export const redoNext = (store: AppStore): boolean => move(store, false);

/** Back or forward to where `done` steps of the history are done. */
export function jumpTo(store: AppStore, done: number): void {
  const r = jump(store.getState().history, done);
  store.getState().setHistory(r.history);
  for (const step of r.undo) apply(store, step, 'before');
  for (const step of r.redo) apply(store, step, 'after');
}

/** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo; a text field keeps its own undo. */
export function undoKeys(store: AppStore): (e: KeyboardEvent) => void {
  return (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || (t instanceof HTMLElement && t.isContentEditable)) return;
    const key = e.key.toLowerCase();
    const done = key === 'z' && !e.shiftKey ? undoLast(store) : (key === 'z' && e.shiftKey) || key === 'y' ? redoNext(store) : null;
    if (done !== null) e.preventDefault();
  };
}
