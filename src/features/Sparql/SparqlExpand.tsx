import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { SparqlSession, PredicateCount } from '../../sparql/session';
import { COUNT_CAP, PAGE } from '../../sparql/session';
import { SparqlError } from '../../sparql/client';
import { publishSession } from '../../sparql/active';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';

/**
 * "Expand" (展开) for a node of a SPARQL session: its neighbour counts per predicate and direction
 * before anything loads, then a page at a time; remove from the canvas; hide a predicate.
 */
export function SparqlExpand({ session, iri }: { session: SparqlSession; iri: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => (s.lang === 'zh' ? 'zh' : 'en'));
  const [counts, setCounts] = useState<PredicateCount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setCounts(null);
    setError(null);
    session
      .counts(iri, controller.signal)
      .then((c) => !controller.signal.aborted && setCounts(c))
      .catch((err: unknown) => !controller.signal.aborted && !(err instanceof SparqlError && err.kind === 'aborted') && setError(String((err as Error).message ?? err)));
    // An expand the person leaves behind (another node chosen) is cancelled.
    return () => controller.abort();
  }, [session, iri, round]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      // Marks for bench/sparql.ts and anyone profiling: from the press to the frame that draws the new nodes.
      performance.mark('zgc:expand-start');
      await work();
      publishSession(session, store, null);
      requestAnimationFrame(() => performance.mark('zgc:expand-drawn'));
      setRound((r) => r + 1);
    } catch (err) {
      setError((err as Error).message ?? String(err));
    } finally {
      setBusy(false);
    }
  };

  const shown = counts?.filter((c) => !session.hiddenPredicates.has(c.predicate)) ?? [];
  return (
    <section aria-labelledby="sparql-expand-h" className="sparql-expand" aria-busy={busy || counts === null}>
      <h3 id="sparql-expand-h">{t('sparqlExpand')}</h3>
      {error && (
        <p role="alert" className="sparql-error">
          {t('sparqlFailed', { error })}
        </p>
      )}
      {counts === null && !error && <p className="muted small">{t('sparqlCounting')}</p>}
      {counts && shown.length === 0 && <p className="muted small">{t('sparqlNoNeighbours')}</p>}
      {shown.length > 0 && (
        <>
          <Button className="button" isDisabled={busy} onPress={() => void run(() => session.expand(iri))}>
            {t('sparqlExpandAll')}
          </Button>
          <table className="sparql-counts">
            <tbody>
              {shown.map((c) => {
                const left = c.count - c.loaded;
                const n = Math.min(PAGE, Math.max(left, 0));
                return (
                  <tr key={`${c.dir} ${c.predicate}`}>
                    <th scope="row" title={c.predicate}>
                      <span aria-hidden="true">{c.dir === 'out' ? '→ ' : '← '}</span>
                      <span className="sr-only">{t(c.dir === 'out' ? 'sparqlOutgoing' : 'sparqlIncoming')} </span>
                      {session.termName(c.predicate, lang)}
                    </th>
                    <td className="num">{c.more ? `${COUNT_CAP.toLocaleString()}+` : c.count.toLocaleString()}</td>
                    <td>
                      {n > 0 && (
                        <Button
                          className="button subtle"
                          isDisabled={busy}
                          aria-label={`${t(c.loaded ? 'sparqlLoadMore' : 'sparqlLoadPage', { n })}: ${session.termName(c.predicate, lang)}`}
                          onPress={() => void run(() => session.expand(iri, { predicate: c.predicate, dir: c.dir }))}
                        >
                          {t(c.loaded ? 'sparqlLoadMore' : 'sparqlLoadPage', { n })}
                        </Button>
                      )}
                      <Button
                        className="button subtle"
                        isDisabled={busy}
                        aria-label={`${t('sparqlHidePredicate')}: ${session.termName(c.predicate, lang)}`}
                        onPress={() => void run(async () => session.hidePredicate(c.predicate))}
                      >
                        ×
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <Button
        className="button subtle"
        isDisabled={busy || session.nodes.size <= 1}
        onPress={() => {
          session.remove(iri);
          store.getState().select(null);
          publishSession(session, store, null);
        }}
      >
        {t('sparqlRemove')}
      </Button>
    </section>
  );
}
