import { z } from 'zod';
import { articleParagraphs, cleanArticle, splitSentences, toTranslation, translateQuote } from '../domain/article';
import type { Graph } from './schema';
import type { ValidationIssue } from './validateGraph';

/** graph-data/article.en.json: an English translation of the article, sentence by sentence. */
export const translationSchema = z.object({
  note: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  paragraphs: z.record(z.string().regex(/^[1-9]\d*$/, 'paragraph keys are paragraph numbers'), z.array(z.string().trim().min(1, 'a sentence must not be empty'))),
});
export type TranslationFile = z.infer<typeof translationSchema>;


/**
 * Checks the translation against the article and the graph: every paragraph with text is translated,
 * sentence for sentence (splitSentences of the cleaned paragraph), and so every quote of the graph
 * has the translation of the sentences it lies in.
 */
export function validateTranslation(data: unknown, rawArticle: string, graph: Graph): ValidationIssue[] {
  const parsed = translationSchema.safeParse(data);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
  const issues: ValidationIssue[] = [];
  const paragraphs = articleParagraphs(cleanArticle(rawArticle));
  const translation = toTranslation(parsed.data);
  for (const n of translation.keys()) if (n > paragraphs.length) issues.push({ path: `paragraphs.${n}`, message: `the article has no paragraph ${n}` });
  paragraphs.forEach((text, i) => {
    const n = i + 1;
    const want = splitSentences(text).length;
    if (want === 0) return;
    const got = translation.get(n);
    if (!got) issues.push({ path: `paragraphs.${n}`, message: `paragraph ${n} has no translation` });
    else if (got.length !== want) issues.push({ path: `paragraphs.${n}`, message: `paragraph ${n} has ${want} sentence(s) in the article and ${got.length} in the translation` });
  });
  // Quotes of the article only: a curator's added document has no translation file.
  const check = (sources: readonly { quote: string; paragraph: number; document?: string }[], path: string) =>
    sources.forEach((s, k) => {
      if (s.document) return;
      if (!translateQuote(paragraphs, translation, s.paragraph, s.quote)) issues.push({ path: `${path}[${k}]`, message: `no translation for the quote "${s.quote}" (paragraph ${s.paragraph})` });
    });
  graph.nodes.forEach((node, i) => {
    check(node.sources, `graph: nodes[${i}].sources`);
    node.facts?.forEach((f, j) => check(f.sources, `graph: nodes[${i}].facts[${j}].sources`));
  });
  graph.edges.forEach((e, i) => check(e.sources, `graph: edges[${i}].sources`));
  return issues;
}
