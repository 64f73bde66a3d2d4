import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, cleanArticle } from '../../src/domain/article';
import { addDocument, addEdge, addEvidence, addNode, addRelationType, checkEdit, deleteNode, documentFromText, edgesOf, figuresToFacts, markInferred, newId, updateEdge, updateNode } from '../../src/domain/curation';
import { documentsOf } from '../../src/domain/documents';
import { EMPTY_HISTORY, jump, movedBetween, record, redo, undo, type History, type Step } from '../../src/domain/history';
import { applyMerge, planMerge } from '../../src/domain/merge';
import { validateGraph } from '../../src/io/validateGraph';
import type { Graph } from '../../src/io/schema';
import { bundledGraph } from '../fixtures';
import { importFiles } from '../../src/io/import/importGraph';
import { xmlReaders } from '../../src/io/import/xmlFormats';

const raw = readFileSync('graph-data/article.txt', 'utf8');
const article = articleParagraphs(cleanArticle(raw));
const label = (key: string) => ({ key });

describe('the undo stack', () => {
  const g0 = bundledGraph;
  const g1 = addNode(g0, { name: { zh: '测试', en: 'Test' }, aliases: [], type: g0.nodes[0]!.type, sectors: [] }).graph;
  const g2 = deleteNode(g1, 'test');
  const edit = (before: Graph, after: Graph): Step => ({ kind: 'graph', label: label('edit'), before, after });
  const drag: Step = { kind: 'positions', label: label('drag'), before: { a: { x: 0, y: 0 } }, after: { a: { x: 10, y: 5 } } };
  const layout: Step = { kind: 'positions', label: label('layout'), before: { a: { x: 10, y: 5 }, b: { x: 1, y: 1 } }, after: { a: { x: -3, y: 4 }, b: { x: 7, y: 7 } } };

  it('takes back edits, drags and layouts newest first, and does them again in order', () => {
    let h: History = EMPTY_HISTORY;
    for (const s of [edit(g0, g1), drag, layout, edit(g1, g2)]) h = record(h, s);
    const undone: Step[] = [];
    for (let r = undo(h); r; r = undo(h)) {
      undone.push(r.step);
      h = r.history;
    }
    expect(undone.map((s) => s.label.key)).toEqual(['edit', 'layout', 'drag', 'edit']);
    expect(undone[0]!.kind === 'graph' && undone[0]!.before).toBe(g1);
    expect(undo(h)).toBeNull();
    const redone: string[] = [];
    for (let r = redo(h); r; r = redo(h)) {
      redone.push(r.step.label.key);
      h = r.history;
    }
    expect(redone).toEqual(['edit', 'drag', 'layout', 'edit']);
    expect(redo(h)).toBeNull();
  });

  it('forgets what was undone once something new is done', () => {
    let h = record(record(EMPTY_HISTORY, drag), layout);
    h = undo(h)!.history;
    expect(h.future).toHaveLength(1);
    h = record(h, edit(g0, g1));
    expect(h.future).toEqual([]);
    expect(h.past.map((s) => s.label.key)).toEqual(['drag', 'edit']);
  });

  it('jumps several steps back and forward, giving the steps in the order to apply them', () => {
    let h = EMPTY_HISTORY;
    for (const s of [edit(g0, g1), drag, layout]) h = record(h, s);
    const back = jump(h, 1);
    expect(back.undo.map((s) => s.label.key)).toEqual(['layout', 'drag']);
    expect(back.redo).toEqual([]);
    const fwd = jump(back.history, 3);
    expect(fwd.redo.map((s) => s.label.key)).toEqual(['drag', 'layout']);
    expect(fwd.history.past).toHaveLength(3);
  });

  it('keeps at most the limit of steps, dropping the oldest', () => {
    let h = EMPTY_HISTORY;
    for (let i = 0; i < 5; i++) h = record(h, { ...drag, label: label(`d${i}`) }, 3);
    expect(h.past.map((s) => s.label.key)).toEqual(['d2', 'd3', 'd4']);
  });

  it('stores only the nodes a drag moved', () => {
    expect(movedBetween({ a: { x: 0, y: 0 }, b: { x: 1, y: 1 } }, { a: { x: 0.2, y: 0 }, b: { x: 9, y: 1 } })).toEqual({ before: { b: { x: 1, y: 1 } }, after: { b: { x: 9, y: 1 } } });
    expect(movedBetween({ a: { x: 0, y: 0 } }, { a: { x: 0, y: 0 } })).toBeNull();
  });
});

