import type { Source } from '../../io/schema';
import { useAppStore, useAppStoreApi, useT } from '../../store/hooks';

export function Sources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  const store = useAppStoreApi();
  const hasArticle = useAppStore((s) => s.articleParagraphCount > 0);
  if (sources.length === 0) return null;
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          <blockquote lang="zh-Hant">{s.quote}</blockquote>
          {hasArticle ? (
            <button type="button" className="paragraph-link" aria-label={t('openInArticle', { n: s.paragraph })} title={t('openInArticle', { n: s.paragraph })} onClick={() => store.getState().openReader(s.paragraph)}>
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
