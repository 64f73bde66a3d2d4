import { describe, expect, it } from 'vitest';
import { articleParagraphs, cleanArticle, findQuote } from '../../src/domain/article';
import { rawArticle } from '../fixtures';

describe('cleanArticle', () => {
  const clean = cleanArticle(rawArticle);

  it('removes every pinyin annotation', () => {
    expect(rawArticle).toContain('關(guān)');
    expect(clean).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(clean).toContain('中關村發展集團');
  });

  it('keeps brackets that belong to the article', () => {
    expect(clean).toContain('中關村(北美)控股公司');
    expect(clean).toContain('內部收益率(IRR)');
    expect(clean).toContain('(資料圖片)');
  });

  it('keeps the line structure, so paragraph numbers are line numbers', () => {
    const lines = articleParagraphs(clean);
    expect(lines).toHaveLength(articleParagraphs(rawArticle).length);
    expect(lines[0]).toBe('原標題:中關村推動科技領域國際合作交流');
    expect(findQuote(lines, '1923年在丹麥成立的生物制藥公司諾和諾德')).toEqual([15]);
  });

  it('handles a byte-order mark and Windows line ends', () => {
    expect(cleanArticle('\uFEFF中關(guān)村\r\n第二行')).toBe('中關村\n第二行');
  });
});
