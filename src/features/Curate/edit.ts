import { checkEdit } from '../../domain/curation';
import type { StepLabel } from '../../domain/history';
import { describeIssues } from '../../io/issues';
import type { Graph } from '../../io/schema';
import type { AppStore } from '../../store/appStore';

/**
 * Applies an edit if the graph it gives is valid, checked as `validate-data` checks graph-data when
 * the graph has its article (the quotes verbatim, every relationship sourced, inferred or marked), and
 * as an opened file is checked otherwise. Returns null when applied, or what is wrong.
 */
export function tryEdit(store: AppStore, label: StepLabel, edit: (graph: Graph) => Graph): string | null {
  const s = store.getState();
  const next = edit(s.graph);
  const outcome = checkEdit(next, s.articleParagraphs ?? undefined);
  if (!outcome.ok) return describeIssues(outcome.issues, outcome.issues.length, 3);
  s.commitGraph(label, outcome.graph);
  return null;
}

/** A node's name in the interface language, for step labels. */
export function nameIn(store: AppStore, id: string): string {
  const s = store.getState();
  const n = s.index.nodeById.get(id);
  return n ? (s.lang === 'en' ? n.name.en : n.name.zh) : id;
}
