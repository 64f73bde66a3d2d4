import type { Core } from 'cytoscape';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { nearestInDirection, type Direction } from '../domain/direction';
import type { Point } from '../domain/arrange';
import { pick } from '../i18n/messages';
import { useAppStore, useAppStoreApi, useT } from '../store/hooks';
import { revealNode } from './controllers';

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The canvas by keyboard: "Skip to graph" lands here; the arrow keys move a cursor to the nearest
 * node in that direction (starting from the selection, or the best connected node in view), Enter
 * opens its details, Escape clears. What the cursor is on is announced.
 */
export function useGraphKeyboard(cy: Core | null) {
  const t = useT();
  const store = useAppStoreApi();
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  const cursor = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const moveTo = (id: string) => {
    if (!cy) return;
    cy.nodes('.kb-cursor').removeClass('kb-cursor');
    cursor.current = id;
    cy.getElementById(id).addClass('kb-cursor');
    revealNode(cy, id);
    const node = index.nodeById.get(id);
    if (!node) return;
    const type = index.graph.vocabularies.nodeTypes.find((v) => v.id === node.type);
    const l = lang === 'both' ? 'en' : lang;
    const name = lang === 'en' ? node.name.en : lang === 'zh' ? node.name.zh : `${node.name.zh}, ${node.name.en}`;
    setAnnouncement(t('cursorOn', { name, type: type ? pick(type.label, l) : node.type, n: index.incidences.get(id)?.length ?? 0 }));
  };

  // The cursor leaves with its node (a filter), and is not shown once focus has gone.
  useEffect(() => {
    if (!cy) return;
    const onRemove = () => {
      if (cursor.current && cy.getElementById(cursor.current).empty()) cursor.current = null;
    };
    cy.on('remove', onRemove);
    return () => {
      cy.off('remove', onRemove);
    };
  }, [cy]);

  const start = (): string | null => {
    if (!cy) return null;
    const sel = store.getState().selection;
    if (sel?.kind === 'node' && cy.getElementById(sel.id).nonempty()) return sel.id;
    const ext = cy.extent();
    const inView = cy.nodes(':visible').filter((n) => {
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    const pool = inView.nonempty() ? inView : cy.nodes(':visible');
    return pool.max((n) => n.degree(false)).ele?.id() ?? null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!cy || e.target !== e.currentTarget) return;
    const dir = KEYS[e.key];
    if (dir) {
      e.preventDefault();
      const from = cursor.current && cy.getElementById(cursor.current).nonempty() ? cursor.current : null;
      if (!from) {
        const first = start();
        if (first) moveTo(first);
        return;
      }
      const points = new Map<string, Point>();
      cy.nodes(':visible').forEach((n) => {
        if (n.id() !== from) points.set(n.id(), n.renderedPosition());
      });
      const next = nearestInDirection(points, cy.getElementById(from).renderedPosition(), dir);
      if (next) moveTo(next);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      const id = cursor.current ?? start();
      if (!id) return;
      e.preventDefault();
      store.getState().select({ kind: 'node', id });
      if (!cursor.current) moveTo(id);
    }
  };
  const onBlur = () => cy?.nodes('.kb-cursor').removeClass('kb-cursor');
  const onFocus = () => {
    if (cy && cursor.current) cy.getElementById(cursor.current).addClass('kb-cursor');
  };
  return { onKeyDown, onBlur, onFocus, announcement };
}
