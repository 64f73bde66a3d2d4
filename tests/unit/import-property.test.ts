import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/domain/graph';
import { importFiles } from '../../src/io/import/importGraph';
import { xmlReaders } from '../../src/io/import/xmlFormats';
import { toElements } from '../../src/renderer/elements';

// Ids drawn from a small pool so that duplicates and dangling references happen often, with the
// characters that break selector-built lookups.
const idArb = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'a"]', 'b #.x', 'c d', '__proto__', 'constructor', '0'), weight: 12 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 2 },
  { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 1 },
  { arbitrary: fc.constantFrom(null, '', ' a', { id: 1 }), weight: 1 },
);
const numberArb = fc.oneof(
  { arbitrary: fc.integer({ min: -5000, max: 5000 }), weight: 10 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.constantFrom(Number.NaN, Infinity, 1e308, 'x', '12'), weight: 1 },
);
const nodeArb = fc.record(
  {
    data: fc.record(
      { id: idArb, label: fc.oneof(fc.string({ maxLength: 12 }), fc.constant('<b onclick=x>'), fc.integer()), type: fc.constantFrom('org', 'place', undefined), country: fc.constantFrom('CN', 'DK', 'XX', 'cn', 7, undefined) },
      { requiredKeys: ['id'] },
    ),
    position: fc.record({ x: numberArb, y: numberArb }),
  },
  { requiredKeys: ['data'] },
);
const edgeArb = fc.record({ data: fc.record({ id: fc.option(idArb), source: idArb, target: idArb, interaction: fc.constantFrom('part of', '__proto__', undefined) }, { requiredKeys: ['source', 'target'] }) });
const breakArb = fc.oneof(
  { arbitrary: fc.constantFrom('none', 'wrap-array', 'bom'), weight: 6 },
  { arbitrary: fc.constantFrom('truncate', 'drop-brace', 'null-elements', 'garbage-prefix'), weight: 2 },
);

function serialise(nodes: unknown[], edges: unknown[], breakage: string): string {
  const json = JSON.stringify({ elements: { nodes, edges } });
  switch (breakage) {
    case 'truncate':
      return json.slice(0, Math.floor(json.length / 2));
    case 'drop-brace':
      return json.slice(1);
    case 'wrap-array':
      return JSON.stringify([...nodes, ...edges]);
    case 'null-elements':
      return JSON.stringify({ elements: null });
    case 'bom':
      return '\uFEFF' + json;
    case 'garbage-prefix':
      return 'x' + json;
    default:
      return json;
  }
}

describe('the loader on 10,000 generated and broken graphs (fixed seed)', () => {
  it('returns a graph or a typed error, never throws, and what it accepts renders exactly', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(nodeArb, { maxLength: 8 }), fc.array(edgeArb, { maxLength: 6 }), breakArb, (nodes, edges, breakage) => {
        const text = serialise(nodes, edges, breakage);
        const result = importFiles([{ name: 'g.cyjs', text }], undefined, xmlReaders);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const i of result.issues) {
            expect(typeof i.path).toBe('string');
            expect(typeof i.message).toBe('string');
          }
          return;
        }
        accepted++;
        const g = result.graph;
        const cy = cytoscape({ headless: true, styleEnabled: false, elements: toElements(indexGraph(g), 'en') });
        expect(cy.nodes().length).toBe(g.nodes.length);
        expect(cy.edges().length).toBe(g.edges.length);
        for (const n of g.nodes) expect(cy.getElementById(n.id).isNode()).toBe(true);
        for (const e of g.edges) expect(cy.getElementById(e.id).isEdge()).toBe(true);
        cy.destroy();
      }),
      { seed: 7012026, numRuns: 10_000 },
    );
    // The generator must exercise both outcomes, or the property says little.
    if (process.env.SHOW_COUNTS) console.log(`accepted ${accepted} of 10000`);
    expect(accepted).toBeGreaterThan(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
