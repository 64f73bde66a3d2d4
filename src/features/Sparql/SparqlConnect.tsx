import { useEffect, useRef, useState } from 'react';
import { Button, Dialog, Heading, Input, Label, ListBox, ListBoxItem, Modal, SearchField, Text, TextArea, TextField } from 'react-aria-components';
import { useGraphLoader } from '../../app/GraphLoader';
import { SparqlError } from '../../sparql/client';
import type { SearchResult, SparqlSession } from '../../sparql/session';
import { openSession, typedVocabulary, vocabularyFor } from '../../sparql/connect';
import { EMBEDDED_ENDPOINT } from '../../sparql/embedded';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';
import { activeSparql, publishSession } from '../../sparql/active';
import { QueryConsole } from './QueryConsole';
import { contentLangOf } from '../../i18n/messages';

const PRESETS = [
  { key: 'sparqlPresetEmbedded', url: EMBEDDED_ENDPOINT },
  { key: 'sparqlPresetWikidata', url: 'https://query.wikidata.org/sparql' },
  { key: 'sparqlPresetVirtuoso', url: 'http://127.0.0.1:8890/sparql' },
] as const;

/** "Name: value" lines as headers, or the number of the first line that is not one. */
export function parseHeaders(text: string): Record<string, string> | { badLine: number } {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*:\s*(.*)$/.exec(line);
    if (!m || /[\r\n]/.test(m[2]!)) return { badLine: i + 1 };
    out[m[1]!] = m[2]!;
  }
  return out;
}

const message = (err: unknown) => (err instanceof SparqlError || err instanceof Error ? err.message : String(err));

