/**
 * Measuring code that runs in the page, as strings (so that no bundler helper leaks into them), and
 * the statistics over its samples. Used by bench/run.ts and tested in tests/e2e/bench.e2e.ts.
 */

export const median = (xs: readonly number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const percentile = (xs: readonly number[], p: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/**
 * Pans and zooms `window.cy` for `ms` milliseconds, one step per animation frame, and returns the
 * frame intervals. Works on any page with a Cytoscape instance at `window.cy`.
 */
export const PAN_ZOOM_FRAMES = (ms: number) => `new Promise((resolve) => {
  const cy = window.cy;
  const frames = [];
  let last = performance.now();
  const start = last;
  let i = 0;
  const step = (now) => {
    frames.push(now - last);
    last = now;
    i++;
    if (i % 40 < 20) cy.panBy({ x: 6, y: 3 }); else cy.zoom({ level: cy.zoom() * (i % 80 < 60 ? 1.01 : 0.99), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    if (now - start < ${ms}) requestAnimationFrame(step); else resolve(frames.slice(2));
  };
  requestAnimationFrame(step);
})`;

/** Longest gap between animation frames (a stand-in for the longest blocking task) while `run()` is pending. */
export const LONGEST_GAP_DURING = (runExpr: string) => `new Promise((resolve) => {
  let last = performance.now();
  let longest = 0;
  let done = false;
  const tick = (now) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (!done) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  Promise.resolve(${runExpr}).then(() => {
    done = true;
    longest = Math.max(longest, performance.now() - last);
    resolve(longest);
  });
})`;

/** Milliseconds from now to the frame after Cytoscape's next render. */
export const UNTIL_NEXT_RENDER = `new Promise((resolve) => {
  const t0 = performance.now();
  window.cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - t0)));
})`;