describe('edits are checked as validate-data checks the file', () => {
  const type = bundledGraph.nodes[0]!.type;

  it('a node added and edited is valid, marked unsourced until it has evidence', () => {
    const { graph, id } = addNode(bundledGraph, { name: { zh: '北京量子院', en: 'Beijing Academy of Quantum Information Sciences' }, aliases: ['BAQIS'], type, sectors: [] });
    expect(id).toBe('beijing-academy-of-quantum-information-sciences');
    const added = graph.nodes.find((n) => n.id === id)!;
    expect(added.unsourced).toBe(true);
    const linked = addEdge(graph, { source: id, target: 'beijing', type: 'located-in' }, { kind: 'none' }).graph;
    expect(checkEdit(linked, article)).toMatchObject({ ok: true });
    const renamed = updateNode(linked, id, { name: { zh: '北京量子信息科学研究院', en: 'BAQIS' }, aliases: [], type, country: 'CN', sectors: [] });
    const n = renamed.nodes.find((x) => x.id === id)!;
    expect(n.name).toEqual({ zh: '北京量子信息科学研究院', en: 'BAQIS' });
    expect(n.country).toBe('CN');
    expect(checkEdit(renamed, article).ok).toBe(true);
  });

  it('refuses a duplicate id, a dangling edge and an unknown type, saying why', () => {
    const dup = { ...bundledGraph, nodes: [...bundledGraph.nodes, { ...bundledGraph.nodes[0]! }] };
    expect(checkEdit(dup, article)).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('duplicate node id') })]) });
    const dangling = addEdge(bundledGraph, { source: 'beijing', target: 'nowhere', type: 'located-in' }, { kind: 'none' }).graph;
    expect(checkEdit(dangling, article)).toMatchObject({ ok: false, issues: [expect.objectContaining({ message: 'no node with id "nowhere"' })] });
    const unknown = addEdge(bundledGraph, { source: 'beijing', target: 'china', type: 'borders' }, { kind: 'none' }).graph;
    expect(checkEdit(unknown, article)).toMatchObject({ ok: false, issues: [expect.objectContaining({ message: expect.stringContaining('relation type "borders"') })] });
  });

  it('accepts a quote only if it stands verbatim in the paragraph it names', () => {
    const edge = bundledGraph.edges[0]!;
    const good = addEvidence(bundledGraph, { kind: 'edge', id: edge.id }, { quote: article[4]!.slice(0, 12), paragraph: 5 });
    expect(checkEdit(good, article).ok).toBe(true);
    const bad = addEvidence(bundledGraph, { kind: 'edge', id: edge.id }, { quote: '这句话不在文章里', paragraph: 5 });
    expect(checkEdit(bad, article)).toMatchObject({ ok: false, issues: [expect.objectContaining({ message: expect.stringContaining('is not in paragraph 5 of the cleaned article') })] });
  });

  it('a relationship of a new type, with a year and a role, inferred with a note', () => {
    const t = addRelationType(bundledGraph, { zh: '资助', en: 'funds' }, { zh: '受资助于', en: 'funded by' });
    expect(t.id).toBe('funds');
    const e = addEdge(t.graph, { source: 'beijing-science-commission', target: 'zgc-development-group', type: t.id, year: 2023, role: { zh: '出资方', en: 'funder' } }, { kind: 'inferred', note: { zh: '文中提到支持', en: 'The article says it supports it' } });
    const edge = e.graph.edges.find((x) => x.id === e.id)!;
    expect(edge).toMatchObject({ type: 'funds', year: 2023, inferred: true, sources: [] });
    expect(checkEdit(e.graph, article).ok).toBe(true);
    const edited = updateEdge(e.graph, e.id, { type: 'supports', year: 2024 });
    expect(edited.edges.find((x) => x.id === e.id)).toMatchObject({ type: 'supports', year: 2024 });
    expect(edited.edges.find((x) => x.id === e.id)!.role).toBeUndefined();
  });

  it('deleting a node takes its edges, listed first', () => {
    const edges = edgesOf(bundledGraph, 'zgc-development-group');
    expect(edges.length).toBeGreaterThan(3);
    const next = deleteNode(bundledGraph, 'zgc-development-group');
    expect(next.edges).toHaveLength(bundledGraph.edges.length - edges.length);
    expect(next.nodes.some((n) => n.id === 'zgc-development-group')).toBe(false);
  });

  it('an inferred mark replaces the unsourced one', () => {
    const { graph, id } = addNode(bundledGraph, { name: { zh: '甲', en: 'A' }, aliases: [], type, sectors: [] });
    const marked = markInferred(graph, { kind: 'node', id }, { zh: '推断', en: 'inferred' });
    expect(marked.nodes.find((n) => n.id === id)).toMatchObject({ inferred: true });
    expect(marked.nodes.find((n) => n.id === id)!.unsourced).toBeUndefined();
  });

  it('figures: one edited keeps its sources, one added gets a key, a blank row is dropped, a value that is not a number is refused', () => {
    const beijing = bundledGraph.nodes.find((n) => n.id === 'beijing')!;
    const first = beijing.facts![0]!;
    const rows = [
      { key: first.key, label: first.label, value: '190', unit: { zh: first.unit!.zh, en: first.unit!.en }, year: '', rest: first },
      { label: { zh: '研发投入', en: 'R&D spending' }, value: '3.5', unit: { zh: '亿元', en: '100M CNY' }, year: '2024' },
      { label: { zh: '', en: '' }, value: '', unit: { zh: '', en: '' }, year: '' },
    ];
    const facts = figuresToFacts(rows);
    expect(facts).toHaveLength(2);
    expect(facts[0]).toMatchObject({ key: first.key, value: 190, sources: first.sources });
    expect(facts[1]).toMatchObject({ key: 'r-d-spending', value: 3.5, year: 2024, sources: [] });
    const draft = { name: beijing.name, aliases: beijing.aliases, type: beijing.type, country: beijing.country, sectors: beijing.sectors, description: beijing.description, facts };
    const edited = updateNode(bundledGraph, 'beijing', draft);
    expect(checkEdit(edited, article).ok).toBe(true);
    expect(edited.nodes.find((n) => n.id === 'beijing')!.facts).toHaveLength(2);
    const bad = updateNode(bundledGraph, 'beijing', { ...draft, facts: figuresToFacts([{ ...rows[1]!, value: 'many' }]) });
    expect(checkEdit(bad, article)).toMatchObject({ ok: false, issues: [expect.objectContaining({ path: expect.stringContaining('facts[0].value') })] });
    // A form without figures leaves them as they are.
    expect(updateNode(bundledGraph, 'beijing', { ...draft, facts: undefined }).nodes.find((n) => n.id === 'beijing')!.facts).toEqual(beijing.facts);
  });

  it('new ids are kebab-case and unique', () => {
    expect(newId('Novo Nordisk', new Set(['novo-nordisk']))).toBe('novo-nordisk-2');
    expect(newId('  Café & Co. ', new Set())).toBe('cafe-co');
    expect(newId('中文', new Set(), 'node')).toBe('node');
  });
});

