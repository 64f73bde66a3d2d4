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
