import type { Source } from '../../io/schema';
import { useT } from '../../store/hooks';

export function Sources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          <blockquote lang="zh-Hant">{s.quote}</blockquote>
          <span className="paragraph-ref" title={t('paragraphLong', { n: s.paragraph })}>
            {t('paragraph', { n: s.paragraph })}
          </span>
        </li>
      ))}
    </ul>
  );
}
