import { useEffect, useState } from 'react';

/** Whether a CSS media query matches, following changes. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const on = () => setMatches(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, [query]);
  return matches;
}

/** Below this width the panels become drawers and the toolbar keeps only what fits. */
export const PHONE_QUERY = '(max-width: 900px)';
/** Below 1,440 px, SVG and JSON export fold into "More actions" so that a graph's title keeps its room (app.css: .in-wide-toolbar). */
export const COMPACT_TOOLBAR = '(max-width: 1439px)';

/** An element's width, following resizes (0 until measured). */
export function useWidth(ref: { current: Element | null }): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
