import { PresentBar } from '../Views/ViewsPanel';
import { useEffect, useMemo, useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup, Select, SelectValue, Slider, SliderOutput, SliderThumb, SliderTrack, Switch } from 'react-aria-components';
import { graphYears } from '../../domain/explore';
import { capabilities, colourableAttributes, type ColourBy } from '../../domain/appearance';
import type { MessageKey } from '../../i18n/messages';
import { hasHardwareGpu } from '../../renderer/gpu';
import { graphCommands } from '../../renderer/commands';
import { LARGE_GRAPH_NODES } from '../../renderer/stylesheet';
import { LAYOUTS, SIZE_MODES, UNDATED_MODES, type LayoutName, type SizeBy, type Undated } from '../../store/appStore';
import { useAppStore, useAppStoreApi, useNodeName, useT } from '../../store/hooks';

const LAYOUT_LABEL: Record<LayoutName, MessageKey> = {
  force: 'layoutForce',
  concentric: 'layoutConcentric',
  type: 'layoutType',
  group: 'layoutGroup',
  country: 'layoutCountry',
  map: 'layoutMap',
};
const UNDATED_LABEL: Record<Undated, MessageKey> = { show: 'undatedShow', dim: 'undatedDim', hide: 'undatedHide' };
const SIZE_LABEL: Record<(typeof SIZE_MODES)[number], MessageKey> = { degree: 'sizeDegree', betweenness: 'sizeBetweenness', pagerank: 'sizePagerank', none: 'sizeNone', file: 'sizeFile' };

function YearControl() {
  const t = useT();
  const store = useAppStoreApi();
  const index = useAppStore((s) => s.index);
  const year = useAppStore((s) => s.year);
  const undated = useAppStore((s) => s.undated);
  const years = useMemo(() => graphYears(index), [index]);
  const [playing, setPlaying] = useState(false);
  const min = years[0];
  const max = years.at(-1);

  useEffect(() => {
    if (!playing || min === undefined || max === undefined) return;
    const timer = setInterval(() => {
      const current = store.getState().year ?? min - 1;
      // Step through the years the graph mentions, not every calendar year.
      const next = years.find((y) => y > current);
      if (next === undefined) {
        setPlaying(false);
        store.getState().setYear(null);
      } else store.getState().setYear(next);
    }, 900);
    return () => clearInterval(timer);
  }, [playing, years, min, max, store]);

  if (min === undefined || max === undefined || min === max) return null;
  const current = year ?? max;
  // The slider moves from one year the graph mentions to the next: a century without events is one step.
  const snap = (v: number) => (v > current ? (years.find((y) => y >= v) ?? max) : v < current ? ([...years].reverse().find((y) => y <= v) ?? min) : v);
  return (
    <div className="year-control">
      <Slider
        className="year-slider"
        minValue={min}
        maxValue={max}
        value={current}
        formatOptions={{ useGrouping: false }}
        onChange={(v) => {
          const next = snap(v);
          store.getState().setYear(next >= max ? null : next);
        }}
      >
        <div className="year-head">
          <Label>{t('year')}</Label>
          <SliderOutput className="year-output">{({ state }) => (year === null ? t('allYears') : String(state.values[0]))}</SliderOutput>
        </div>
        <SliderTrack className="year-track">
          {years.map((y) => (
            <span key={y} className="year-tick" style={{ left: `${((y - min) / (max - min)) * 100}%` }} aria-hidden="true" />
          ))}
          <SliderThumb className="year-thumb" />
        </SliderTrack>
      </Slider>
      <Button
        className="icon-button"
        aria-label={playing ? t('pause') : t('playTimeline')}
        onPress={() => {
          if (!playing) store.getState().setYear(min);
          setPlaying(!playing);
        }}
      >
        {playing ? '❚❚' : '▶'}
      </Button>
      {year !== null && (
        <RadioGroup className="segmented small undated" aria-label={t('undatedItems')} orientation="horizontal" value={undated} onChange={(v) => store.getState().setUndated(v as Undated)}>
          <span className="field-label" aria-hidden="true">{t('undatedItems')}</span>
          {UNDATED_MODES.map((m) => (
            <Radio key={m} value={m}>
              {t(UNDATED_LABEL[m])}
            </Radio>
          ))}
        </RadioGroup>
      )}
    </div>
  );
}