/** The "Connect to a SPARQL endpoint" dialog: endpoint, named graph, headers; then search it. */
export function SparqlConnect({
  isOpen,
  onOpenChange,
  initialUrl,
  initialError = null,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  initialUrl?: string;
  initialError?: string | null;
}) {
  const t = useT();
  const loader = useGraphLoader();
  const [url, setUrl] = useState(initialUrl ?? activeSparql()?.endpointUrl ?? '');
  const [graph, setGraph] = useState('');
  const [headers, setHeaders] = useState('');
  // Reopened while exploring an endpoint: connected to it already, with its console.
  const [session, setSession] = useState<SparqlSession | null>(() => activeSparql());
  const [outline, setOutline] = useState<{ classes: { iri: string; count: number }[]; predicates: { iri: string; count: number }[] } | null>(() =>
    activeSparql() ? { classes: [], predicates: [] } : null,
  );
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const termLang = contentLangOf(lang);
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [searching, setSearching] = useState(false);
  // The vocabulary: empty fields keep what is detected for the endpoint (shown as placeholders).
  const [vocabFields, setVocabFields] = useState({ labels: '', type: '', description: '', country: '', date: '' });
  const defaults = vocabularyFor(url.trim());
  const pending = useRef<AbortController | null>(null);

  useEffect(() => {
    if (initialUrl) setUrl(initialUrl);
  }, [initialUrl]);

  const connect = async () => {
    setError(null);
    const h = parseHeaders(headers);
    if ('badLine' in h) {
      setError(t('sparqlBadHeader', { line: h.badLine }));
      return;
    }
    const typed = typedVocabulary(vocabFields);
    if ('bad' in typed) {
      setError(t('sparqlBadIri', { iri: typed.bad }));
      return;
    }
    let s: SparqlSession;
    try {
      s = openSession(url.trim(), { headers: h as Record<string, string>, graph: graph.trim() || null, vocab: typed.vocab });
    } catch {
      setError(t('sparqlBadUrl'));
      return;
    }
    setBusy(true);
    try {
      const found = await s.outline();
      setOutline(found);
      setSession(s);
      // Their names follow (the end of each IRI meanwhile): the outline never waits for them.
      void s.nameTerms([...found.classes, ...found.predicates].map((x) => x.iri)).then(() => setOutline((shown) => (shown === found ? { ...found } : shown)));
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  };

  // Search as the person types: the previous question is cancelled when a new one starts.
  useEffect(() => {
    if (!session) return;
    pending.current?.abort();
    if (!query.trim()) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    const timer = setTimeout(() => {
      setSearching(true);
      session
        .search(query, controller.signal, termLang)
        .then((r) => !controller.signal.aborted && (setResults(r), setError(null)))
        .catch((err) => !controller.signal.aborted && setError(message(err)))
        .finally(() => !controller.signal.aborted && setSearching(false));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [session, query, termLang]);

  /** Puts what the console found on the canvas: into the graph of this session, or a new one. */
  const show = async (work: (s: SparqlSession) => Promise<unknown>) => {
    if (!session || !loader) return;
    await work(session);
    if (activeSparql() !== session) onOpenChange(false);
    publishSession(session, store, loader);
  };

  const choose = async (iri: string) => {
    if (!session || !loader) return;
    setBusy(true);
    try {
      await session.load([iri]);
      onOpenChange(false);
      publishSession(session, store, loader, iri);
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal isOpen={isOpen} onOpenChange={onOpenChange} isDismissable className="modal">
      <Dialog className="dialog sparql-dialog" aria-label={t('sparqlConnect')}>
        <Heading slot="title">{t('sparqlConnect')}</Heading>
        <form
          className="sparql-form"
          onSubmit={(e) => {
            e.preventDefault();
            void connect();
          }}
        >
          <TextField value={url} onChange={setUrl} isRequired autoFocus>
            <Label>{t('sparqlEndpoint')}</Label>
            <Input className="text-input" spellCheck={false} />
            <Text slot="description" className="muted small">
              {t('sparqlEndpointHelp')}
            </Text>
          </TextField>
          <div className="sparql-presets" role="group" aria-label={t('sparqlPresets')}>
            {PRESETS.map((p) => (
              <Button key={p.key} className="button subtle" onPress={() => setUrl(p.url)}>
                {t(p.key)}
              </Button>
            ))}
          </div>
          <TextField value={graph} onChange={setGraph}>
            <Label>{t('sparqlGraph')}</Label>
            <Input className="text-input" spellCheck={false} />
          </TextField>
          <TextField value={headers} onChange={setHeaders}>
            <Label>{t('sparqlHeaders')}</Label>
            <TextArea className="text-input" rows={2} spellCheck={false} />
          </TextField>
          <details className="sparql-vocab">
            <summary>{t('sparqlVocabulary')}</summary>
            <p className="muted small">{t('sparqlVocabularyHelp')}</p>
            <TextField value={vocabFields.labels} onChange={(labels) => setVocabFields({ ...vocabFields, labels })}>
              <Label>{t('sparqlVocabLabels')}</Label>
              <TextArea className="text-input" rows={2} spellCheck={false} placeholder={defaults.labels.join('\n')} />
            </TextField>
            <TextField value={vocabFields.type} onChange={(type) => setVocabFields({ ...vocabFields, type })}>
              <Label>{t('sparqlVocabType')}</Label>
              <Input className="text-input" spellCheck={false} placeholder={defaults.type} />
            </TextField>
            <TextField value={vocabFields.description} onChange={(description) => setVocabFields({ ...vocabFields, description })}>
              <Label>{t('sparqlVocabDescription')}</Label>
              <Input className="text-input" spellCheck={false} placeholder={defaults.description ?? ''} />
            </TextField>
            <TextField value={vocabFields.country} onChange={(country) => setVocabFields({ ...vocabFields, country })}>
              <Label>{t('sparqlVocabCountry')}</Label>
              <Input className="text-input" spellCheck={false} placeholder={defaults.country ?? t('sparqlVocabCountryAuto')} />
            </TextField>
            <TextField value={vocabFields.date} onChange={(date) => setVocabFields({ ...vocabFields, date })}>
              <Label>{t('sparqlVocabDate')}</Label>
              <Input className="text-input" spellCheck={false} placeholder={defaults.date ?? t('sparqlVocabDateAuto')} />
            </TextField>
          </details>
          <div className="dialog-actions">
            <Button type="submit" className="button primary" isDisabled={busy}>
              {busy && !session ? t('sparqlConnecting') : t('sparqlConnectButton')}
            </Button>
            <Button slot="close" className="button">
              {t('cancel')}
            </Button>
          </div>
        </form>
        {error && (
          <p role="alert" className="sparql-error">
            {error}
          </p>
        )}
        {session && outline && (
          <section aria-label={t('sparqlConnected', { endpoint: session.endpointUrl })} className="sparql-connected">
            <p className="muted small">{t('sparqlConnected', { endpoint: session.endpointUrl })}</p>
            <details hidden={outline.classes.length + outline.predicates.length === 0}>
              <summary>{t('sparqlOutline')}</summary>
              <ul className="sparql-outline">
                {outline.classes.map((c) => (
                  <li key={`c${c.iri}`} title={c.iri}>
                    {session.termName(c.iri, termLang)} <span className="muted">{c.count.toLocaleString()}</span>
                  </li>
                ))}
                {outline.predicates.map((p) => (
                  <li key={`p${p.iri}`} title={p.iri}>
                    → {session.termName(p.iri, termLang)} <span className="muted">{p.count.toLocaleString()}</span>
                  </li>
                ))}
              </ul>
            </details>
            <SearchField value={query} onChange={setQuery} aria-describedby="sparql-search-help">
              <Label>{t('sparqlSearch')}</Label>
              <Input className="text-input" />
            </SearchField>
            <p id="sparql-search-help" className="muted small">
              {searching ? t('sparqlSearching') : t('sparqlSearchHelp')}
            </p>
            {results && (
              <ListBox
                aria-label={t('sparqlResults')}
                className="sparql-results"
                items={results.map((r) => ({ ...r, id: r.iri }))}
                onAction={(key) => void choose(String(key))}
                renderEmptyState={() => <span className="muted">{t('sparqlNoResults')}</span>}
              >
                {(r) => (
                  <ListBoxItem id={r.iri} textValue={r.name} className="sparql-result">
                    <span className="sparql-result-name">{r.name}</span>
                    {r.kind && <span className="muted small"> · {r.kind}</span>}
                    {r.about && <span className="muted small sparql-result-about">{r.about}</span>}
                  </ListBoxItem>
                )}
              </ListBox>
            )}
            <details className="console-disclosure">
              <summary>{t('sparqlConsole')}</summary>
              <QueryConsole session={session} onAdd={(iri) => show((s) => s.load([iri]))} onDraw={(triples) => show((s) => s.drawTriples(triples))} />
            </details>
          </section>
        )}
      </Dialog>
    </Modal>
  );
}
