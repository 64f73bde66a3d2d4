/** Yielding to the browser between pieces of long work (drawing in slices, pictures, layouts). */

/** The next task, after the browser has had a chance to paint and to answer input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The task after the next frame has been drawn. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
