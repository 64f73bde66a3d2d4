/**
 * The seed article carries reading aids: most characters of some words are followed by their
 * pinyin in ASCII brackets, e.g. `關(guān)`. The cleaned article is the text with those removed;
 * every quote in graph-data must be found verbatim in it.
 *
 * A pinyin annotation is lower-case Latin letters, at least one of which carries a tone mark, or a
 * neutral-tone syllable. Bracketed text with Han characters (`(北美)`) or capitals (`(IRR)`) is
 * part of the article and stays.
 */
const PINYIN_ANNOTATION = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu;

export function cleanArticle(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(PINYIN_ANNOTATION, '');
}

/** Lines of the cleaned article; paragraph N of graph-data is `lines[N - 1]`. */
export function articleParagraphs(cleaned: string): string[] {
  return cleaned.split('\n');
}

/** Paragraph numbers (1-based) whose text contains `quote`. */
export function findQuote(paragraphs: readonly string[], quote: string): number[] {
  const hits: number[] = [];
  paragraphs.forEach((p, i) => {
    if (quote.length > 0 && p.includes(quote)) hits.push(i + 1);
  });
  return hits;
}

/** A paragraph's sentences: split after 。！？ (full stop, exclamation, question mark), punctuation kept. */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.match(/[^。！？]+[。！？]?[”」』]?/gu) ?? [];
  return parts.filter((p) => p.trim() !== '');
}

/** English sentences by paragraph number (1-based), aligned with splitSentences of the cleaned article. */
export type ArticleTranslation = ReadonlyMap<number, readonly string[]>;

/** The translation of the sentence or sentences a quote lies in, or null if there is none. */
export function translateQuote(paragraphs: readonly string[], translation: ArticleTranslation | null, paragraph: number, quote: string): string | null {
  const text = paragraphs[paragraph - 1];
  const english = translation?.get(paragraph);
  if (!text || !english) return null;
  const start = text.indexOf(quote);
  if (start < 0) return null;
  const end = start + quote.length;
  const out: string[] = [];
  let at = 0;
  splitSentences(text).forEach((sentence, i) => {
    const from = text.indexOf(sentence, at);
    at = from + sentence.length;
    if (from < end && at > start && english[i]) out.push(english[i]!);
  });
  return out.length ? out.join(' ') : null;
}

/** The translation file's paragraphs (keys are paragraph numbers) as a map. */
export function toTranslation(file: { paragraphs: Record<string, readonly string[]> }): ArticleTranslation {
  return new Map(Object.entries(file.paragraphs).map(([k, v]) => [Number(k), v]));
}
