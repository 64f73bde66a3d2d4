import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { shortestPaths } from '../../domain/explore';
import { pick } from '../../i18n/messages';
import { useAppStore, useAppStoreApi, useNodeName, useT } from '../../store/hooks';

/** The shortest paths between two chosen nodes, as readable chains with each step's evidence. */
export function PathPanel() {
  const t = useT();
  const store = useAppStoreApi();
  const path = useAppStore((s) => s.path);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  const name = useNodeName();
  const paths = useMemo(() => (path?.to ? shortestPaths(index, path.from, path.to) : null), [index, path]);
  if (!path?.to || !paths) return null;
  const l = lang === 'both' ? 'en' : lang;
  const relations = new Map(index.graph.vocabularies.relationTypes.map((r) => [r.id, r]));
  return (
    <section className="path-panel" aria-labelledby="path-h">
      <div className="path-head">
        <h2 id="path-h">{t('path')}</h2>
        <Button className="button subtle" onPress={() => store.getState().setPath(null)}>
          {t('clearPath')}
        </Button>
      </div>
      {paths.length === 0 ? (
        <p role="status">{t('noPath', { from: name(path.from), to: name(path.to) })}</p>
      ) : (
        <>
          <p className="muted">{t('pathsFound', { count: paths.length, steps: paths[0]!.steps.length })}</p>
          <ol className="paths">
            {paths.map((p, i) => (
              <li key={i}>
                <p className="chain">
                  {p.steps.map((step, j) => {
                    const edge = step.edges[0]!;
                    const r = relations.get(edge.type);
                    const forward = edge.source === step.from;
                    const label = r ? pick(forward ? r.label : r.inverse, l) : edge.type;
                    return (
                      <span key={j}>
                        {j === 0 && <b>{name(step.from)}</b>}
                        {' → '}
                        <span className="relation">{label}</span>
                        {' → '}
                        <b>{name(step.to)}</b>
                      </span>
                    );
                  })}
                </p>
                <ul className="step-quotes">
                  {p.steps.map((step, j) => {
                    const src = step.edges[0]!.sources[0];
                    return src ? (
                      <li key={j}>
                        <blockquote lang="zh-Hant">{src.quote}</blockquote>
                        <span className="paragraph-ref">{t('paragraph', { n: src.paragraph })}</span>
                      </li>
                    ) : null;
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