/** Layout, node size and timeline, above the canvas; banners for focus and path picking. */
export function GraphControls() {
  const t = useT();
  const store = useAppStoreApi();
  const layout = useAppStore((s) => s.layout);
  const sizeBy = useAppStore((s) => s.sizeBy);
  const colourBy = useAppStore((s) => s.colourBy);
  const graph = useAppStore((s) => s.graph);
  const fileSizes = capabilities(graph).fileSizes;
  // Layouts that need what the graph may not have: types, countries, places.
  const caps = capabilities(graph);
  const places = useMemo(() => graph.nodes.some((n) => n.geo), [graph]);
  // Any number can size the nodes, numbered classes too (they colour and filter as categories).
  const numeric = useMemo(() => {
    const numbers = new Set((graph.meta.attributes?.nodes ?? []).filter((d) => d.type === 'number').map((d) => d.key));
    return colourableAttributes(graph).filter((a) => numbers.has(a.key));
  }, [graph]);
  return (
    <div className="graph-controls">
      <RadioGroup className="segmented" aria-label={t('layout')} orientation="horizontal" value={layout} onChange={(v) => store.getState().setLayout(v as LayoutName)}>
        {LAYOUTS.filter((l) =>
          l === 'type'
            ? caps.types
            : l === 'country'
              ? caps.countries
              : l === 'map'
                ? caps.countries || places
                : l === 'group'
                  ? // By type says it already where the colours are the types.
                    !caps.types || colourBy !== 'type' || layout === 'group'
                  : true,
        ).map((l) => (
          <Radio key={l} value={l}>
            {t(LAYOUT_LABEL[l])}
          </Radio>
        ))}
      </RadioGroup>
      <Button className="button" onPress={() => store.getState().resetLayout()}>
        {t('resetLayout')}
      </Button>
      {numeric.length ? (
        // A file with numbers to size by: the size modes and those attributes in one list.
        <Choice
          label={t('nodeSize')}
          value={sizeBy}
          options={[
            ...SIZE_MODES.filter((m) => m !== 'file' || fileSizes).map((m) => ({ id: m as SizeBy, label: t(SIZE_LABEL[m]) })),
            ...numeric.map((a) => ({ id: `attr:${a.key}` as SizeBy, label: a.title })),
          ]}
          onChange={(k) => store.getState().setSizeBy(k)}
        />
      ) : (
        <RadioGroup className="segmented" aria-label={t('nodeSize')} orientation="horizontal" value={sizeBy} onChange={(v) => store.getState().setSizeBy(v as SizeBy)}>
          <span className="field-label" aria-hidden="true">{t('nodeSize')}</span>
          {SIZE_MODES.filter((m) => m !== 'file' || fileSizes).map((m) => (
            <Radio key={m} value={m}>
              {t(SIZE_LABEL[m])}
            </Radio>
          ))}
        </RadioGroup>
      )}
      <ColourControl />
      <LabelControl />
      <YearControl />
      <GpuSwitch />
    </div>
  );
}

