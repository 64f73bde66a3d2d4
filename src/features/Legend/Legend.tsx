import { memo } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { pick } from '../../i18n/messages';
import { useAppStore, useT } from '../../store/hooks';

/** On a small screen the legend starts folded: the canvas has no corner to spare. */
const roomyScreen = () => typeof window === 'undefined' || (window.innerWidth >= 1280 && window.innerHeight >= 820);

export const Legend = memo(function Legend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const types = useAppStore((s) => s.graph.vocabularies.nodeTypes);
  const sizeBy = useAppStore((s) => s.sizeBy);
  const explain = sizeBy === 'degree' ? t('sizeExplainDegree') : sizeBy === 'betweenness' ? t('sizeExplainBetweenness') : t('sizeExplainNone');
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
          <ul>
            {types.map((type) => (
              <li key={type.id}>
                <span className={`swatch shape-${type.shape}`} style={{ background: type.color }} aria-hidden="true" />
                {pick(type.label, l)}
              </li>
            ))}
            <li>
              <span className="edge-swatch" aria-hidden="true" />
              {l === 'zh' ? '原文所述关系' : 'stated in the article'}
            </li>
            <li>
              <span className="edge-swatch dashed" aria-hidden="true" />
              {t('inferredShort')}
            </li>
          </ul>
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
