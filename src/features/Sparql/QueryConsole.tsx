import { useState } from 'react';
import { Button, Label, TextArea, TextField } from 'react-aria-components';
import type { Row } from '../../sparql/client';
import type { SparqlSession } from '../../sparql/session';
import { useT } from '../../store/hooks';

const SAMPLE = 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20';
/** Rows shown; the rest are counted. */
const SHOWN = 200;

type Result = { kind: 'rows'; vars: string[]; rows: Row[] } | { kind: 'triples'; triples: [string, string, string][]; literals: number };

/**
 * A query of one's own against the endpoint: SELECT results as a table whose IRIs can be put on
 * the canvas, CONSTRUCT results drawn on it.
 */
export function QueryConsole({ session, onAdd, onDraw }: { session: SparqlSession; onAdd: (iri: string) => Promise<void>; onDraw: (triples: [string, string, string][]) => Promise<void> }) {
  const t = useT();
  const [query, setQuery] = useState(SAMPLE);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError((err as Error).message ?? String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="query-console" aria-label={t('sparqlConsole')}>
      <TextField value={query} onChange={setQuery}>
        <Label>{t('sparqlQuery')}</Label>
        <TextArea className="text-input mono" rows={5} spellCheck={false} />
      </TextField>
      <Button className="button" isDisabled={busy || !query.trim()} onPress={() => void act(async () => setResult(await session.runQuery(query)))}>
        {busy ? t('sparqlRunning') : t('sparqlRun')}
      </Button>
      {error && (
        <p role="alert" className="sparql-error">
          {error}
        </p>
      )}
      {result?.kind === 'rows' && (
        <div className="query-table-wrap">
          <table className="query-table">
            <caption className="muted small">{t('sparqlRows', { n: result.rows.length.toLocaleString(), shown: Math.min(SHOWN, result.rows.length).toLocaleString() })}</caption>
            <thead>
              <tr>
                {result.vars.map((v) => (
                  <th key={v} scope="col">
                    ?{v}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.slice(0, SHOWN).map((r, i) => (
                <tr key={i}>
                  {result.vars.map((v) => {
                    const term = r[v];
                    return (
                      <td key={v}>
                        {term?.value ?? ''}
                        {term?.type === 'uri' && (
                          <Button className="button subtle small" isDisabled={busy} aria-label={`${t('sparqlAdd')}: ${term.value}`} onPress={() => void act(() => onAdd(term.value))}>
                            +
                          </Button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result?.kind === 'triples' && (
        <p>
          {t('sparqlTriples', { n: result.triples.length.toLocaleString(), literals: result.literals.toLocaleString() })}{' '}
          <Button className="button" isDisabled={busy || !result.triples.length} onPress={() => void act(() => onDraw(result.triples))}>
            {t('sparqlDraw')}
          </Button>
        </p>
      )}
    </section>
  );
}
