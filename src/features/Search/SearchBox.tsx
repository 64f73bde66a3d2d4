import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { ComboBox, ComboBoxStateContext, Input, ListBox, ListBoxItem, Popover, type Key } from 'react-aria-components';
import type { GraphNode } from '../../io/schema';
import { pick } from '../../i18n/messages';
import { graphCommands } from '../../renderer/commands';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';
import { sharedSearchClient, type SearchClient } from './searchClient';

/** Runs `work` once the page is idle (at the latest after `timeout` ms); returns what cancels it. */
function whenIdle(work: () => void, timeout: number, withoutIdleCallback: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const t = setTimeout(work, withoutIdleCallback);
    return () => clearTimeout(t);
  }
  const handle = window.requestIdleCallback(work, { timeout });
  return () => window.cancelIdleCallback(handle);
}

/**
 * Builds the index once per graph, in a worker, when the browser is idle after the first paint (or at
 * once when someone starts typing), so that a large graph opens first.
 */
function useSearchClient(needed: boolean): SearchClient | null {
  const store = useAppStoreApi();
  const graph = useAppStore((s) => s.graph);
  const [idle, setIdle] = useState(false);
  const [client, setClient] = useState<SearchClient | null>(null);
  useEffect(() => whenIdle(() => setIdle(true), 3000, 200), []);
  const start = needed || idle;
  // The store whose graph is indexed: another store is another graph (a file opened), indexed at once.
  const indexedFor = useRef<typeof store | null>(null);
  useEffect(() => {
    if (!start) return;
    let live = true;
    const build = () => {
      if (!live) return;
      const next = sharedSearchClient(graph.nodes);
      setClient(next);
      next.ready
        .then(() => live && store.getState().setSearchReady(true))
        .catch((err: unknown) => live && store.getState().pushNotice({ key: 'panelError', params: { error: String(err) }, tone: 'error' }));
    };
    if (indexedFor.current !== store) {
      indexedFor.current = store;
      build();
      return () => {
        live = false;
      };
    }
    // A graph that grew or changed in the same store (an expand, an edit) is indexed again once the
    // page is idle, not in the task that draws it; meanwhile the last index answers (the page's copy: the
    // next one replaces it), and hits on nodes that have gone are dropped.
    const cancel = whenIdle(build, 1000, 50);
    return () => {
      live = false;
      cancel();
    };
  }, [graph, store, start]);
  return client;
}

/**
 * Hits for `query`: the page's forms answer in the keystroke's own frame; where the worker's answer can
 * differ (Chinese characters to simplify, typos to tolerate) it follows and replaces it, and `pending`
 * is true meanwhile. Before the forms arrive, the last answer stays while the next is on its way.
 */
function useSearchHits(client: SearchClient | null, query: string) {
  const [answer, setAnswer] = useState<{ client: SearchClient | null; forQuery: string; ids: string[] }>({ client: null, forQuery: '', ids: [] });
  const asked = useRef<{ client: SearchClient | null; query: string; seq: number }>({ client: null, query: '', seq: 0 });
  const ask = useCallback(
    (q: string) => {
      if (!client || !q.trim() || (asked.current.client === client && asked.current.query === q)) return;
      const seq = asked.current.seq + 1;
      asked.current = { client, query: q, seq };
      client
        .search(q)
        .then((hits) => asked.current.seq === seq && setAnswer({ client, forQuery: q, ids: hits.map((h) => h.id) }))
        .catch(() => undefined); // a closed index (graph replaced) answers nothing
    },
    [client],
  );
  const ready = useAppStore((s) => s.searchReady);
  const now = useMemo(() => (ready && client && query.trim() ? client.searchNow(query) : null), [ready, client, query]);
  // The worker is asked where the page cannot answer, or not finally.
  useEffect(() => {
    if (!now?.final) ask(query);
  }, [ask, query, now]);
  if (!query.trim()) return { forQuery: query, ids: [], pending: false };
  if (answer.client === client && answer.forQuery === query) return { forQuery: query, ids: answer.ids, pending: false };
  if (now) return { forQuery: query, ids: now.hits.map((h) => h.id), pending: !now.final };
  return { forQuery: answer.forQuery, ids: answer.ids, pending: true };
}

/**
 * Keeps the first result highlighted as the person types (aria-activedescendant points at it), so
 * that Enter takes the best match, as search does in Bloom and Kumu. Arrow keys still move on.
 */
