import { describe, expect, it } from 'vitest';
import { arrowSize, EDGE_STRIDE, paintPicture, type Ctx2D, type GraphDrawing, type PictureSpec } from '../../src/renderer/picture';

/** A 2D context that records each drawing call with the state it was made in. */
function recordingContext(): { ctx: Ctx2D; calls: { name: string; args: unknown[]; dash: number[]; lineWidth: number; font: string }[] } {
  const calls: { name: string; args: unknown[]; dash: number[]; lineWidth: number; font: string }[] = [];
  const state: Record<string, unknown> = { lineWidth: 1, font: '' };
  let dash: number[] = [];
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'setLineDash') return (d: number[]) => (dash = [...d]);
      if (key === 'measureText') return (t: string) => ({ width: t.length * 6 });
      return (...args: unknown[]) => {
        calls.push({ name: key, args, dash, lineWidth: target.lineWidth as number, font: target.font as string });
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as Ctx2D;
  return { ctx, calls };
}

const edge = (values: number[]) => {
  expect(values).toHaveLength(EDGE_STRIDE);
  return values;
};

function drawing(): GraphDrawing {
  return {
    // A straight edge with an arrow (tip at 100, 0); a dashed edge curving through (50, 40), without one.
    edges: new Float64Array([...edge([0, 0, 100, 0, 1.3, 1, 0, 0, 1, 0, 0]), ...edge([0, 0, 100, 0, 2, 0.5, 0, 1, 0, 0, 1])]),
    curves: new Float64Array([50, 40]),
    // A circle with a 4-unit border in palette colour 2.
    nodes: new Float64Array([100, 0, 10, 1, 1, 3, 4, 2]),
    labelAt: new Float64Array([100, 14, 1, 1, 0]),
    labelText: "Novo Nordisk\nChina",
    edgeLabelAt: new Float64Array([50, 0, 0, 1, 0]),
    edgeLabelText: 'funds',
    palette: ['#9aa4b2', '#2f6fde', '#e36209', 'ellipse'],
  };
}

const spec = (graph: GraphDrawing): PictureSpec => ({
  width: 200,
  height: 100,
  scale: 1,
  background: '#ffffff',
  origin: { x: 0, y: 0 },
  at: { x: 0, y: 0 },
  graph,
  titles: [],
  footer: null,
  footerTop: 100,
});

describe('the picture painter (pictures above a few hundred nodes)', () => {
  it('sizes arrowheads as Cytoscape sizes its triangle for an edge of that width', () => {
    // max((1.3 × 13.37)^0.9, 29) × 0.8 = 23.2; the triangle is 0.3 of it long, 0.15 of it to each side.
    expect(arrowSize(1.3).length).toBeCloseTo(6.96, 2);
    expect(arrowSize(1.3).half).toBeCloseTo(3.48, 2);
    expect(arrowSize(10).length).toBeGreaterThan(arrowSize(1.3).length);
  });

  it('draws an arrow to the tip and the line to its base, a curve through its control point, dashes, borders and both kinds of label', () => {
    const { ctx, calls } = recordingContext();
    paintPicture(ctx, spec(drawing()), 'sans-serif', () => {});
    const names = calls.map((c) => c.name);

    // The straight edge stops at the arrow's base (100 − 6.96), and the arrowhead is filled from the tip.
    const lineTo = calls.find((c) => c.name === 'lineTo')!;
    expect(lineTo.args[0]).toBeCloseTo(100 - arrowSize(1.3).length, 2);
    const tip = calls.findIndex((c, i) => c.name === 'moveTo' && c.args[0] === 100 && c.args[1] === 0 && names[i + 3] === 'closePath');
    expect(tip).toBeGreaterThan(-1);
    expect(calls.slice(tip, tip + 5).map((c) => c.name)).toEqual(['moveTo', 'lineTo', 'lineTo', 'closePath', 'fill']);

    // The curved edge: one quadratic curve through (50, 40) to its end, dashed, and no arrowhead of its own.
    const curve = calls.filter((c) => c.name === 'quadraticCurveTo');
    expect(curve.map((c) => c.args)).toEqual([[50, 40, 100, 0]]);
    expect(calls.find((c) => c.name === 'stroke' && c.lineWidth === 2)!.dash).toEqual([5, 4]);
    expect(calls.filter((c) => c.name === 'closePath')).toHaveLength(1);

    // The node: its disc filled, then its border stroked at its width.
    const arc = names.indexOf('arc');
    expect(calls[arc]!.args.slice(0, 3)).toEqual([100, 0, 10]);
    expect(calls.slice(arc + 1).find((c) => c.name === 'stroke')!.lineWidth).toBe(4);

    // The edge label turned along its edge, the node label in bold (the selection's), one line at a time.
    expect(names).toContain('rotate');
    expect(calls.filter((c) => c.name === 'fillText').map((c) => c.args[0])).toEqual(['funds', 'Novo Nordisk', 'China']);
    expect(calls.find((c) => c.name === 'fillText' && c.args[0] === 'China')!.font).toMatch(/^bold 12px/);
    expect(calls.find((c) => c.name === 'fillText' && c.args[0] === 'China')!.args[2]).toBe(14 + 14);
  });
});
