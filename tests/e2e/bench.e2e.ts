import { describe, expect, it } from 'vitest';
import { LONGEST_GAP_DURING, median, PAN_ZOOM_FRAMES, percentile } from '../../bench/measure';
import { openPage, sharedHarness } from './harness';

const h = sharedHarness();

describe("the benchmark's measuring code", () => {
  it('computes medians and percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('sees a deliberately slowed build: frames, and blocking work during a layout', async () => {
    const { page } = await openPage(h());
    const normal = percentile((await page.evaluate(PAN_ZOOM_FRAMES(1200))) as number[], 95);
    // Slow every repaint by 45 ms, as a careless change to the renderer would.
    await page.evaluate(`window.cy.on('render', () => { const t = performance.now(); while (performance.now() - t < 45); }); 0`);
    const slowed = percentile((await page.evaluate(PAN_ZOOM_FRAMES(1200))) as number[], 95);
    expect(slowed).toBeGreaterThanOrEqual(45);
    expect(slowed).toBeGreaterThan(normal * 1.5);

    const gap = (await page.evaluate(
      LONGEST_GAP_DURING(`new Promise((resolve) => setTimeout(() => { const t = performance.now(); while (performance.now() - t < 150); resolve(); }, 50))`),
    )) as number;
    expect(gap).toBeGreaterThanOrEqual(150);
    // A quiet page: the explorer rebuilds the renderer's layers 350 ms after the last change (one
    // task, slowed here by the 45 ms added to each repaint), so let that pass first.
    await page.waitForTimeout(800);
    const idle = (await page.evaluate(LONGEST_GAP_DURING(`new Promise((resolve) => setTimeout(resolve, 300))`))) as number;
    expect(idle).toBeLessThan(150);
    await page.context().close();
  });
});
