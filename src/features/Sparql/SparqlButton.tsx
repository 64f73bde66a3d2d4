import { lazy, Suspense, useState } from 'react';
import { Button } from 'react-aria-components';
import { activeSparql } from '../../sparql/active';
import { useT } from '../../store/hooks';

// The dialog and the SPARQL code load when the button is first pressed, or when ?sparql= asks.
const SparqlConnect = lazy(() => import('./SparqlConnect').then((m) => ({ default: m.SparqlConnect })));

const requested = (() => {
  const v = new URLSearchParams(window.location.search).get('sparql');
  return v && v.length <= 2048 ? v : null;
})();

/** "SPARQL…" in the toolbar: opens the dialog that connects to an endpoint (also opened by ?sparql=). */
export function SparqlButton() {
  const t = useT();
  // Asked for by the address, it opens unless a session from that endpoint is open already.
  const [open, setOpen] = useState(requested !== null && activeSparql() === null);
  const change = setOpen;
  return (
    <>
      <Button className="button" onPress={() => change(true)} aria-label={t('sparqlConnect')}>
        {t('sparqlShort')}…
      </Button>
      {open && (
        <Suspense fallback={null}>
          <SparqlConnect isOpen={open} onOpenChange={change} initialUrl={requested ?? undefined} />
        </Suspense>
      )}
    </>
  );
}
