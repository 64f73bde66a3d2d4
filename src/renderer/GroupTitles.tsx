import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { flagOf } from '../i18n/messages';
import { useAppStore } from '../store/hooks';
import { groupNames, groupTitlesOf, type GroupTitle } from './layout';

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

  if (layout !== 'type' && layout !== 'country') return null;
  return (
    <div className="group-titles" aria-hidden="true">
      {titles.map((g) => (
        <span
          key={g.key}
          className="group-title"
          style={{ transform: `translate(${view.pan.x + g.at.x * view.zoom}px, ${view.pan.y + g.at.y * view.zoom}px) translate(-50%, -100%)` }}
        >
          {names.get(g.key) ?? g.key} <span className="group-count">{g.count}</span>
        </span>
      ))}
    </div>
  );
}
