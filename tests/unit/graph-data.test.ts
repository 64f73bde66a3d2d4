import { describe, expect, it } from 'vitest';
import { articleParagraphs, cleanArticle } from '../../src/domain/article';
import { indexGraph } from '../../src/domain/graph';
import { validateGraph } from '../../src/io/validateGraph';
import { bundledGraph as g, rawArticle, rawGraph } from '../fixtures';

const index = indexGraph(g);
const paragraphs = articleParagraphs(cleanArticle(rawArticle));
const node = (id: string) => {
  const n = index.nodeById.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const hasEdge = (source: string, type: string, target: string) =>
  g.edges.some((e) => e.source === source && e.type === type && e.target === target);
const edge = (source: string, type: string, target: string) => g.edges.find((e) => e.source === source && e.type === type && e.target === target);
const fact = (id: string, key: string) => node(id).facts?.find((f) => f.key === key);

describe('graph-data as a whole', () => {
  it('passes the validator, against the article', () => {
    const result = validateGraph(rawGraph, rawArticle);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is large enough to cover the article', () => {
    expect(g.nodes.length).toBeGreaterThan(50);
    expect(g.edges.length).toBeGreaterThan(70);
  });

  it('traces every edge and every node to a verbatim quote of the cleaned article', () => {
    const all = [...g.nodes.flatMap((n) => n.sources), ...g.edges.flatMap((e) => e.sources)];
    expect(all.length).toBeGreaterThan(g.nodes.length + g.edges.length - 1);
    for (const e of g.edges) expect(e.sources.length).toBeGreaterThan(0);
    for (const n of g.nodes) expect(n.sources.length, n.id).toBeGreaterThan(0);
    for (const s of all) expect(paragraphs[s.paragraph - 1], s.quote).toContain(s.quote);
  });

  it('names every node in simplified Chinese and English', () => {
    for (const n of g.nodes) {
      expect(n.name.zh).toMatch(/[\u4e00-\u9fff]|[A-Z]/);
      expect(n.name.en).toMatch(/[A-Za-z]/);
      expect(n.name.zh, n.id).not.toMatch(/[關發團國際與華區]/); // traditional forms belong in aliases
    }
  });
});

describe('facts of the article in the graph', () => {
  it('the Heidelberg centre is in Germany and was set up by 中关村发展集团', () => {
    expect(node('zgc-heidelberg-centre').country).toBe('DE');
    expect(hasEdge('zgc-development-group', 'founded', 'zgc-heidelberg-centre')).toBe(true);
    expect(hasEdge('zgc-heidelberg-centre', 'located-in', 'heidelberg')).toBe(true);
    expect(hasEdge('heidelberg', 'located-in', 'germany')).toBe(true);
  });

  it('the group has centres in Silicon Valley, Heidelberg and Tel Aviv and offices in Toronto, Helsinki and Tokyo', () => {
    const founded = g.edges.filter((e) => e.source === 'zgc-development-group' && e.type === 'founded').map((e) => node(e.target).country);
    expect(new Set(founded)).toEqual(new Set(['US', 'DE', 'IL', 'CA', 'FI', 'JP', 'CN']));
  });

  it('Elsevier is part of RELX, and The Lancet is a RELX journal, published (the graph infers) by Elsevier', () => {
    expect(hasEdge('elsevier', 'subsidiary-of', 'relx')).toBe(true);
    expect(hasEdge('the-lancet', 'part-of', 'relx')).toBe(true);
    expect(hasEdge('the-lancet', 'published-by', 'relx')).toBe(false);
    expect(edge('the-lancet', 'published-by', 'elsevier')?.inferred).toBe(true);
    expect(node('relx').country).toBe('GB');
    expect(node('relx').name.en).toBe('RELX');
  });

  it('corrections from reading every edge against the article', () => {
    // The US dollar fund of funds is being set up, not set up.
    expect(hasEdge('zgc-international', 'founded', 'usd-fund-of-funds')).toBe(false);
    expect(hasEdge('zgc-international', 'working-to-set-up', 'usd-fund-of-funds')).toBe(true);
    // Beijing and Elsevier mapped talent together, from 2016 to 2018; nobody founded it.
    expect(g.edges.filter((e) => e.target === 'beijing-talent-mapping' && e.type === 'founded')).toEqual([]);
    expect(edge('elsevier', 'participates-in', 'beijing-talent-mapping')).toMatchObject({ year: 2016, endYear: 2018 });
    // The measures support foreign-funded R&D centres, not the city; they are very likely the Regulations.
    expect(hasEdge('foreign-rd-support-measures', 'supports', 'beijing')).toBe(false);
    expect(hasEdge('foreign-rd-support-measures', 'supports', 'foreign-rd-centres')).toBe(true);
    expect(edge('foreign-rd-support-measures', 'possibly-same-as', 'foreign-rd-centre-regulations')?.inferred).toBe(true);
    // The demonstration zone spans Beijing; the Life Science Park is not "in Zhongguancun".
    expect(hasEdge('zgc-demonstration-zone', 'part-of', 'zhongguancun')).toBe(false);
    expect(hasEdge('zgc-life-science-park', 'located-in', 'zhongguancun')).toBe(false);
    expect(node('zhongguancun').aliases).not.toContain('Zhongguancun Science Park');
    // Relations that claimed more than their quote.
    expect(hasEdge('beijing', 'implements', '13th-five-year-plan')).toBe(false);
    expect(hasEdge('yang-song', 'supports', 'zgc-forum')).toBe(false);
    expect(hasEdge('novo-nordisk', 'located-in', 'beijing')).toBe(false);
    expect(hasEdge('novo-nordisk-china-rd', 'located-in', 'beijing')).toBe(true);
    // Lu Jiang spoke in 2022, the year of the briefing, about the forum upgraded in 2021.
    expect(edge('lu-jiang', 'spoke-about', 'zgc-forum')).toMatchObject({ year: 2022, yearInferred: true });
    // Inferences are marked as such.
    expect(edge('press-briefing', 'located-in', 'beijing')?.inferred).toBe(true);
    expect(edge('beijing-science-commission', 'implements', 'foreign-rd-incentive-plan')?.inferred).toBe(true);
    for (const p of ['yang-song', 'zhao-qing', 'han-dan', 'zhang-yuguo', 'lu-jiang']) expect(node(p).inferredFields).toContain('country');
    for (const c of ['zgc-heidelberg-centre', 'zgc-tel-aviv-centre', 'zgc-toronto-office', 'zgc-helsinki-office', 'zgc-tokyo-office']) expect(node(c).inferredFields).toContain('name');
    // What was missing.
    expect(hasEdge('beijing-science-commission', 'organises', 'cell-symposium-beijing')).toBe(true);
    expect(hasEdge('beijing', 'implements', 'overseas-innovation-carriers')).toBe(true);
    expect(hasEdge('beijing', 'implements', 'bring-in-strategy') && hasEdge('beijing', 'implements', 'going-out-strategy')).toBe(true);
    expect(hasEdge('innovo-platform', 'partner-of', 'innovo-partners')).toBe(true);
    expect(hasEdge('han-dan', 'spoke-about', 'novo-nordisk-china-rd') && hasEdge('zhang-yuguo', 'spoke-about', 'relx')).toBe(true);
    expect(fact('zgc-forum', 'guests')).toMatchObject({ value: 1000, qualifier: 'over', year: 2021 });
    expect(fact('novo-nordisk-china-rd', 'years-in-china')).toMatchObject({ value: 20, qualifier: 'over' });
    expect(node('novo-nordisk-china-rd').name.en).toBe('Novo Nordisk Research Centre China');
  });

  it('Novo Nordisk was founded in Denmark in 1923 and its China R&D centre in 1997', () => {
    expect(node('novo-nordisk').country).toBe('DK');
    expect(fact('novo-nordisk', 'founded')?.value).toBe(1923);
    expect(fact('novo-nordisk-china-rd', 'founded')?.value).toBe(1997);
    expect(hasEdge('novo-nordisk', 'founded', 'novo-nordisk-china-rd')).toBe(true);
  });

  it('the China R&D centre is in the Zhongguancun Life Science Park and was recognised by the commission', () => {
    expect(hasEdge('novo-nordisk-china-rd', 'located-in', 'zgc-life-science-park')).toBe(true);
    const e = g.edges.find((x) => x.source === 'novo-nordisk-china-rd' && x.type === 'recognised-by');
    expect(e?.target).toBe('beijing-science-commission');
    expect(e?.date).toBe('2022-08');
  });

  it('INNOVO was founded in March 2019 and has evaluated 80+ projects, partnered with 30+, 2 in the pipeline', () => {
    expect(g.edges.find((e) => e.target === 'innovo-platform' && e.type === 'founded')?.date).toBe('2019-03');
    expect(fact('novo-nordisk-china-rd', 'projects-evaluated')).toMatchObject({ value: 80, qualifier: 'over' });
    expect(fact('novo-nordisk-china-rd', 'projects-partnered')).toMatchObject({ value: 30, qualifier: 'over' });
    expect(fact('novo-nordisk-china-rd', 'projects-in-pipeline')?.value).toBe(2);
  });

  it('Beijing has 189 foreign-funded enterprises with R&D functions', () => {
    expect(fact('beijing', 'foreign-rd-enterprises')?.value).toBe(189);
  });

  it('29 companies form the first batch of foreign R&D centres, Novo Nordisk among them', () => {
    expect(fact('first-foreign-rd-centres', 'recognised-companies')?.value).toBe(29);
    expect(hasEdge('novo-nordisk', 'part-of', 'first-foreign-rd-centres')).toBe(true);
  });

  it('the overseas fund family: about USD 150 million committed, USD 1 billion mobilised, IRR 38%', () => {
    expect(fact('zgc-overseas-fund-family', 'committed-capital')).toMatchObject({ value: 150_000_000, qualifier: 'about' });
    expect(fact('zgc-overseas-fund-family', 'investment-scale')?.value).toBe(1_000_000_000);
    expect(fact('zgc-overseas-fund-family', 'irr')?.value).toBe(38);
    expect(hasEdge('zgc-international', 'invested-in', 'zgc-overseas-fund-family')).toBe(true);
  });

  it('the Zhongguancun Forum was upgraded in 2021: 140 organisations, 66 countries and regions, 100,000 attendances', () => {
    expect(fact('zgc-forum', 'upgraded')?.value).toBe(2021);
    expect(fact('zgc-forum', 'intl-organisations')?.value).toBe(140);
    expect(fact('zgc-forum', 'countries-regions')?.value).toBe(66);
    expect(fact('zgc-forum', 'attendance')?.value).toBe(100_000);
  });

  it('the officials and their roles', () => {
    expect(g.edges.find((e) => e.source === 'yang-song' && e.type === 'works-for')?.role?.zh).toBe('副处长');
    expect(hasEdge('zhao-qing', 'works-for', 'beijing-science-commission')).toBe(true);
    expect(hasEdge('han-dan', 'leads', 'novo-nordisk-china-rd')).toBe(true);
    expect(hasEdge('lu-jiang', 'leads', 'zgc-international')).toBe(true);
    expect(hasEdge('zhang-yuguo', 'works-for', 'relx')).toBe(true);
  });

  it('RELX and the commission have cooperated since 2018; the Cell Symposium is part of the forum', () => {
    expect(g.edges.find((e) => e.source === 'relx' && e.type === 'partner-of')?.year).toBe(2018);
    expect(hasEdge('cell-symposium-beijing', 'part-of', 'zgc-forum')).toBe(true);
    expect(fact('cell-symposium-beijing', 'editions')?.value).toBe(4);
  });

  it('the first overseas subsidiary, in Silicon Valley, dates from 2015', () => {
    const e = g.edges.find((x) => x.source === 'zgc-north-america' && x.type === 'subsidiary-of');
    expect(e?.target).toBe('zgc-development-group');
    expect(e?.year).toBe(2015);
    expect(node('zgc-north-america').country).toBe('US');
  });

  it('marks what the article does not say as inferred', () => {
    expect(node('elsevier').inferredFields).toContain('country');
    expect(g.edges.find((e) => e.source === 'the-lancet' && e.target === 'elsevier')?.inferred).toBe(true);
    expect(g.edges.filter((e) => e.inferred).length).toBeGreaterThan(3);
  });
});

describe('graph-data as the page reads it', () => {
  it('is already in its parsed form, so the page can use it without running the schema', async () => {
    const { graphSchema } = await import('../../src/io/schema');
    expect(graphSchema.parse(rawGraph)).toEqual(rawGraph);
  });
});
