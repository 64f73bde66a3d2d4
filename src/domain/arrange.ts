export interface Point {
  x: number;
  y: number;
}

/**
 * Positions for a "grouped" layout: each group's nodes in a compact sunflower disc, the discs laid
 * out in rows, largest group first. Returns positions and where to put each group's title.
 */
export function groupedPositions(
  groups: ReadonlyMap<string, readonly string[]>,
  spacing = 70,
): { positions: Map<string, Point>; titles: Map<string, Point> } {
  const entries = [...groups].filter(([, ids]) => ids.length).sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const radius = (n: number) => spacing * Math.sqrt(n) * 0.62 + spacing / 2;
  const positions = new Map<string, Point>();
  const titles = new Map<string, Point>();
  const rowWidth = Math.max(4 * radius(entries[0]?.[1].length ?? 1) * 2, 1600);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const [key, ids] of entries) {
    const r = radius(ids.length);
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight + 2 * spacing; // room for titles stacked above a crowded row
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r + spacing / 2;
    ids.forEach((id, i) => {
      // Vogel's sunflower: even spacing in a disc.
      const rr = spacing * 0.62 * Math.sqrt(i + 0.5);
      const a = i * 2.39996323;
      positions.set(id, { x: cx + rr * Math.cos(a), y: cy + rr * Math.sin(a) });
    });
    titles.set(key, { x: cx, y: y });
    x += 2 * r + spacing;
    rowHeight = Math.max(rowHeight, 2 * r + spacing / 2);
  }
  return { positions, titles };
}

/** Spreads `count` points around a centre so that nodes sharing a place do not sit on each other. */
export function spreadAround(centre: Point, count: number, spacing = 34): Point[] {
  if (count === 1) return [centre];
  return Array.from({ length: count }, (_, i) => {
    const rr = spacing * 0.7 * Math.sqrt(i + 0.5);
    const a = i * 2.39996323;
    return { x: centre.x + rr * Math.cos(a), y: centre.y + rr * Math.sin(a) };
  });
}
