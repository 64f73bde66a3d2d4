import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { focusSet, timelineSets } from '../domain/explore';
import { computeVisibility, type Visibility } from '../domain/filters';
import type { GraphIndex } from '../domain/graph';
import { translate, uiLangOf, type MessageKey } from '../i18n/messages';
import type { AppState, AppStore } from './appStore';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreContext.Provider>');
  return store;
}

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

type VisibilityInputs = Pick<AppState, 'index' | 'filters' | 'focus' | 'year' | 'undated'>;

// Visibility is derived from (index, filters, focus, year); the last result per graph is kept and
// reused while those inputs are the same objects, so every consumer shares the same Sets.
const visibilityCache = new WeakMap<GraphIndex, { inputs: VisibilityInputs; value: Visibility }>();
export function selectVisibility(s: VisibilityInputs): Visibility {
  const cached = visibilityCache.get(s.index);
  if (cached && cached.inputs.filters === s.filters && cached.inputs.focus === s.focus && cached.inputs.year === s.year && cached.inputs.undated === s.undated) return cached.value;
  const base = computeVisibility(s.index, s.filters);
  let value: Visibility = base;
  if (s.focus || s.year !== null) {
    const inFocus = s.focus ? focusSet(s.index, s.focus) : null;
    const inTime = s.year !== null ? timelineSets(s.index, s.year, s.undated) : null;
    const keep = (id: string) => (!inFocus || inFocus.has(id)) && (!inTime || inTime.nodes.has(id));
    const visible = new Set([...base.visible].filter(keep));
    value = {
      visible,
      dimmed: new Set([...base.dimmed, ...(inTime?.undated ?? [])].filter((id) => keep(id) && visible.has(id))),
      ...(inTime ? { edges: inTime.edges } : {}),
    };
  }
  visibilityCache.set(s.index, { inputs: { index: s.index, filters: s.filters, focus: s.focus, year: s.year, undated: s.undated }, value });
  return value;
}

export function useVisibility(): Visibility {
  return useAppStore(selectVisibility);
}

/** The translate function for the current UI language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const ui = useAppStore((s) => uiLangOf(s.lang));
  return (key, params) => translate(ui, key, params);
}

/** A node's name as the UI shows it: Chinese in the Chinese and bilingual modes, else English; the id if unknown. */
/** A relationship as "source → relation → target", names and relation in the interface language. */
export function useEdgeName(): (id: string) => string {
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  const nodeName = useNodeName();
  return (id) => {
    const e = index.edgeById.get(id);
    if (!e) return id;
    const r = index.graph.vocabularies.relationTypes.find((x) => x.id === e.type);
    return `${nodeName(e.source)} → ${r ? (lang === 'en' ? r.label.en : r.label.zh) : e.type} → ${nodeName(e.target)}`;
  };
}

export function useNodeName(): (id: string) => string {
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  return (id) => {
    const n = index.nodeById.get(id);
    return n ? (lang === 'en' ? n.name.en : n.name.zh) : id;
  };
}