/** A labelled choice above the canvas (React Aria's Select): a button showing the choice, a list. */
function Choice<K extends string>({ label, value, options, onChange }: { label: string; value: K; options: { id: K; label: string }[]; onChange: (k: K) => void }) {
  return (
    <Select className="select" selectedKey={value} onSelectionChange={(k) => k !== null && onChange(String(k) as K)}>
      <Label className="field-label">{label}</Label>
      <Button className="button select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover" placement="bottom start">
        <ListBox className="menu" items={options}>
          {(o) => (
            <ListBoxItem id={o.id} className="menu-item" textValue={o.label}>
              {o.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** What colours the nodes: type, the file's colours, communities (Louvain), or any attribute. */
function ColourControl() {
  const t = useT();
  const store = useAppStoreApi();
  const graph = useAppStore((s) => s.graph);
  const colourBy = useAppStore((s) => s.colourBy);
  const options = useMemo(() => {
    const caps = capabilities(graph);
    const out: { id: ColourBy; label: string }[] = [];
    if (caps.types || !caps.fileColours) out.push({ id: 'type', label: t('colourType') });
    if (caps.fileColours) out.push({ id: 'file', label: t('colourFile') });
    if (graph.edges.length > 0) out.push({ id: 'community', label: t('colourCommunity') });
    for (const a of colourableAttributes(graph)) out.push({ id: `attr:${a.key}`, label: a.title });
    return out;
  }, [graph, t]);
  if (options.length < 2) return null;
  return <Choice label={t('colourBy')} value={colourBy} options={options} onChange={(k) => store.getState().setColourBy(k)} />;
}

/** What labels the nodes: their names, or one of the file's attributes. */
function LabelControl() {
  const t = useT();
  const store = useAppStoreApi();
  const graph = useAppStore((s) => s.graph);
  const field = useAppStore((s) => s.labelField);
  const options = useMemo(
    () => [{ id: '', label: t('labelName') }, ...(graph.meta.attributes?.nodes ?? []).map((d) => ({ id: `attr:${d.key}`, label: d.title }))],
    [graph, t],
  );
  if (options.length < 2) return null;
  return (
    <Choice label={t('labelBy')} value={field === null ? '' : `attr:${field}`} options={options} onChange={(k) => store.getState().setLabelField(k === '' ? null : k.slice(5))} />
  );
}

/** Cytoscape's WebGL renderer, for large graphs, where the browser draws on a hardware GPU. */
function GpuSwitch() {
  const t = useT();
  const store = useAppStoreApi();
  const large = useAppStore((s) => s.graph.nodes.length > LARGE_GRAPH_NODES);
  const webgl = useAppStore((s) => s.webgl);
  const [gpu] = useState(() => large && hasHardwareGpu());
  if (!large || !gpu) return null;
  return (
    <Switch className="switch" isSelected={webgl} onChange={(v) => store.getState().setWebgl(v)}>
      <span className="switch-track" aria-hidden="true" />
      {t('gpuRendering')}
    </Switch>
  );
}

export function ExploreBanners() {
  const t = useT();
  const store = useAppStoreApi();
  const focus = useAppStore((s) => s.focus);
  const path = useAppStore((s) => s.path);
  const index = useAppStore((s) => s.index);
  const name = useNodeName();
  const layout = useAppStore((s) => s.layout);
  const [offMap, setOffMap] = useState(0);
  useEffect(() => {
    if (layout !== 'map') {
      setOffMap(0);
      return;
    }
    let live = true;
    void import('../../domain/geo').then(({ nodeLocations }) => live && setOffMap(index.graph.nodes.length - nodeLocations(index).size));
    return () => {
      live = false;
    };
  }, [layout, index]);
  const progress = useAppStore((s) => s.layoutProgress);
  const drawing = useAppStore((s) => s.drawProgress);
  const count = useAppStore((s) => s.graph.nodes.length);
  return (
    <div className="banners">
      <PresentBar />
      {drawing && (
        <div className="banner" role="status">
          <span>{t('drawing', { done: drawing.done.toLocaleString(), total: drawing.total.toLocaleString() })}</span>
          <progress max={drawing.total} value={drawing.done} aria-label={t('drawingProgress')} />
        </div>
      )}
      {progress && (
        <div className="banner" role="status">
          <span>{t(progress === 'running' ? 'layoutRunning' : 'layoutStopped', { n: count.toLocaleString() })}</span>
          <Button className="button subtle" onPress={() => (progress === 'running' ? graphCommands()?.stopLayout() : graphCommands()?.resumeLayout())}>
            {t(progress === 'running' ? 'stopLayout' : 'resumeLayout')}
          </Button>
        </div>
      )}
      {focus && (
        <div className="banner">
          <span>{t('focusedOn', { name: name(focus.id), k: focus.k })}</span>
          <Button className="button subtle" onPress={() => store.getState().setFocus(null)}>
            {t('showAll')}
          </Button>
        </div>
      )}
      {offMap > 0 && <div className="banner">{t('offMap', { count: offMap })}</div>}
      {path && path.to === null && (
        <div className="banner accent" role="status">
          <span>{t('pickPathEnd', { name: name(path.from) })}</span>
          <Button className="button subtle" onPress={() => store.getState().setPath(null)}>
            {t('cancel')}
          </Button>
        </div>
      )}
    </div>
  );
}
