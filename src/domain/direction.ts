import type { Point } from './arrange';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * The point to move to from `from` with an arrow key: among those in the direction's 90° cone, the
 * nearest, where sideways distance counts double (so "right" prefers what is straight to the right).
 */
export function nearestInDirection(points: ReadonlyMap<string, Point>, from: Point, dir: Direction): string | null {
  const v = VECTORS[dir];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, p] of points) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * v.x + dy * v.y;
    const across = Math.abs(dx * v.y - dy * v.x);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
