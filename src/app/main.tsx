import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundled from '../../graph-data/graph.json';
import { graphSchema } from '../io/schema';
import { browserLang, browserTheme, loadSettings, saveSettings } from '../io/settings';
import { createAppStore } from '../store/appStore';
import { StoreContext } from '../store/hooks';
import { App } from './App';
import { startUrlSync } from './urlSync';
import '../styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const graph = graphSchema.parse(bundled);
const { settings, problem } = loadSettings({ lang: browserLang(), theme: browserTheme() });
const store = createAppStore(graph, settings);
if (problem === 'corrupt') store.getState().pushNotice({ key: 'storageCorrupt', tone: 'warning' });
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