function HighlightFirst({ first }: { first: string | undefined }) {
  const state = useContext(ComboBoxStateContext);
  const manager = state?.selectionManager;
  const open = state?.isOpen ?? false;
  useEffect(() => {
    if (!manager || !open || first === undefined) return;
    // After the combobox's own effect, which clears the highlight whenever the text changes.
    queueMicrotask(() => {
      const focused = manager.focusedKey;
      if (focused === null || !state?.collection.getItem(focused)) manager.setFocusedKey(first);
    });
  });
  return null;
}

/**
 * Enter pressed while the answer was still on its way (the index being built just after opening)
 * takes the first result when it comes, as it would have a moment later; typing on cancels it.
 */
function TakeFirstWhenAnswered({ awaited, forQuery, first, done }: { awaited: string | null; forQuery: string; first: string | undefined; done: () => void }) {
  const state = useContext(ComboBoxStateContext);
  useEffect(() => {
    if (awaited === null || !state) return;
    if (state.inputValue !== awaited) return done();
    if (forQuery !== awaited || first === undefined) return;
    done();
    state.setSelectedKey(first);
  });
  return null;
}

/**
 * The combobox hides everything outside itself from assistive technology while its list is open
 * (aria-hidden on the rest of the page, focusable controls included, which axe reports as
 * aria-hidden-focus). The list is not modal: the page stays readable and reachable, so the app's
 * root is marked as a layer that stays visible (React Aria's data-react-aria-top-layer).
 */
function keepPageVisible(open: boolean): void {
  document.querySelector('.app')?.toggleAttribute('data-react-aria-top-layer', open);
}

export function SearchBox() {
  const t = useT();
  const store = useAppStoreApi();
  const query = useAppStore((s) => s.query);
  const client = useSearchClient(query !== '');
  const lang = useAppStore((s) => s.lang);
  const index = useAppStore((s) => s.index);
  const typeLabels = useMemo(() => new Map(index.graph.vocabularies.nodeTypes.map((v) => [v.id, v.label])), [index]);
  const hits = useSearchHits(client, query);
  const [portal, setPortal] = useState<HTMLDivElement | null>(null);
  const [awaited, setAwaited] = useState<string | null>(null);

  const items = useMemo(
    (): GraphNode[] =>
      hits.ids.flatMap((id) => {
        const node = index.nodeById.get(id);
        return node ? [node] : [];
      }),
    [hits.ids, index],
  );

  const onSelect = (key: Key | null) => {
    if (key === null) return;
    const id = String(key);
    store.getState().select({ kind: 'node', id });
    graphCommands()?.centerOn(id);
  };

  return (
    <ComboBox
      className="search"
      aria-label={t('search')}
      inputValue={query}
      onInputChange={(v) => {
        store.getState().setQuery(v);
      }}
      items={items}
      onSelectionChange={onSelect}
      allowsCustomValue
      allowsEmptyCollection
      menuTrigger="input"
      onOpenChange={keepPageVisible}
    >
      <HighlightFirst first={items[0]?.id} />
      <TakeFirstWhenAnswered awaited={awaited} forQuery={hits.forQuery} first={items[0]?.id} done={() => setAwaited(null)} />
      <div className="search-field">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="search-icon">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <Input
          placeholder={t('searchPlaceholder')}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && query.trim() && (hits.pending || hits.forQuery !== query) && items.length === 0) setAwaited(query);
          }}
        />
      </div>
      {/* The list stays inside the banner landmark, next to its input. */}
      <div ref={setPortal} className="search-portal" />
      <Popover className="search-popover" placement="bottom start" offset={4} UNSTABLE_portalContainer={portal ?? undefined}>
        <ListBox
          className="search-results"
          aria-label={t('searchResults')}
          aria-busy={hits.pending || undefined}
          data-results-for={hits.forQuery}
          renderEmptyState={() => <div className="search-empty">{hits.pending ? t('searching') : t('noResults')}</div>}
        >
          {(node: GraphNode) => {
            const type = typeLabels.get(node.type);
            const primary = lang === 'en' ? node.name.en : node.name.zh;
            const secondary = lang === 'en' ? node.name.zh : node.name.en;
            return (
              <ListBoxItem id={node.id} textValue={primary} className="search-result">
                <span className="result-names">
                  <span className="result-primary">{primary}</span>
                  <span className="result-secondary">{secondary}</span>
                </span>
                {type && <span className="result-type">{pick(type, lang === 'both' ? 'en' : lang)}</span>}
              </ListBoxItem>
            );
          }}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
