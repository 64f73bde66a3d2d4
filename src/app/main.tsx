import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundled from '../../graph-data/graph.json';
import rawArticle from '../../graph-data/article.txt?raw';
import { articleParagraphs, cleanArticle } from '../domain/article';
import { fetchGraph, sameOriginGraphUrl } from '../io/loadGraph';
import type { ValidationIssue } from '../io/validateGraph';
import { graphSchema, type Graph } from '../io/schema';
import { browserLang, browserTheme, loadSettings, saveSettings } from '../io/settings';
import { createAppStore } from '../store/appStore';
import { StoreContext } from '../store/hooks';
import { App } from './App';
import { startUrlSync } from './urlSync';
import '../styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/** The graph to open: `?graph=` (a file beside the app) if given and valid, else the bundled one. */
async function chooseGraph(): Promise<{ graph: Graph; failure?: { file: string; issues: ValidationIssue[] } }> {
  const fallback = graphSchema.parse(bundled);
  const param = new URLSearchParams(window.location.search).get('graph');
  if (param === null) return { graph: fallback };
  const url = sameOriginGraphUrl(param, window.location.href);
  if (!url) return { graph: fallback, failure: { file: param.slice(0, 80), issues: [{ path: '?graph=', message: 'only a relative path to a file on this site can be opened' }] } };
  const result = await fetchGraph(url);
  return result.ok ? { graph: result.graph } : { graph: fallback, failure: result };
}

const { graph, failure } = await chooseGraph();
const { settings, problem } = loadSettings({ lang: browserLang(), theme: browserTheme() });
// The bundled graph comes with its article; an opened file has none.
const store = createAppStore(graph, settings, failure || !new URLSearchParams(window.location.search).has('graph') ? articleParagraphs(cleanArticle(rawArticle)) : null);
if (problem === 'corrupt') store.getState().pushNotice({ key: 'storageCorrupt', tone: 'warning' });
if (failure) {
  const shown = failure.issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`);
  if (failure.issues.length > 10) shown.push(`… ${failure.issues.length - 10} more`);
  store.getState().pushNotice({ key: 'graphRefused', params: { file: failure.file, problems: shown.join('; ') }, tone: 'error' });
}
startUrlSync(store);

// The document follows the store: theme, language; settings are saved when they change.
const applyDocument = () => {
  const { theme, lang } = store.getState();
  document.documentElement.dataset.theme = theme;
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-Hans';
};
applyDocument();
let warnedStorage = false;
store.subscribe((s, prev) => {
  if (s.theme === prev.theme && s.lang === prev.lang) return;
  applyDocument();
  if (!saveSettings({ lang: s.lang, theme: s.theme }) && !warnedStorage) {
    warnedStorage = true;
    store.getState().pushNotice({ key: 'storageFailed', tone: 'warning' });
  }
});

createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
