/** Yielding to the browser between pieces of long work (drawing in slices, pictures, layouts). */

/** The next task, after the browser has had a chance to paint and to answer input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The task after the next frame has been drawn. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Long work a slice at a time: `await breathe()` between pieces yields to the browser once `ms` of
 * work has been done since the last yield (and calls `beforeYield` first, for progress or a flush).
 */
export function timeSlices(ms: number, beforeYield: () => void = () => {}): () => Promise<void> {
  let t0 = performance.now();
  return async () => {
    if (performance.now() - t0 < ms) return;
    beforeYield();
    await nextTask();
    t0 = performance.now();
  };
}
