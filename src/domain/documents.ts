import { ARTICLE_DOCUMENT, type Graph, type Localized } from '../io/schema';

/** A text the reader can show and sources can quote: the article, or a document a curator added. */
export interface ReadableDocument {
  id: string;
  title: Localized;
  date?: string;
  paragraphs: readonly string[];
}

/**
 * The graph's documents, the article first. A file in the format before documents (the article
 * only) reads as one document; a graph with neither has none.
 */
export function documentsOf(graph: Graph, articleParagraphs: readonly string[] | null): ReadableDocument[] {
  const article: ReadableDocument[] = articleParagraphs
    ? [{ id: ARTICLE_DOCUMENT, title: graph.meta.article?.title ?? graph.meta.title, ...(graph.meta.article?.date ? { date: graph.meta.article.date } : {}), paragraphs: articleParagraphs }]
    : [];
  return [...article, ...(graph.documents ?? [])];
}
