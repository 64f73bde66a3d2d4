import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/domain/graph';
import { computeVisibility, EMPTY_FILTERS } from '../../src/domain/filters';
import { visibleSubgraph } from '../../src/io/exportJson';
import { graphSchema } from '../../src/io/schema';
import { pngSizeProblem } from '../../src/renderer/commands';
import { fittingScale, wrapLabel } from '../../src/renderer/exporters';
import { bundledGraph } from '../fixtures';

const fakeCy = (w: number, h: number) => ({ elements: () => ({ boundingBox: () => ({ w, h }) }) }) as unknown as Core;

describe('PNG size limits', () => {
  it('accepts what a browser can draw and refuses what it cannot, saying why', () => {
    expect(pngSizeProblem(fakeCy(2000, 1500), 4)).toBeNull();
    expect(pngSizeProblem(fakeCy(5000, 1000), 4)).toMatch(/20000 × 4000 px is larger than a browser can draw/);
    expect(pngSizeProblem(fakeCy(9000, 9000), 2)).toMatch(/choose a smaller scale/);
  });

  it('draws a picture too large for the scale asked at the largest scale that fits, never larger than asked', () => {
    expect(fittingScale(2000, 1500, 4)).toBe(4);
    // 5,000 wide at 4× would be 20,000 px: 16,384 / 5,000 = 3.27.
    expect(fittingScale(5000, 1000, 4)).toBe(3.27);
    // 9,000 × 9,000 at 2× is over the area limit (268 million pixels) before the side limit.
    const s = fittingScale(9000, 9000, 2);
    expect(s).toBeLessThan(16384 / 9000);
    expect(9000 * s * 9000 * s).toBeLessThanOrEqual(268_000_000);
    // A footer counts; a smaller side limit (large graphs' pictures: 8,192 px) is kept.
    expect(fittingScale(4000, 4000, 8, 110)).toBe(Math.floor((16384 / 4110) * 100) / 100);
    expect(fittingScale(8648, 8300, 2, 0, 8192)).toBe(0.94);
  });
});

describe('SVG labels', () => {
  it('wraps Chinese every 8 characters and English between words', () => {
    expect(wrapLabel('中\u200b关\u200b村\u200b国\u200b际\u200b控\u200b股\u200b有\u200b限\u200b公\u200b司')).toEqual(['中关村国际控股有', '限公司']);
    expect(wrapLabel('Zhongguancun International Holdings')).toEqual(['Zhongguancun', 'International', 'Holdings']);
    expect(wrapLabel('诺和诺德\nNovo Nordisk')).toEqual(['诺和诺德', 'Novo Nordisk']);
  });
});

describe('JSON export of the visible subgraph', () => {
  const index = indexGraph(bundledGraph);

  it('keeps the visible nodes, the edges among them and their positions, in the graph-data format', () => {
    const vis = computeVisibility(index, { ...EMPTY_FILTERS, countries: ['DK'] });
    const sub = visibleSubgraph(index, vis, new Map([['novo-nordisk', { x: 1.234, y: -5 }]]));
    expect(graphSchema.safeParse(sub).success).toBe(true);
    expect(sub.nodes.map((n) => n.id).sort()).toEqual(['denmark', 'novo-nordisk']);
    expect(sub.edges.map((e) => e.id)).toEqual(['novo-nordisk--located-in--denmark']);
    expect(sub.nodes.find((n) => n.id === 'novo-nordisk')?.position).toEqual({ x: 1.2, y: -5 });
    expect(sub.meta.title.en).toMatch(/\(part\)$/);
  });

  it('round-trips the whole graph unchanged but for positions', () => {
    const sub = visibleSubgraph(index, computeVisibility(index, EMPTY_FILTERS), new Map());
    expect(sub).toEqual(bundledGraph);
  });
});
