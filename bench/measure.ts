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

/** Keystrokes timed per sample (the median is kept): one keystroke's time depends on where in a frame it lands. */
export const KEYSTROKE_COUNT = 9;

/**
 * Milliseconds from a keystroke to the frame that paints its answer, the median of KEYSTROKE_COUNT.
 * `setup` declares `input` (the box typed into), `done()` (true once the page shows the answer to
 * the box's value), and `before`/`after` (the text before the keystroke and after it). Each keystroke
 * comes after a pause and a random part of a frame, so that the wait for the next frame (0 to 16.7
 * ms by itself) is sampled across its range rather than at one phase.
 */
export const KEYSTROKES = (setup: string) => `(async () => {
  ${setup}
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const type = (v) => { set.call(input, v); input.dispatchEvent(new Event('input', { bubbles: true })); };
  const times = [];
  input.focus();
  for (let i = 0; i < ${KEYSTROKE_COUNT}; i++) {
    type(before);
    while (!done()) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 250 + Math.random() * 17));
    times.push(await new Promise((resolve) => {
      // The moment the answer is in the page (seen by a MutationObserver), then the frame that paints it.
      const painted = () => requestAnimationFrame(() => resolve(performance.now() - t0));
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        painted();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-results-for'] });
      const t0 = performance.now();
      type(after);
      if (done()) {
        observer.disconnect();
        painted();
      }
    }));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
})()`;
