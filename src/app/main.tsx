// First: starts fetching ?graph= before the modules below are evaluated.
import { graphRequest } from './graphRequest';
// Second: Cytoscape's chunk, downloading while the rest starts.
import { loadCytoscape } from '../renderer/cytoscapeLoader';
void loadCytoscape();
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundled from '../../graph-data/graph.json';
import rawArticle from '../../graph-data/article.txt?raw';
import bundledPositions from 'virtual:bundled-positions';
import { articleParagraphs, cleanArticle, toTranslation, type ArticleTranslation } from '../domain/article';
import type { Graph } from '../io/schema';
import { browserLang, browserTheme, loadSettings, saveSettings } from '../io/settings';
import { describeIssues } from '../io/issues';
import type { ValidationIssue } from '../io/validateGraph';
import { createAppStore, type AppStore, type Notice } from '../store/appStore';
import { StoreContext } from '../store/hooks';
import { App } from './App';
import { GraphLoaderContext, type GraphLoader } from './GraphLoader';
import { startUrlSync } from './urlSync';
import { loadParam, setActiveSparql } from '../sparql/active';
import { loadWork, mayHaveWork, startAutosave } from './autosave';
import '../styles/app.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root');
const root = createRoot(rootElement);

// graph-data is checked against the schema by `npm run validate-data` and the tests (which also
// check that parsing it changes nothing), so the page trusts it as is and zod loads only when a
// file is opened. Its positions come laid out from the build, so the first paint needs no layout.
const bundledGraph = withPositions(bundled as unknown as Graph, bundledPositions);
const bundledArticle = articleParagraphs(cleanArticle(rawArticle));
// The English translation of the article (quotes in English, the reader's translation) is not needed
// for the first paint: it loads beside it.
let bundledTranslation: ArticleTranslation | null = null;
const translationReady = import('../../graph-data/article.en.json').then((m) => (bundledTranslation = toTranslation(m.default)));

type Failure = { file: string; issues: ValidationIssue[] };

function withPositions(graph: Graph, positions: Readonly<Record<string, { x: number; y: number }>>): Graph {
  return { ...graph, nodes: graph.nodes.map((n) => (n.position || !positions[n.id] ? n : { ...n, position: positions[n.id] })) };
}

/** The graph to open: `?graph=` (a file beside the app) if given and valid, else the bundled one. */
async function chooseGraph(): Promise<{ graph: Graph; failure?: Failure }> {
  const request = graphRequest;
  if (request === null) return { graph: bundledGraph };
  if ('refused' in request) return { graph: bundledGraph, failure: { file: request.refused.slice(0, 80), issues: [{ path: '?graph=', message: 'only a relative path to a file on this site can be opened' }] } };
  // The file was requested at once (graphRequest.ts); the code that reads it loads now.
  const { readGraphResponse } = await import('../io/loadGraph');
  const result = await readGraphResponse(request.url, request.response);
  return result.ok ? { graph: result.graph } : { graph: bundledGraph, failure: result };
}

function refusalNotice(failure: Failure): Omit<Notice, 'id'> {
  return { key: 'graphRefused', params: { file: failure.file, problems: describeIssues(failure.issues) }, tone: 'error' };
}

let stopUrlSync: (() => void) | null = null;
let stopAutosave: (() => void) | null = null;
let stopDocumentSync: (() => void) | null = null;
let warnedStorage = false;

/** Mounts the app on a store; the document (theme, language) and saved settings follow it. */
function mount(store: AppStore, loader: GraphLoader) {
  stopUrlSync?.();
  stopDocumentSync?.();
  stopAutosave?.();
  stopUrlSync = startUrlSync(store);
  stopAutosave = startAutosave(store);
  if (store.getState().articleParagraphs && !store.getState().articleTranslation) {
    void translationReady.then((translation) => {
      if (store.getState().articleParagraphs && !store.getState().articleTranslation) store.setState({ articleTranslation: translation });
    });
  }
  const applyDocument = () => {
    const { theme, lang } = store.getState();
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-Hans';
  };
  applyDocument();
  stopDocumentSync = store.subscribe((s, prev) => {
    if (s.theme === prev.theme && s.lang === prev.lang) return;
    applyDocument();
    if (!saveSettings({ lang: s.lang, theme: s.theme }) && !warnedStorage) {
      warnedStorage = true;
      store.getState().pushNotice({ key: 'storageFailed', tone: 'warning' });
    }
  });
  root.render(
    <StrictMode>
      <GraphLoaderContext.Provider value={loader}>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </GraphLoaderContext.Provider>
    </StrictMode>,
  );
}

