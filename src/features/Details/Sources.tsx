import { translateQuote } from '../../domain/article';
import type { Source } from '../../io/schema';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';

export function Sources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  const store = useAppStoreApi();
  const hasArticle = useAppStore((s) => s.articleParagraphCount > 0);
  const paragraphs = useAppStore((s) => s.articleParagraphs);
  const translation = useAppStore((s) => s.articleTranslation);
  // In English (and both names), the sentence the quote comes from is given in English too.
  const english = useAppStore((s) => s.lang !== 'zh');
  const docs = useAppStore((s) => s.graph.documents);
  const lang = useAppStore((s) => s.lang);
  if (sources.length === 0) return null;
  const docTitle = (id: string) => {
    const d = docs?.find((x) => x.id === id);
    return d ? (lang === 'en' ? d.title.en : d.title.zh) : id;
  };
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          <div className="quote">
            <blockquote lang="zh-Hant">{s.quote}</blockquote>
            {english && paragraphs && !s.document && <QuoteTranslation text={translateQuote(paragraphs, translation, s.paragraph, s.quote)} label={t('translationOfSentence')} />}
          </div>
          {s.document ? (
            <button
              type="button"
              className="paragraph-link"
              aria-label={t('openInDocument', { n: s.paragraph, doc: docTitle(s.document) })}
              title={t('openInDocument', { n: s.paragraph, doc: docTitle(s.document) })}
              onClick={() => {
                store.getState().setReaderDocument(s.document!);
                store.getState().openReader(s.paragraph);
              }}
            >
              {docTitle(s.document)} · {t('paragraph', { n: s.paragraph })}
            </button>
          ) : hasArticle ? (
            <button
              type="button"
              className="paragraph-link"
              aria-label={t('openInArticle', { n: s.paragraph })}
              title={t('openInArticle', { n: s.paragraph })}
              onClick={() => {
                store.getState().setReaderDocument(null);
                store.getState().openReader(s.paragraph);
              }}
            >
              {t('paragraph', { n: s.paragraph })}
            </button>
          ) : (
            <span className="paragraph-ref">{t('paragraph', { n: s.paragraph })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function QuoteTranslation({ text, label }: { text: string | null; label: string }) {
  if (!text) return null;
  return (
    <p className="quote-translation" lang="en">
      <span className="translation-tag">{label}</span> {text}
    </p>
  );
}
