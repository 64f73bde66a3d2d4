import { lazy, Suspense, useEffect, useState } from 'react';
import { useGraphLoader } from '../../app/GraphLoader';
import { Button } from 'react-aria-components';
import { activeSparql } from '../../sparql/active';
import { useT } from '../../store/hooks';

// The dialog and the SPARQL code load when the button is first pressed, or when ?sparql= asks.
const SparqlConnect = lazy(() => import('./SparqlConnect').then((m) => ({ default: m.SparqlConnect })));

const requested = (() => {
  const v = new URLSearchParams(window.location.search).get('sparql');
  return v && v.length <= 2048 ? v : null;
})();
const reload = (() => {
  const v = new URLSearchParams(window.location.search).get('load');
  return v && v.length <= 8000 ? v.split(' ').filter(Boolean).slice(0, 500) : null;
})();
let restoring = false;

/** "SPARQL…" in the toolbar: opens the dialog that connects to an endpoint (also opened by ?sparql=). */
export function SparqlButton() {
  const t = useT();
  const loader = useGraphLoader();
  // A link with loaded IRIs (load=) reconnects and loads them; without, the dialog opens.
  const [open, setOpen] = useState(requested !== null && activeSparql() === null && !reload);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const change = setOpen;
  useEffect(() => {
    if (!requested || !reload || activeSparql() !== null || !loader || restoring) return;
    restoring = true;
    void (async () => {
      try {
        const { reopen } = await import('./reopen');
        await reopen(requested, reload, loader);
      } catch (err) {
        setRestoreError((err as Error).message ?? String(err));
        setOpen(true);
      }
    })();
  }, [loader]);
  return (
    <>
      <Button className="button" onPress={() => change(true)} aria-label={t('sparqlConnect')}>
        {t('sparqlShort')}…
      </Button>
      {open && (
        <Suspense fallback={null}>
          <SparqlConnect isOpen={open} onOpenChange={change} initialUrl={requested ?? undefined} initialError={restoreError} />
        </Suspense>
      )}
    </>
  );
}
