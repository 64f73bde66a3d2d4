import { checkEdit } from '../../domain/curation';
import type { StepLabel } from '../../domain/history';
import { describeIssues } from '../../io/issues';
import type { Graph } from '../../io/schema';
import type { AppStore } from '../../store/appStore';
import { useAppStoreApi } from '../../store/hooks';
import { useCT } from './messages';

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

/** tryEdit for a dialog: null when applied, or the refusal as the dialog says it ("Not saved: …"). */
export function useApplyEdit(): (label: StepLabel, edit: (graph: Graph) => Graph) => string | null {
  const store = useAppStoreApi();
  const ct = useCT();
  return (label, edit) => {
    const problem = tryEdit(store, label, edit);
    return problem ? ct('refused', { problems: problem }) : null;
  };
}
