import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/io/validateGraph';
import { graphCopy, rawArticle } from '../fixtures';
import type { Graph } from '../../src/io/schema';

function problems(mutate: (g: Graph) => void) {
  const g = graphCopy();
  mutate(g);
  const result = validateGraph(JSON.parse(JSON.stringify(g)), rawArticle);
  expect(result.ok).toBe(false);
  return result.issues;
}

describe('validateGraph refuses broken copies of graph-data, naming the path and the problem', () => {
  it('duplicate node ids', () => {
    expect(problems((g) => g.nodes.push({ ...g.nodes[0]! }))).toContainEqual({ path: `nodes[${91}]`, message: 'duplicate node id "beijing-municipal-government"' });
  });

  it('an edge to a missing node', () => {
    expect(problems((g) => (g.edges[0]!.target = 'nowhere'))).toContainEqual({ path: 'edges[0].target', message: 'no node with id "nowhere"' });
  });

  it('an undefined relation type, node type or sector', () => {
    const issues = problems((g) => {
      g.edges[1]!.type = 'likes';
      g.nodes[2]!.type = 'unicorn';
      g.nodes[3]!.sectors = ['alchemy'];
    });
    expect(issues).toContainEqual({ path: 'edges[1].type', message: 'relation type "likes" is not in vocabularies.relationTypes' });
    expect(issues).toContainEqual({ path: 'nodes[2].type', message: 'node type "unicorn" is not in vocabularies.nodeTypes' });
    expect(issues).toContainEqual({ path: 'nodes[3].sectors[0]', message: 'sector "alchemy" is not in vocabularies.sectors' });
  });

  it('a country that is not an ISO code, and one missing from the vocabulary', () => {
    const issues = problems((g) => {
      g.nodes[0]!.country = 'XX';
      g.nodes[1]!.country = 'FR';
    });
    expect(issues).toContainEqual({ path: 'nodes[0].country', message: '"XX" is not an ISO 3166-1 alpha-2 code' });
    expect(issues).toContainEqual({ path: 'nodes[1].country', message: 'country "FR" is not in vocabularies.countries' });
  });

  it('a quote not in the article, or in another paragraph', () => {
    const issues = problems((g) => {
      g.edges[0]!.sources[0]!.quote = '這句話不在文中';
      g.edges[1]!.sources[0]!.paragraph = 2;
    });
    expect(issues.find((i) => i.path === 'edges[0].sources[0].quote')?.message).toMatch(/is not in paragraph/);
    expect(issues.find((i) => i.path === 'edges[1].sources[0].quote')?.message).toMatch(/not in paragraph 2/);
  });

  it('an edge without a source', () => {
    expect(problems((g) => (g.edges[4]!.sources = []))).toContainEqual({ path: 'edges[4].sources', message: 'every edge needs at least one source (or is inferred, with a note, or marked unsourced)' });
  });

  it('an orphan node without a reason', () => {
    const issues = problems((g) => {
      g.nodes.push({ ...g.nodes[0]!, id: 'lonely' });
    });
    expect(issues).toContainEqual({ path: 'nodes[91]', message: 'node "lonely" has no edges and no isolatedReason' });
  });

  it('ids that are not kebab-case (graph-data only; opened files may use any id)', () => {
    const issues = problems((g) => {
      const old = g.nodes[5]!.id;
      g.nodes[5]!.id = 'Not Kebab';
      for (const e of g.edges) {
        if (e.source === old) e.source = 'Not Kebab';
        if (e.target === old) e.target = 'Not Kebab';
      }
    });
    expect(issues).toEqual([{ path: 'nodes[5].id', message: 'must be kebab-case (a-z, 0-9 and single hyphens)' }]);
  });

  it('empty names and control characters in ids', () => {
    const issues = problems((g) => {
      g.nodes[6]!.name.en = ' ';
      g.nodes[7]!.id = 'a\u0007b';
    });
    expect(issues.find((i) => i.path === 'nodes[6].name.en')?.message).toBe('must not be empty');
    expect(issues.find((i) => i.path === 'nodes[7].id')?.message).toBe('must not contain control characters');
  });

  it('an edge id shared with a node', () => {
    expect(problems((g) => (g.edges[2]!.id = 'beijing'))).toContainEqual({ path: 'edges[2].id', message: 'edge id "beijing" is also a node id' });
  });

  it('the wrong schema version', () => {
    expect(problems((g) => ((g as { schemaVersion: number }).schemaVersion = 2))[0]?.path).toBe('schemaVersion');
  });
});
