import { lazy, startTransition, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { Group, Panel, Separator, type PanelImperativeHandle } from 'react-resizable-panels';
import { DetailsPanel } from '../features/Details/DetailsPanel';
import { ExploreBanners, GraphControls } from '../features/Explore/GraphControls';
import { FiltersPanel } from '../features/Filters/FiltersPanel';
import { Legend } from '../features/Legend/Legend';
import { NodeList } from '../features/NodeList/NodeList';
import { Notices } from '../features/Notices/Notices';
import { Toolbar } from '../features/Toolbar/Toolbar';
import { translate, uiLangOf } from '../i18n/messages';
import { CANVAS_DRAWN, GraphCanvas } from '../renderer/GraphCanvas';
import { useAppStore, useAppStoreApi, useT } from '../store/hooks';
import { ErrorBoundary } from './ErrorBoundary';

// Edit mode's tools load when it is first turned on.
const CurateBar = lazy(() => import('../features/Curate/CurateBar').then((m) => ({ default: m.CurateBar })));
import { undoKeys } from './undo';

// The reader loads when it is first opened.
const ReaderPanel = lazy(() => import('../features/Reader/ReaderPanel').then((m) => ({ default: m.ReaderPanel })));
import { PHONE_QUERY, useMediaQuery, useWidth } from '../features/shared/useMediaQuery';

function Guarded({ children }: { children: ReactNode }) {
  const lang = useAppStore((s) => uiLangOf(s.lang));
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <div role="alert" className="panel-error">
          <p>{translate(lang, 'panelError', { error: error.message })}</p>
          <button type="button" className="button" onClick={retry}>
            {translate(lang, 'retry')}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/** Below this canvas width the view controls fold into one "View" button instead of wrapping over the graph. */
const FOLD_CONTROLS_BELOW = 720;

function GraphRegion({ phone = false }: { phone?: boolean }) {
  const t = useT();
  const busy = useAppStore((s) => s.busy);
  // While a large graph is drawn in slices its own banner says so, with the count.
  const drawing = useAppStore((s) => s.drawProgress !== null);
  const ref = useRef<HTMLElement>(null);
  const editMode = useAppStore((s) => s.editMode);
  const width = useWidth(ref);
  // On a phone the view controls live in the filters drawer instead.
  const fold = !phone && width > 0 && width < FOLD_CONTROLS_BELOW;
  return (
    <section id="graph" ref={ref} className="graph-region" aria-label={t('graph')} aria-busy={busy}>
      <Guarded>
        <GraphCanvas />
      </Guarded>
      <div className="graph-top">
        <Guarded>
          {fold ? (
            <DialogTrigger>
              <Button className="button view-button">{t('view')}</Button>
              <Popover placement="bottom start" className="popover view-popover">
                <Dialog aria-label={t('view')} className="view-dialog">
                  <GraphControls />
                </Dialog>
              </Popover>
            </DialogTrigger>
          ) : (
            <GraphControls />
          )}
          {editMode && (
            <Suspense fallback={null}>
              <CurateBar />
            </Suspense>
          )}
          <ExploreBanners />
        </Guarded>
      </div>
      {busy && !drawing && (
        <div className="busy-overlay" aria-hidden="true">
          <span className="spinner" /> {t('loading')}
        </div>
      )}
      <div className="legend-dock">
        <Legend />
      </div>
    </section>
  );
}

let canvasDrawn = false;
addEventListener(CANVAS_DRAWN, () => (canvasDrawn = true));

/**
 * Side panels render once the canvas has drawn its first frame: the graph is what a person looks at
 * first, and the panels' first render (filters' facets, the node list, the details) would otherwise
 * come before it in the same task. Their boxes are there from the start, so nothing moves.
 */
function AfterCanvas({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(canvasDrawn);
  useEffect(() => {
    const go = () => startTransition(() => setReady(true));
    if (canvasDrawn) go();
    addEventListener(CANVAS_DRAWN, go);
    return () => removeEventListener(CANVAS_DRAWN, go);
  }, []);
  return ready ? children : null;
}

/** The filters and the visible nodes; on a phone, where nothing floats over the small canvas, also the view controls and the legend. */
function SidePanel({ withView = false }: { withView?: boolean }) {
  const t = useT();
  return (
    <section id="filters-panel" className="side-panel" aria-label={t('filters')}>
      {withView && (
        <Guarded>
          <h2 className="section-title">{t('view')}</h2>
          <div className="drawer-view">
            <GraphControls />
            <Legend />
          </div>
        </Guarded>
      )}
      <AfterCanvas>
        <Guarded>
          <FiltersPanel />
        </Guarded>
        <h2 className="section-title">{t('visibleNodes')}</h2>
        <Guarded>
          <NodeList />
        </Guarded>
      </AfterCanvas>
    </section>
  );
}

/** Escape clears the selection, unless it is closing something else first. */
function useEscapeClears() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const active = document.activeElement;
      if (active instanceof HTMLInputElement && active.value !== '') return;
      store.getState().select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function App() {
  const t = useT();
  const store = useAppStoreApi();
  const phone = useMediaQuery(PHONE_QUERY);
  const selection = useAppStore((s) => s.selection);
  const readerOpen = useAppStore((s) => s.readerOpen);
  const closeReader = () => store.getState().closeReader();
  const [filtersOpen, setFiltersOpen] = useState(!phone);
  const filtersRef = useRef<PanelImperativeHandle | null>(null);
  useEscapeClears();
  useEffect(() => {
    const onKey = undoKeys(store);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  useEffect(() => setFiltersOpen(!phone), [phone]);

  const toggleFilters = () => {
    if (!phone) {
      const panel = filtersRef.current;
      if (panel?.isCollapsed()) panel.expand();
      else panel?.collapse();
      setFiltersOpen(!!panel?.isCollapsed());
      return;
    }
    setFiltersOpen((o) => !o);
  };

  return (
    <div className={phone ? 'app phone' : 'app'}>
      <a
        className="skip-link"
        href="#graph"
        onClick={(e) => {
          // The canvas takes the focus (arrow keys move between nodes there), not just the scroll.
          e.preventDefault();
          document.getElementById('graph-canvas')?.focus();
        }}
      >
        {t('skipToGraph')}
      </a>
      <Toolbar filtersOpen={filtersOpen} onToggleFilters={toggleFilters} />
      <Notices />
      {phone ? (
        <main className="workspace">
          <GraphRegion phone />
          {filtersOpen && (
            <div className="drawer left">
              <SidePanel withView />
            </div>
          )}
          {readerOpen && (
            <div className="drawer right">
              <Guarded>
                <Suspense fallback={null}>
                  <ReaderPanel onClose={closeReader} />
                </Suspense>
              </Guarded>
            </div>
          )}
          {selection && !readerOpen && (
            <div className="drawer bottom">
              <Guarded>
                <DetailsPanel onClose={() => store.getState().select(null)} />
              </Guarded>
            </div>
          )}
        </main>
      ) : (
        <main className="workspace">
          <Group orientation="horizontal" className="panels">
            <Panel id="panel-filters" panelRef={filtersRef} collapsible defaultSize="270px" minSize="200px" maxSize="40%" onResize={(size) => setFiltersOpen(size.asPercentage > 0)}>
              <SidePanel />
            </Panel>
            <Separator className="resize-handle" />
            <Panel id="panel-graph" minSize="25%">
              <GraphRegion />
            </Panel>
            {readerOpen && (
              <>
                <Separator className="resize-handle" />
                <Panel id="panel-article" defaultSize="380px" minSize="260px" maxSize="50%">
                  <Guarded>
                    <Suspense fallback={null}>
                  <ReaderPanel onClose={closeReader} />
                </Suspense>
                  </Guarded>
                </Panel>
              </>
            )}
            <Separator className="resize-handle" />
            <Panel id="panel-details" collapsible defaultSize="360px" minSize="260px" maxSize="50%">
              <AfterCanvas>
                <Guarded>
                  <DetailsPanel />
                </Guarded>
              </AfterCanvas>
            </Panel>
          </Group>
        </main>
      )}
    </div>
  );
}
