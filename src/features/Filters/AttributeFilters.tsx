import { memo, useId, useMemo, useState } from 'react';
import { Label, Slider, SliderOutput, SliderThumb, SliderTrack } from 'react-aria-components';
import { colourableAttributes, type ColourableAttribute } from '../../domain/appearance';
import { attrCounts, attrTexts } from '../../domain/filters';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';

/** How many values of a category show before "more…". */
const FIRST_VALUES = 8;
const BINS = 20;

/** A category of another tool's file as checkboxes with counts, the most frequent first. */
const CategoryFilter = memo(function CategoryFilter({ attr }: { attr: ColourableAttribute }) {
  const t = useT();
  const store = useAppStoreApi();
  const nodes = useAppStore((s) => s.graph.nodes);
  const filters = useAppStore((s) => s.filters);
  const [all, setAll] = useState(false);
  const baseId = useId();
  const totals = useMemo(() => {
    const m = new Map<string, number>();
    for (const n of nodes) for (const v of attrTexts(n, attr.key)) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], undefined, { numeric: true }));
  }, [nodes, attr.key]);
  const counts = useMemo(() => attrCounts(nodes, filters, attr.key), [nodes, filters, attr.key]);
  const checked = filters.attrs?.[attr.key] ?? [];
  const shown = all ? totals : totals.slice(0, FIRST_VALUES);
  return (
    <fieldset className="facet">
      <legend>{attr.title}</legend>
      <ul>
        {shown.map(([value], i) => {
          const count = counts.get(value) ?? 0;
          const isChecked = checked.includes(value);
          return (
            <li key={value} className={count === 0 && !isChecked ? 'facet-option empty' : 'facet-option'}>
              <label>
                <input
                  type="checkbox"
                  aria-label={value}
                  aria-describedby={`${baseId}-${i}`}
                  checked={isChecked}
                  disabled={count === 0 && !isChecked}
                  onChange={(e) => store.getState().setAttrFilter(attr.key, value, e.currentTarget.checked)}
                />
                <span className="facet-label">{value}</span>
                <span id={`${baseId}-${i}`} className="facet-count">
                  {count}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {totals.length > FIRST_VALUES && (
        <button type="button" className="button subtle" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('fewerValues') : t('moreValues', { n: totals.length - FIRST_VALUES })}
        </button>
      )}
    </fieldset>
  );
});

/** A numeric attribute as a range slider over a histogram of its values. */
const RangeFilter = memo(function RangeFilter({ attr }: { attr: ColourableAttribute }) {
  const store = useAppStoreApi();
  const nodes = useAppStore((s) => s.graph.nodes);
  const range = useAppStore((s) => s.filters.ranges?.[attr.key]);
  const stats = useMemo(() => {
    const values = nodes.map((n) => n.attributes?.[attr.key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (values.length < 2) return null;
    const min = Math.min(...values);
    const max = Math.max(...values);
    const bins = new Array<number>(BINS).fill(0);
    for (const v of values) bins[max > min ? Math.min(BINS - 1, Math.floor(((v - min) / (max - min)) * BINS)) : 0]!++;
    return { min, max, bins, peak: Math.max(...bins) };
  }, [nodes, attr.key]);
  if (!stats || stats.max === stats.min) return null;
  const value = range ? [range[0], range[1]] : [stats.min, stats.max];
  const step = (stats.max - stats.min) / 200;
  const fmt = (v: number) => v.toLocaleString(undefined, { maximumSignificantDigits: 4 });
  return (
    <div className="facet range-filter">
      <Slider
        minValue={stats.min}
        maxValue={stats.max}
        step={step}
        value={value}
        onChange={(v) => {
          const [lo, hi] = v as number[];
          store.getState().setRangeFilter(attr.key, lo! <= stats.min && hi! >= stats.max ? null : [lo!, hi!]);
        }}
      >
        <div className="range-head">
          <Label className="range-title">{attr.title}</Label>
          <SliderOutput className="range-output">{({ state }) => `${fmt(state.values[0]!)} – ${fmt(state.values[1]!)}`}</SliderOutput>
        </div>
        <div className="histogram" aria-hidden="true">
          {stats.bins.map((b, i) => {
            const lo = stats.min + ((stats.max - stats.min) * i) / BINS;
            const inside = lo + (stats.max - stats.min) / BINS >= value[0]! && lo <= value[1]!;
            return <span key={i} className={inside ? 'bar in' : 'bar'} style={{ height: `${Math.max(2, (b / stats.peak) * 100)}%` }} />;
          })}
        </div>
        <SliderTrack className="range-track">
          <SliderThumb index={0} className="year-thumb" />
          <SliderThumb index={1} className="year-thumb" />
        </SliderTrack>
      </Slider>
    </div>
  );
});

/** Filters made from the graph's own attributes (another tool's file): categories and numeric ranges. */
export function AttributeFilters() {
  const graph = useAppStore((s) => s.graph);
  const attrs = useMemo(() => colourableAttributes(graph), [graph]);
  if (attrs.length === 0) return null;
  return (
    <>
      {attrs.map((a) => (a.kind === 'number' ? <RangeFilter key={a.key} attr={a} /> : <CategoryFilter key={a.key} attr={a} />))}
    </>
  );
}
