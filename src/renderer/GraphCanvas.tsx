import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { AppState } from '../store/appStore';
import { selectVisibility, useAppStoreApi } from '../store/hooks';
import { applyLabels, applySelection, applyVisibility, revealNode } from './controllers';
import { registerGraphCommands, pngSizeProblem } from './commands';
import { toElements } from './elements';
import { buildStylesheet, readCanvasColors } from './stylesheet';
import { runLayout } from './layout';

declare global {
  interface Window {
    /** The live Cytoscape instance, for automation and the browser console (as Cytoscape's demos do). */
    cy?: Core;
  }
}

/** Owns the Cytoscape instance: created once per store, kept in sync by store subscriptions. */
export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const initial = store.getState();
    const cy = cytoscape({
      container: el,
      elements: toElements(initial.index, initial.lang),
      style: buildStylesheet(readCanvasColors()),
      autounselectify: true,
      boxSelectionEnabled: false,
      wheelSensitivity: 0.4,
      minZoom: 0.05,
      maxZoom: 6,
      layout: { name: 'preset' },
    });
    window.cy = cy;

    cy.on('tap', 'node', (e) => store.getState().select({ kind: 'node', id: e.target.id() }));
    cy.on('tap', 'edge', (e) => store.getState().select({ kind: 'edge', id: e.target.id() }));
    cy.on('tap', (e) => {
      if (e.target === cy) store.getState().select(null);
    });
    cy.on('mouseover', 'edge', (e) => e.target.addClass('show-label'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('show-label'));
    cy.on('mouseover', 'node', (e) => {
      e.target.addClass('hovered');
      el.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', (e) => {
      e.target.removeClass('hovered');
      el.style.cursor = '';
    });
    let viewportTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      clearTimeout(viewportTimer);
      viewportTimer = setTimeout(() => {
        if (store.getState().busy) return;
        const p = cy.pan();
        store.getState().setViewport({ x: p.x, y: p.y, zoom: cy.zoom() });
      }, 250);
    });

    applyVisibility(cy, selectVisibility(initial));
    applySelection(cy, initial.selection);

    const unsubscribe = store.subscribe((s: AppState, prev: AppState) => {
      if (s.filters !== prev.filters) applyVisibility(cy, selectVisibility(s));
      if (s.selection !== prev.selection) {
        applySelection(cy, s.selection);
        if (s.selection?.kind === 'node') revealNode(cy, s.selection.id);
      }
      if (s.lang !== prev.lang) applyLabels(cy, s.index, s.lang);
      if (s.theme !== prev.theme) {
        // The page's custom properties change with the theme class; read them after it applies.
        requestAnimationFrame(() => cy.style(buildStylesheet(readCanvasColors())));
      }
    });

    registerGraphCommands({
      fit: () => cy.animate({ fit: { eles: cy.elements(':visible'), padding: 30 } }, { duration: 300 }),
      centerOn: (id) => revealNode(cy, id, true),
      exportPng: async ({ scale, transparent }) => {
        const problem = pngSizeProblem(cy, scale);
        if (problem) throw new Error(problem);
        const dark = store.getState().theme === 'dark';
        // A picture on white needs dark text: draw it with the light theme's colours.
        if (dark && !transparent) {
          document.documentElement.dataset.exporting = 'light';
          cy.style(buildStylesheet(readCanvasColors()));
        }
        try {
          return await cy.png({ output: 'blob-promise', full: true, scale, bg: transparent ? undefined : '#ffffff' });
        } finally {
          if (dark && !transparent) {
            delete document.documentElement.dataset.exporting;
            cy.style(buildStylesheet(readCanvasColors()));
          }
        }
      },
    });

    let cancelled = false;
    store.getState().setBusy(true);
    const hasPositions = initial.graph.nodes.length > 0 && initial.graph.nodes.every((n) => n.position);
    runLayout(cy, hasPositions ? 'preset' : 'force')
      .then(() => {
        if (cancelled) return;
        const { viewport, selection } = store.getState();
        if (viewport) cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
        else if (selection) {
          // Opened on a selection (a shared link): frame it with its neighbourhood.
          const el = cy.getElementById(selection.id);
          const frame = selection.kind === 'node' ? el.closedNeighborhood() : el.union(el.connectedNodes());
          cy.fit(frame, 80);
          if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        } else cy.fit(cy.elements(':visible'), 30);
      })
      .catch((err: unknown) => {
        store.getState().pushNotice({ key: 'exportFailed', params: { error: String(err) }, tone: 'error' });
      })
      .finally(() => {
        if (!cancelled) store.getState().setBusy(false);
      });

    return () => {
      cancelled = true;
      clearTimeout(viewportTimer);
      unsubscribe();
      registerGraphCommands(null);
      if (window.cy === cy) delete window.cy;
      cy.destroy();
    };
  }, [store]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}