function makeLoader(current: AppStore, isBundled: boolean): GraphLoader {
  const carry = () => ({ lang: current.getState().lang, theme: current.getState().theme });
  const replace = (graph: Graph, article: readonly string[] | null, bundledNow: boolean, notice?: Omit<Notice, 'id'>, address = '', select?: string) => {
    // A file opened from disk has no address: the view starts afresh, without ?graph=.
    window.history.pushState(null, '', window.location.pathname + address);
    const next = createAppStore(graph, carry(), article, article ? bundledTranslation : null);
    if (notice) next.getState().pushNotice(notice);
    if (select) next.getState().select({ kind: 'node', id: select });
    mount(next, makeLoader(next, bundledNow));
  };
  return {
    isBundled,
    open: (graph, name) => {
      setActiveSparql(null);
      replace(graph, articleFor(graph), false, { key: 'graphOpened', params: { file: name, nodes: graph.nodes.length, edges: graph.edges.length }, tone: 'info' });
    },
    openBundled: () => {
      setActiveSparql(null);
      replace(bundledGraph, bundledArticle, true);
    },
    openSparql: (graph, session, select) => {
      setActiveSparql(session);
      const address = new URLSearchParams({ sparql: session.endpointUrl, load: loadParam(session.nodes.keys()), ...(select ? { node: select } : {}) });
      replace(graph, null, false, { key: 'sparqlConnected', params: { endpoint: session.endpointUrl }, tone: 'info' }, `?${address}`, select);
    },
  };
}

/** A graph curated from the bundled one (an export, a restored edit) keeps the article its sources quote. */
function articleFor(graph: Graph): readonly string[] | null {
  const a = graph.meta.article;
  const b = bundledGraph.meta.article;
  return a && b && a.title.zh === b.title.zh && a.date === b.date ? bundledArticle : null;
}

/**
 * Not a top-level await: a lazily loaded chunk that shares code with this entry (loadGraph uses
 * graphUrl) waits for the entry to finish evaluating, so awaiting it here would never return.
 */
async function start() {
  const params = new URLSearchParams(window.location.search);
  // Edits kept in this browser reopen where no file or endpoint is asked for.
  const work = !params.has('graph') && !params.has('sparql') && mayHaveWork() ? loadWork() : Promise.resolve(null);
  const [{ graph, failure }, saved] = await Promise.all([chooseGraph(), work]);
  const { settings, problem } = loadSettings({ lang: browserLang(), theme: browserTheme() });
  const openedFile = !failure && params.has('graph');
  const restored = saved && Array.isArray(saved.graph.nodes) && Array.isArray(saved.graph.edges) ? saved : null;
  const shown = restored?.graph ?? graph;
  const store = createAppStore(shown, settings, restored ? articleFor(shown) : openedFile ? null : bundledArticle, bundledTranslation);
  if (restored) {
    store.getState().setUnsaved(restored.unsaved);
    store.getState().pushNotice({ key: 'workRestored', params: { time: new Date(restored.savedAt).toLocaleString(settings.lang === 'en' ? 'en' : 'zh-CN') }, tone: 'info' });
  }
  if (problem === 'corrupt') store.getState().pushNotice({ key: 'storageCorrupt', tone: 'warning' });
  if (failure) store.getState().pushNotice(refusalNotice(failure));
  mount(store, makeLoader(store, !openedFile && !restored));
}

void start();
