import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { flagOf } from '../i18n/messages';
import { useAppStore } from '../store/hooks';
import { groupNames, groupTitlesOf, type GroupTitle } from './layout';

const TITLE_LINE_PX = 22;

let measure: CanvasRenderingContext2D | null | undefined;
/** The on-screen width of a title (the CSS font of .group-title), or an estimate without a canvas. */
function textWidth(text: string): number {
  if (measure === undefined) measure = typeof document === 'undefined' ? null : (document.createElement('canvas').getContext('2d') ?? null);
  if (!measure) return text.length * 8;
  measure.font = `600 13px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  return measure.measureText(text).width;
}

/**
 * Titles whose groups sit side by side in a row can be wider than their groups when zoomed out:
 * each goes on the lowest line (0 = just above its group, 1 = one line higher …) where it meets no
 * title of the same row already placed. `x` and `w` in screen pixels, `y` identifies the row.
 */
export function stackTitles(items: readonly { x: number; y: number; w: number }[]): number[] {
  const levels = new Array<number>(items.length).fill(0);
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.y - items[b]!.y || items[a]!.x - items[b]!.x);
  const placed: { y: number; level: number; x1: number; x2: number }[] = [];
  for (const i of order) {
    const it = items[i]!;
    const x1 = it.x - it.w / 2;
    const x2 = it.x + it.w / 2;
    let level = 0;
    while (placed.some((p) => p.y === it.y && p.level === level && p.x1 < x2 && x1 < p.x2)) level++;
    levels[i] = level;
    placed.push({ y: it.y, level, x1, x2 });
  }
  return levels;
}

/**
 * The name of each group above its disc in the "by type" and "by country" layouts, following the
 * canvas's pan and zoom at a constant size. Visual only: the filters and the legend say the same.
 */
export function GroupTitles({ cy }: { cy: Core }) {
  const lang = useAppStore((s) => s.lang);
  const layout = useAppStore((s) => s.layout);
  const graph = useAppStore((s) => s.graph);
  const [titles, setTitles] = useState<GroupTitle[]>(() => groupTitlesOf(cy));
  const [view, setView] = useState(() => ({ pan: cy.pan(), zoom: cy.zoom() }));

  useEffect(() => {
    const onTitles = () => setTitles(groupTitlesOf(cy));
    const onViewport = () => setView({ pan: { ...cy.pan() }, zoom: cy.zoom() });
    cy.on('zgc:grouptitles', onTitles);
    cy.on('viewport resize', onViewport);
    return () => {
      cy.off('zgc:grouptitles', onTitles);
      cy.off('viewport resize', onViewport);
    };
  }, [cy]);

  const names = useMemo(() => {
    const m = groupNames({ layout, lang, graph });
    if (layout === 'country') for (const [code, name] of m) if (code !== '—') m.set(code, `${flagOf(code)} ${name}`);
    return m;
  }, [layout, lang, graph]);

  const levels = useMemo(() => {
    const text = (g: GroupTitle) => `${names.get(g.key) ?? g.key} ${g.count}`;
    return stackTitles(titles.map((g) => ({ x: g.at.x * view.zoom, y: g.at.y, w: textWidth(text(g)) + 8 })));
  }, [titles, names, view.zoom]);

  if (layout !== 'type' && layout !== 'country' && layout !== 'group') return null;
  return (
    <div className="group-titles" aria-hidden="true">
      {titles.map((g, i) => (
        <span
          key={g.key}
          className="group-title"
          style={{ transform: `translate(${view.pan.x + g.at.x * view.zoom}px, ${view.pan.y + g.at.y * view.zoom - (levels[i] ?? 0) * TITLE_LINE_PX}px) translate(-50%, -100%)` }}
        >
          {names.get(g.key) ?? g.key} <span className="group-count">{g.count}</span>
        </span>
      ))}
    </div>
  );
}
