import type { Core } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { flagOf, pick } from '../i18n/messages';
import { useAppStore, useT } from '../store/hooks';
import { groupTitlesOf, type GroupTitle } from './layout';

/**
 * The name of each group above its disc in the "by type" and "by country" layouts, following the
 * canvas's pan and zoom at a constant size. Visual only: the filters and the legend say the same.
 */
export function GroupTitles({ cy }: { cy: Core }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const layout = useAppStore((s) => s.layout);
  const vocabularies = useAppStore((s) => s.graph.vocabularies);
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

  const l = lang === 'both' ? 'en' : lang;
  const names = useMemo(() => {
    const m = new Map<string, string>();
    if (layout === 'type') for (const v of vocabularies.nodeTypes) m.set(v.id, pick(v.label, l));
    if (layout === 'country') for (const c of vocabularies.countries) m.set(c.code, `${flagOf(c.code)} ${pick(c.label, l)}`);
    return m;
  }, [layout, vocabularies, l]);

  if (layout !== 'type' && layout !== 'country') return null;
  return (
    <div className="group-titles" aria-hidden="true">
      {titles.map((g) => (
        <span
          key={g.key}
          className="group-title"
          style={{ transform: `translate(${view.pan.x + g.at.x * view.zoom}px, ${view.pan.y + g.at.y * view.zoom}px) translate(-50%, -100%)` }}
        >
          {names.get(g.key) ?? (g.key === '—' ? t('noCountry') : g.key)} <span className="group-count">{g.count}</span>
        </span>
      ))}
    </div>
  );
}
