export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Pushes overlapping boxes (centre x/y, size w/h) apart along the axis of least overlap until
 * none overlap or `maxRounds` is reached. Force-directed layouts leave a few overlaps behind;
 * this removes them without disturbing the overall picture. Mutates and returns `boxes`.
 */
export function separateOverlaps(boxes: Box[], gap = 4, maxRounds = 60): Box[] {
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    // Sweep along x so that only boxes whose x-ranges meet are compared.
    const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x - boxes[a]!.w / 2 - (boxes[b]!.x - boxes[b]!.w / 2));
    for (let i = 0; i < order.length; i++) {
      const a = boxes[order[i]!]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = boxes[order[j]!]!;
        if (b.x - b.w / 2 > a.x + a.w / 2 + gap) break;
        const ox = (a.w + b.w) / 2 + gap - Math.abs(a.x - b.x);
        const oy = (a.h + b.h) / 2 + gap - Math.abs(a.y - b.y);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) {
          const d = (a.x <= b.x ? -1 : 1) * (ox / 2);
          a.x += d;
          b.x -= d;
        } else {
          const d = (a.y <= b.y ? -1 : 1) * (oy / 2);
          a.y += d;
          b.y -= d;
        }
      }
    }
    if (!moved) break;
  }
  return boxes;
}
