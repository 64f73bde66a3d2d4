import { describe, expect, it } from 'vitest';
import { articleParagraphs, cleanArticle, splitSentences, toTranslation, translateQuote } from '../../src/domain/article';
import { validateTranslation, type TranslationFile } from '../../src/io/translation';
import { bundledGraph, rawArticle, rawTranslation } from '../fixtures';

const paragraphs = articleParagraphs(cleanArticle(rawArticle));
const file = rawTranslation as TranslationFile;
const translation = toTranslation(file);

describe('the English translation of the article', () => {
  it('translates every paragraph sentence for sentence, and so every quote of the graph', () => {
    expect(validateTranslation(rawTranslation, rawArticle, bundledGraph)).toEqual([]);
  });

  it('splits a paragraph after 。 and keeps a closing quotation mark with its sentence', () => {
    expect(splitSentences('甲说:“一。二。”三。')).toEqual(['甲说:“一。', '二。”', '三。']);
    expect(splitSentences('中關村搭建國際交流平臺')).toEqual(['中關村搭建國際交流平臺']);
  });

  it("gives a quote the translation of the sentence it lies in, or of every sentence it spans", () => {
    expect(translateQuote(paragraphs, translation, 15, '1997年,諾和諾德中國研發中心成立')).toMatch(/^The Novo Nordisk China R&D Centre was founded in 1997/);
    const two = translateQuote(paragraphs, translation, 9, '累計10萬人次線上線下參加。今年');
    expect(two).toContain('100,000 attendances');
    expect(two).toContain('This year');
    expect(translateQuote(paragraphs, translation, 15, 'not in the article')).toBeNull();
    expect(translateQuote(paragraphs, null, 15, '諾和諾德')).toBeNull();
  });

  it('refuses a translation that misses a paragraph or a sentence, naming where', () => {
    const broken = structuredClone(file);
    delete (broken.paragraphs as Record<string, string[]>)['15'];
    broken.paragraphs['9'] = broken.paragraphs['9']!.slice(0, 2);
    const issues = validateTranslation(broken, rawArticle, bundledGraph);
    expect(issues).toContainEqual({ path: 'paragraphs.15', message: 'paragraph 15 has no translation' });
    expect(issues).toContainEqual({ path: 'paragraphs.9', message: 'paragraph 9 has 3 sentence(s) in the article and 2 in the translation' });
    expect(issues.some((i) => i.message.startsWith('no translation for the quote') && i.message.includes('(paragraph 15)'))).toBe(true);
    expect(validateTranslation({ note: { zh: 'x', en: 'x' }, paragraphs: { '99': ['x'] } }, rawArticle, bundledGraph)).toContainEqual({ path: 'paragraphs.99', message: 'the article has no paragraph 99' });
  });
});