describe('documents', () => {
  it('a graph in the format before documents reads as one document, the article', () => {
    const docs = documentsOf(bundledGraph, article);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ id: 'article', title: bundledGraph.meta.article!.title });
    expect(docs[0]!.paragraphs).toBe(article);
    expect(documentsOf(bundledGraph, null)).toEqual([]);
  });

  it('a pasted text is cleaned of pinyin reading aids, split into paragraphs, traditional kept; its quotes are checked', () => {
    const doc = documentFromText('中關(guān)村發展集團\n\n在海德堡設立創新中心。\r\n', { zh: '第二篇', en: 'Second report' }, new Set());
    expect(doc).toMatchObject({ id: 'second-report', paragraphs: ['中關村發展集團', '在海德堡設立創新中心。'] });
    const g = addDocument(bundledGraph, doc);
    const edge = g.edges[0]!;
    const ok = addEvidence(g, { kind: 'edge', id: edge.id }, { quote: '海德堡設立', paragraph: 2, document: 'second-report' });
    expect(checkEdit(ok, article).ok).toBe(true);
    const wrongDoc = addEvidence(g, { kind: 'edge', id: edge.id }, { quote: '海德堡設立', paragraph: 2, document: 'third' });
    expect(checkEdit(wrongDoc, article)).toMatchObject({ ok: false, issues: [expect.objectContaining({ message: 'no document with id "third"' })] });
    const notThere = addEvidence(g, { kind: 'edge', id: edge.id }, { quote: '特拉维夫', paragraph: 2, document: 'second-report' });
    expect(checkEdit(notThere, article)).toMatchObject({ ok: false, issues: [expect.objectContaining({ message: expect.stringContaining('of document "second-report"') })] });
    // The file written with it validates as graph-data does.
    expect(validateGraph(JSON.parse(JSON.stringify(ok)), raw).issues).toEqual([]);
  });
});

