/**
 * `npm run bench:interaction`: milliseconds from a user's input to the repainted frame in headless
 * Chromium, on the built site with the bundled graph. Two interactions:
 *   - a search keystroke until the results list is painted;
 *   - a filter checkbox toggle until the canvas is repainted.
 * Baseline, measured in the same run: the same page's input-to-frame time for a keystroke in a
 * plain <input> that does nothing (what the browser alone costs).
 */
import { openPage, startHarness } from '../tests/e2e/harness';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

const h = await startHarness();
try {
  const { page } = await openPage(h);
  await page.evaluate(`{
    const probe = document.createElement('input');
    probe.id = 'bench-probe';
    probe.setAttribute('aria-label', 'probe');
    probe.style.cssText = 'position:fixed;top:0;left:0;width:40px;opacity:0.01';
    document.body.append(probe);
  }`);
  // Wait for the search index.
  await page.getByRole('combobox', { name: 'Search' }).fill('zz');
  await page.waitForTimeout(500);

  /**
   * Arms a listener for the next `kind` event on `selector`; the returned function waits for the
   * ms from that event's timestamp to the frame painted after `doneExpr` turns true.
   */
  // In-page code is passed as a string: tsx would otherwise wrap the inner functions in helpers
  // that do not exist in the page.
  const measure = async (selector: string, kind: 'input' | 'change', doneExpr: string) => {
    await page.evaluate(`
      window.__bench = new Promise((resolve) => {
        document.querySelector(${JSON.stringify(selector)}).addEventListener(${JSON.stringify(kind)}, (e) => {
          const t0 = e.timeStamp;
          const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          // The page changes (seen by a MutationObserver, not by polling once a frame), then the frame that paints it.
          const observer = new MutationObserver(() => {
            if (!(${doneExpr})) return;
            observer.disconnect();
            done();
          });
          if (${doneExpr}) done();
          else observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        }, { once: true });
      });
      0; // evaluate would otherwise wait for the promise
    `);
    return () => page.evaluate('window.__bench') as Promise<number>;
  };

  const search: number[] = [];
  const filter: number[] = [];
  const base: number[] = [];
  const words = ['Heidelberg', 'nuohenuode', '中关村', 'Elsevier', 'zgc'];
  for (let i = 0; i < RUNS; i++) {
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('');
    const word = words[i % words.length]!;
    await box.fill(word.slice(0, -1));
    await page.waitForTimeout(50);
    const expectText = word.slice(0, -1);
    const pending = await measure('input[role=combobox]', 'input', `document.querySelector('[aria-label="Search results"]')?.getAttribute('data-results-for') === document.querySelector('input[role=combobox]').value && document.querySelector('input[role=combobox]').value.length > ${expectText.length}`);
    await page.keyboard.insertText(word.slice(-1)); // one keystroke, or one IME commit for Chinese
    search.push(await pending());
    await box.press('Escape'); // close the results, which hide the rest of the page from assistive technology

    const checkbox = page.getByRole('checkbox', { name: i % 2 ? 'Germany' : 'Denmark' });
    await page.evaluate(`window.__rendered = new Promise((r) => window.cy.one('render', () => r())); 0`);
    const pendingFilter = await measure(`input[aria-label="${i % 2 ? 'Germany' : 'Denmark'}"]`, 'change', 'true');
    await checkbox.click();
    await page.evaluate('window.__rendered');
    filter.push(await pendingFilter());
    await checkbox.click();
    await page.waitForTimeout(50);

    const pendingBase = await measure('#bench-probe', 'input', 'true');
    await page.locator('#bench-probe').press('a');
    base.push(await pendingBase());
  }
  const row = (name: string, xs: number[]) => `| ${name} | ${median(xs).toFixed(1)} | ${p95(xs).toFixed(1)} | ${median(base).toFixed(1)} |`;
  console.log(`Input to repainted frame, ms, ${RUNS} runs each, headless Chromium 1440x900`);
  console.log('| interaction | median | p95 | baseline: bare input, median |');
  console.log('| --- | --- | --- | --- |');
  console.log(row('search keystroke -> results painted', search));
  console.log(row('filter toggle -> canvas repainted', filter));
} finally {
  await h.close();
}
