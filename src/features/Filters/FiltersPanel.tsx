import { memo, useId, useMemo } from 'react';
import { capabilities } from '../../domain/appearance';
import { AttributeFilters } from './AttributeFilters';
import { facetCounts, isFiltering, type Facet } from '../../domain/filters';
import { flagOf, pick, type MessageKey } from '../../i18n/messages';
import { useAppStore, useAppStoreApi, useT, useVisibility } from '../../store/hooks';

interface Option {
  value: string;
  label: string;
  flag?: string;
}

const FacetGroup = memo(function FacetGroup({ facet, title, options }: { facet: Facet; title: MessageKey; options: Option[] }) {
  const t = useT();
  const store = useAppStoreApi();
  const nodes = useAppStore((s) => s.graph.nodes);
  const filters = useAppStore((s) => s.filters);
  const checked = filters[facet];
  const counts = useMemo(() => facetCounts(nodes, filters, facet), [nodes, filters, facet]);
  const baseId = useId();
  return (
    <fieldset className="facet">
      <legend>{t(title)}</legend>
      <ul>
        {options.map((o) => {
          const count = counts.get(o.value) ?? 0;
          const isChecked = checked.includes(o.value);
          const countId = `${baseId}-${o.value}`;
          return (
            <li key={o.value} className={count === 0 && !isChecked ? 'facet-option empty' : 'facet-option'}>
              <label>
                <input
                  type="checkbox"
                  aria-label={o.label}
                  aria-describedby={countId}
                  checked={isChecked}
                  disabled={count === 0 && !isChecked}
                  onChange={(e) => store.getState().setFilterValue(facet, o.value, e.currentTarget.checked)}
                />
                {o.flag && <span aria-hidden="true" className="flag">{o.flag}</span>}
                <span className="facet-label">{o.label}</span>
                <span id={countId} className="facet-count">
                  {count}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
});

export function FiltersPanel() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const graph = useAppStore((s) => s.graph);
  const caps = useMemo(() => capabilities(graph), [graph]);
  const filters = useAppStore((s) => s.filters);
  const { visible } = useVisibility();
  const l = lang === 'both' ? 'en' : lang;
  const locale = lang === 'en' ? 'en' : 'zh-CN';

  const options = useMemo(() => {
    const used = (facet: 'country' | 'sectors' | 'type') => {
      const s = new Set<string>();
      for (const n of graph.nodes) {
        if (facet === 'country' && n.country) s.add(n.country);
        if (facet === 'sectors') n.sectors.forEach((x) => s.add(x));
        if (facet === 'type') s.add(n.type);
      }
      return s;
    };
    const v = graph.vocabularies;
    const countries = used('country');
    const sectors = used('sectors');
    const types = used('type');
    return {
      countries: v.countries.filter((c) => countries.has(c.code)).map((c) => ({ value: c.code, label: pick(c.label, l), flag: flagOf(c.code) })),
      sectors: v.sectors.filter((c) => sectors.has(c.id)).map((c) => ({ value: c.id, label: pick(c.label, l) })),
      types: v.nodeTypes.filter((c) => types.has(c.id)).map((c) => ({ value: c.id, label: pick(c.label, l) })),
    };
  }, [graph, l]);

  return (
    <div className="filters">
      <div className="filters-head">
        <p className="filters-summary" aria-live="polite">
          {t('visibleCount', { shown: visible.size.toLocaleString(locale), total: graph.nodes.length.toLocaleString(locale) })}
        </p>
        <button type="button" className="button subtle" onClick={() => store.getState().clearFilters()} disabled={!isFiltering(filters)}>
          {t('clearFilters')}
        </button>
      </div>
      <label className="switch-row">
        <input type="checkbox" checked={filters.keepNeighbours} onChange={(e) => store.getState().setKeepNeighbours(e.currentTarget.checked)} />
        <span>{t('keepNeighbours')}</span>
      </label>
      {caps.inferred && (
        <label className="switch-row">
          <input type="checkbox" checked={filters.hideInferred} onChange={(e) => store.getState().setHideInferred(e.currentTarget.checked)} />
          <span>{t('hideInferred')}</span>
          <span className="edge-swatch dashed" aria-hidden="true" />
        </label>
      )}
      {/* Only the groups the graph has values for: another tool's file may have no countries, types or sectors. */}
      {options.countries.length > 0 && <FacetGroup facet="countries" title="country" options={options.countries} />}
      {options.types.length > 1 && <FacetGroup facet="types" title="type" options={options.types} />}
      {options.sectors.length > 0 && <FacetGroup facet="sectors" title="sector" options={options.sectors} />}
      <AttributeFilters />
    </div>
  );
}
