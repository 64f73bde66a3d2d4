import { memo, useEffect, useMemo, useState } from 'react';
import { capabilities, colourKey, type Colouring } from '../../domain/appearance';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { pick } from '../../i18n/messages';
import { useAppStore, useT } from '../../store/hooks';

/** On a small screen the legend starts folded: the canvas has no corner to spare. */
const roomyScreen = () => typeof window === 'undefined' || (window.innerWidth >= 1280 && window.innerHeight >= 820);

export const Legend = memo(function Legend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const graph = useAppStore((s) => s.graph);
  const types = graph.vocabularies.nodeTypes;
  const caps = useMemo(() => capabilities(graph), [graph]);
  const colourBy = useAppStore((s) => s.colourBy);
  const fileKey = useMemo(() => colourKey(graph), [graph]);
  const [computed, setComputed] = useState<Colouring['legend']>(null);
  useEffect(() => {
    if (colourBy === 'type' || colourBy === 'file') return setComputed(null);
    let live = true;
    void import('../../domain/colouring').then(({ colouringOf }) => {
      if (live) setComputed(colouringOf(graph, colourBy, { community: t('community'), other: t('otherValues') })?.legend ?? null);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t follows lang, which the words need
  }, [graph, colourBy, lang]);
  const key = colourBy === 'file' ? fileKey : computed && 'entries' in computed ? computed : null;
  const gradient = computed && 'ramp' in computed ? computed : null;
  const sizeBy = useAppStore((s) => s.sizeBy);
  const sizeTitle = sizeBy.startsWith('attr:') ? (graph.meta.attributes?.nodes.find((d) => d.key === sizeBy.slice(5))?.title ?? sizeBy.slice(5)) : '';
  const explain =
    sizeBy === 'degree'
      ? t('sizeExplainDegree')
      : sizeBy === 'betweenness'
        ? t('sizeExplainBetweenness')
        : sizeBy === 'pagerank'
          ? t('sizeExplainPagerank')
          : sizeBy === 'file'
          ? t('sizeExplainFile')
          : sizeTitle
            ? t('sizeExplainAttr', { name: sizeTitle })
            : t('sizeExplainNone');
  const l = lang === 'both' ? 'en' : lang;
  // A disclosure: folded to its title, it uncovers the corner of the canvas it sits on.
  return (
    <section className="legend" aria-label={t('legend')}>
      <Disclosure defaultExpanded={roomyScreen()}>
        <Heading className="legend-title">
          <Button slot="trigger" className="legend-toggle">
            {t('legend')}
            <span className="legend-chevron" aria-hidden="true" />
          </Button>
        </Heading>
        <DisclosurePanel>
          {key ? (
            <>
              {/* The file's own colours, explained by the attribute they follow. */}
              <p className="legend-key-title">{key.title}</p>
              <ul>
                {key.entries.slice(0, 16).map((e) => (
                  <li key={e.value}>
                    <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
                    {e.value} <span className="muted">({e.count})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : gradient ? (
            <>
              <p className="legend-key-title">{gradient.title}</p>
              <div className="legend-ramp" style={{ background: `linear-gradient(to right, ${gradient.ramp.join(', ')})` }} aria-hidden="true" />
              <p className="legend-ramp-ends">
                <span>{gradient.min.toLocaleString()}</span>
                <span>{gradient.max.toLocaleString()}</span>
              </p>
            </>
          ) : caps.fileColours && colourBy === 'file' ? (
            <p className="legend-key-title">{t('coloursFromFile')}</p>
          ) : (
            <ul>
              {(caps.types ? types : []).map((type) => (
                <li key={type.id}>
                  <span className={`swatch shape-${type.shape}`} style={{ background: type.color }} aria-hidden="true" />
                  {pick(type.label, l)}
                </li>
              ))}
            </ul>
          )}
          {caps.inferred && (
            <ul>
              {caps.quotes && (
                <li>
                  <span className="edge-swatch" aria-hidden="true" />
                  {l === 'zh' ? '原文所述关系' : 'stated in the article'}
                </li>
              )}
              {caps.inferred && (
                <li>
                  <span className="edge-swatch dashed" aria-hidden="true" />
                  {t('inferredShort')}
                </li>
              )}
            </ul>
          )}
          <p className="legend-size">
            <span className="size-dots" aria-hidden="true">
              <span /> <span /> <span />
            </span>
            {t('sizeExplained', { mode: explain })}
          </p>
        </DisclosurePanel>
      </Disclosure>
    </section>
  );
});