describe('merging a second graph', () => {
  const type = bundledGraph.nodes[0]!.type;
  const zgc = bundledGraph.nodes.find((n) => n.id === 'zgc-development-group')!;
  const heidelberg = bundledGraph.nodes.find((n) => n.id === 'heidelberg')!;
  const incoming: Graph = {
    ...bundledGraph,
    nodes: [
      // Same id, another country: a conflict.
      { ...heidelberg, country: 'FR', aliases: [] },
      // Another id, the same Chinese name: matched by name; another type: a conflict.
      { ...zgc, id: 'zgc-group', name: { zh: zgc.name.zh, en: 'ZGC Group' }, aliases: ['中关村发展'], type: 'place' },
      // New.
      { id: 'munich', type, name: { zh: '慕尼黑', en: 'Munich' }, aliases: [], sectors: [], sources: [] },
    ],
    edges: [
      { id: 'e1', source: 'zgc-group', target: 'munich', type: 'located-in', sources: [], year: 2024 },
      ...bundledGraph.edges.filter((e) => e.source === 'zgc-development-group' && e.year !== undefined).slice(0, 1).map((e) => ({ ...e, source: 'zgc-group', year: e.year! + 1 })),
    ],
  };

  it('matches by id and by name or alias, lists conflicts of country, type and year, and what is new', () => {
    const plan = planMerge(bundledGraph, incoming);
    expect(plan.matches.map((m) => [m.incoming.id, m.existing.id, m.by])).toEqual([
      ['heidelberg', 'heidelberg', 'id'],
      ['zgc-group', 'zgc-development-group', 'name'],
    ]);
    expect(plan.matches[0]!.conflicts).toEqual([{ field: 'country', here: heidelberg.country, incoming: 'FR' }]);
    expect(plan.matches[1]!.conflicts).toEqual([{ field: 'type', here: zgc.type, incoming: 'place' }]);
    expect(plan.newNodes.map((n) => n.id)).toEqual(['munich']);
    expect(plan.newEdges).toEqual([expect.objectContaining({ id: 'e1', source: 'zgc-development-group', target: 'munich' })]);
    expect(plan.edgeMatches).toHaveLength(1);
    expect(plan.edgeMatches[0]!.conflicts[0]).toMatchObject({ field: 'year' });
  });

  it('keeps what is here on a conflict, adds aliases, and gives a valid graph', () => {
    const plan = planMerge(bundledGraph, incoming);
    const merged = applyMerge(bundledGraph, incoming, plan);
    expect(merged.nodes.find((n) => n.id === 'heidelberg')!.country).toBe(heidelberg.country);
    const z = merged.nodes.find((n) => n.id === 'zgc-development-group')!;
    expect(z.type).toBe(zgc.type);
    expect(z.aliases).toEqual(expect.arrayContaining(['ZGC Group', '中关村发展']));
    expect(merged.nodes).toHaveLength(bundledGraph.nodes.length + 1);
    expect(merged.edges).toHaveLength(bundledGraph.edges.length + 1);
    // Without evidence in the file, the new node and relationship are marked unsourced, and the graph stays valid.
    expect(merged.nodes.find((n) => n.id === 'munich')!.unsourced).toBe(true);
    expect(merged.edges.find((e) => e.id === 'e1')!.unsourced).toBe(true);
    expect(checkEdit(merged, article).ok).toBe(true);
  });

  it('renames a new node whose id is taken by something else', () => {
    const other: Graph = { ...bundledGraph, nodes: [{ id: 'beijing', type, name: { zh: '北京烤鸭', en: 'Peking duck' }, aliases: [], sectors: [], sources: [] }], edges: [] };
    const plan = planMerge({ ...bundledGraph, nodes: bundledGraph.nodes.filter((n) => n.id !== 'beijing'), edges: [] }, other);
    expect(plan.newNodes.map((n) => n.id)).toEqual(['beijing']);
    const clash = planMerge({ ...bundledGraph, edges: [] }, { ...other, nodes: [{ ...other.nodes[0]!, id: 'china' }] });
    expect(clash.matches.map((m) => m.by)).toEqual(['id']);
  });
});

describe('merging a file written by another tool', () => {
  it("Gephi's GraphML of Les Misérables into the bundled graph: nothing matches, 77 nodes and 254 links come in marked unsourced, and the graph stays valid", () => {
    const name = 'miserables.graphml';
    const r = importFiles([{ name, text: readFileSync(`tests/fixtures/real/${name}`, 'utf8') }], undefined, xmlReaders);
    if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
    const plan = planMerge(bundledGraph, r.graph);
    expect(plan.matches).toEqual([]);
    expect(plan.newNodes).toHaveLength(77);
    expect(plan.newEdges).toHaveLength(254);
    const merged = applyMerge(bundledGraph, r.graph, plan);
    expect(merged.nodes.filter((n) => n.unsourced)).toHaveLength(77);
    expect(checkEdit(merged, article)).toMatchObject({ ok: true });
    // Merged twice, the second time everything matches by id and nothing new comes.
    const again = planMerge(merged, r.graph);
    expect(again.matches).toHaveLength(77);
    expect(again.newNodes).toEqual([]);
    expect(again.newEdges).toEqual([]);
  });
});
