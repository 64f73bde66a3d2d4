import { Fragment, lazy, Suspense, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { documentsOf } from '../../domain/documents';
import { ARTICLE_DOCUMENT, type GraphNode } from '../../io/schema';
import { contentLangOf, pick } from '../../i18n/messages';
import { Button, Menu, MenuItem, Popover, Switch } from 'react-aria-components';
import { buildReaderModel, coverage, keysFor, supportsOf, type ReaderModel, type Supported } from '../../domain/reader';
import { useAppStore, useAppStoreApi, useEdgeName, useNodeName, useT } from '../../store/hooks';

type Convert = (s: string) => string;

// Edit mode's evidence bar loads with it.
const EvidenceBar = lazy(() => import('../Curate/EvidenceBar').then((m) => ({ default: m.EvidenceBar })));

/**
 * Simplified characters for the document's text, when the switch is on: the search worker, which holds
 * the page's one traditional-to-simplified dictionary, converts every segment in one request.
 */
function useConverter(on: boolean, model: ReaderModel | null, nodes: readonly GraphNode[]): Convert | null {
  const [converted, setConverted] = useState<{ model: ReaderModel; map: Map<string, string> } | null>(null);
  useEffect(() => {
    if (!on || !model || converted?.model === model) return;
    let live = true;
    const texts = [...new Set(model.paragraphs.flatMap((p) => p.segments.map((seg) => seg.text)))];
    import('../Search/searchClient')
      .then((m) => m.sharedSearchClient(nodes).simplify(texts))
      .then((out) => live && setConverted({ model, map: new Map(texts.map((t, i) => [t, out[i] ?? t])) }))
      .catch(() => undefined); // a closed index (graph replaced): the next model asks again
    return () => {
      live = false;
    };
  }, [on, model, nodes, converted]);
  const map = on && converted?.model === model ? converted.map : null;
  return map ? (s) => map.get(s) ?? s : null;
}

export function ReaderPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const articleParagraphs = useAppStore((s) => s.articleParagraphs);
  const graph = useAppStore((s) => s.graph);
  const editMode = useAppStore((s) => s.editMode);
  const readerDocument = useAppStore((s) => s.readerDocument);
  // The article and any documents added: one is shown, chosen with the switcher.
  const docs = useMemo(() => documentsOf(graph, articleParagraphs), [graph, articleParagraphs]);
  const doc = docs.find((d) => d.id === readerDocument) ?? docs[0];
  const paragraphs = doc?.paragraphs ?? null;
  const isArticle = doc?.id === 'article';
  const [bodyEl, setBodyEl] = useState<HTMLDivElement | null>(null);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.lang);
  const selection = useAppStore((s) => s.selection);
  const target = useAppStore((s) => s.readerTarget);
  const simplified = useAppStore((s) => s.simplified);
  const readingMode = useAppStore((s) => s.readingMode);
  const articleTranslation = useAppStore((s) => s.articleTranslation);
  const translation = isArticle ? articleTranslation : null;
  // The English translation follows the interface language until the person sets it.
  const [englishSet, setEnglish] = useState<boolean | null>(null);
  const showEnglish = !!translation && (englishSet ?? lang !== 'zh');
  const body = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<{ anchor: HTMLElement; items: Supported[] } | null>(null);

  const model = useMemo(() => (paragraphs && doc ? buildReaderModel(paragraphs, graph, doc.id) : null), [paragraphs, graph, doc]);
  const current = useMemo(() => new Set(model && selection ? keysFor(model, selection) : []), [model, selection]);
  const cov = useMemo(() => (model ? coverage(model) : null), [model]);
  const convert = useConverter(simplified, model, graph.nodes);

  const nodeName = useNodeName();
  const edgeName = useEdgeName();
  const nameOf = (s: Supported) => (s.kind === 'node' ? nodeName(s.id) : edgeName(s.id));
  const englishNames = (keys: string[]) =>
    model
      ? supportsOf(model, keys)
          .filter((s) => s.kind === 'node')
          .map((s) => index.nodeById.get(s.id)?.name.en ?? s.id)
          .join(' · ')
      : '';

  // What the reader keeps in view while its panel opens and settles (its width, and so every
  // paragraph's height, changes as it opens), until the person scrolls it themselves.
  const anchor = useRef<{ el: Element; block: ScrollLogicalPosition } | null>(null);
  const keepInView = (el: Element | null | undefined, block: ScrollLogicalPosition) => {
    anchor.current = el ? { el, block } : null;
    el?.scrollIntoView({ block });
  };
  useEffect(() => {
    const root = body.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const a = anchor.current;
      if (a?.el.isConnected) a.el.scrollIntoView({ block: a.block });
    });
    observer.observe(root);
    const release = () => {
      anchor.current = null;
    };
    root.addEventListener('wheel', release, { passive: true });
    root.addEventListener('touchmove', release, { passive: true });
    root.addEventListener('keydown', release);
    return () => {
      observer.disconnect();
      root.removeEventListener('wheel', release);
      root.removeEventListener('touchmove', release);
      root.removeEventListener('keydown', release);
    };
  }, [model]);

  // Bring the selection's quotes into view.
  useEffect(() => {
    if (!selection || !body.current) return;
    keepInView(body.current.querySelector('mark[aria-current="true"]'), 'center');
  }, [selection]);

  // Scroll to a paragraph on request (a link in the details panel, a shared URL).
  useEffect(() => {
    if (!target || !body.current) return;
    keepInView(body.current.querySelector(`[data-paragraph="${target.paragraph}"]`), 'start');
  }, [target]);

  // Follow which paragraph is at the top of the reader, for the URL and reading mode.
  useEffect(() => {
    const root = body.current;
    if (!root || typeof IntersectionObserver === 'undefined') return;
    const visible = new Map<number, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) visible.set(Number((e.target as HTMLElement).dataset.paragraph), e.isIntersecting);
        const top = [...visible].filter(([, v]) => v).map(([n]) => n).sort((a, b) => a - b)[0];
        if (top !== undefined && top !== store.getState().readerParagraph) store.getState().setReaderParagraph(top);
      },
      { root, rootMargin: '0px 0px -60% 0px' },
    );
    root.querySelectorAll('[data-paragraph]').forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [model, store]);

  const choose = (el: HTMLElement, keys: string[]) => {
    if (!model) return;
    const items = supportsOf(model, keys);
    if (items.length === 1) store.getState().select(items[0]!);
    else if (items.length > 1) setMenu({ anchor: el, items });
  };
  const onMarkClick = (e: MouseEvent<HTMLElement>) => choose(e.currentTarget, (e.currentTarget.dataset.keys ?? '').split(' '));
  const onMarkKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(e.currentTarget, (e.currentTarget.dataset.keys ?? '').split(' '));
    }
  };

  if (!model || !cov) {
    return (
      <section className="reader" aria-label={t('article')}>
        <p className="empty-state">{t('noArticle')}</p>
      </section>
    );
  }
  const text = (s: string) => (convert ? convert(s) : s);
  const total = cov.covered.length + cov.uncovered.length;
  return (
    <section className="reader" aria-label={t('article')}>
      <header className="reader-head">
        {docs.length > 1 ? (
          <label className="doc-switcher">
            <span className="sr-only">{t('documentSwitcher')}</span>
            <select className="text-input" value={doc!.id} onChange={(e) => store.getState().setReaderDocument(e.target.value)}>
              {docs.map((d) => (
                <option key={d.id} value={d.id}>
                  {pick(d.title, contentLangOf(lang))}
                </option>
              ))}
            </select>
          </label>
        ) : (
          // The one document: the article, or (a graph read from a SPARQL store) what was read from it.
          <h2>{doc && doc.id !== ARTICLE_DOCUMENT ? pick(doc.title, contentLangOf(lang)) : t('article')}</h2>
        )}
        <Switch className="switch" isSelected={simplified} onChange={(v) => store.getState().setSimplified(v)}>
          <span className="switch-track" aria-hidden="true" />
          {t('simplified')}
        </Switch>
        {translation && (
          <Switch className="switch" isSelected={showEnglish} onChange={setEnglish}>
            <span className="switch-track" aria-hidden="true" />
            {t('showTranslation')}
          </Switch>
        )}
        <Switch className="switch" isSelected={readingMode} onChange={(v) => store.getState().setReadingMode(v)}>
          <span className="switch-track" aria-hidden="true" />
          {t('readingMode')}
        </Switch>
        <Button className="icon-button" aria-label={t('closeArticle')} onPress={onClose}>
          ×
        </Button>
      </header>
      <nav className="coverage" aria-label={t('coverage')}>
        <p>{t('coverageSummary', { covered: cov.covered.length, total })}</p>
        <ol>
          {model.paragraphs
            .filter((p) => p.kind !== 'empty')
            .map((p) => {
              const covered = cov.covered.includes(p.n);
              return (
                <li key={p.n}>
                  <button
                    type="button"
                    className={covered ? 'cell covered' : 'cell'}
                    aria-label={t(covered ? 'paragraphCovered' : 'paragraphNotCovered', { n: p.n })}
                    title={t(covered ? 'paragraphCovered' : 'paragraphNotCovered', { n: p.n })}
                    onClick={() => store.getState().openReader(p.n)}
                  />
                </li>
              );
            })}
        </ol>
      </nav>
      <div
        className="reader-body"
        ref={(el) => {
          body.current = el;
          setBodyEl(el);
        }}
        lang={simplified ? 'zh-Hans' : 'zh-Hant'}
        tabIndex={0}
      >
        {model.paragraphs.map((p) => {
          if (p.kind === 'empty') return null;
          const content = p.segments.map((seg) =>
            seg.keys.length ? (
              <mark
                key={seg.start}
                data-keys={seg.keys.join(' ')}
                tabIndex={0}
                aria-current={seg.keys.some((k) => current.has(k)) ? 'true' : undefined}
                title={englishNames(seg.keys)}
                onClick={onMarkClick}
                onKeyDown={onMarkKey}
              >
                {text(seg.text)}
              </mark>
            ) : (
              <span key={seg.start}>{text(seg.text)}</span>
            ),
          );
          const Tag = p.kind === 'heading' ? 'h3' : 'p';
          const english = showEnglish ? translation?.get(p.n) : undefined;
          return (
            <Fragment key={p.n}>
              <Tag data-paragraph={p.n} className={`reader-${p.kind}`}>
                <span className="pnum" aria-label={t('paragraphLong', { n: p.n })}>
                  {p.n}
                </span>
                <span className="ptext">{content}</span>
              </Tag>
              {english && (
                <p className={`reader-translation ${p.kind}`} lang="en">
                  <span className="translation-tag">{t('translationLabel')}</span> {english.join(' ')}
                </p>
              )}
            </Fragment>
          );
        })}
      </div>
      {editMode && paragraphs && doc && (
        <Suspense fallback={null}>
          <EvidenceBar root={bodyEl} paragraphs={paragraphs} document={doc.id} />
        </Suspense>
      )}
      {menu && (
        <Popover triggerRef={{ current: menu.anchor }} isOpen onOpenChange={(open) => !open && setMenu(null)} placement="bottom start" className="popover">
          <Menu
            aria-label={t('supportsMenu')}
            className="menu"
            autoFocus="first"
            onAction={(key) => {
              const [kind, ...rest] = String(key).split(':');
              store.getState().select({ kind: kind === 'edge' ? 'edge' : 'node', id: rest.join(':') });
              setMenu(null);
            }}
          >
            {menu.items.map((s) => (
              <MenuItem key={`${s.kind}:${s.id}`} id={`${s.kind}:${s.id}`} className="menu-item">
                {nameOf(s)}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      )}
    </section>
  );
}
