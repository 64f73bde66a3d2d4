import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The browser the journeys run in: $CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one with `sudo apt-get install -y chromium fonts-noto-cjk` ' +
        '(Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

export interface Harness {
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves the built site (`npm run build` first) and starts a headless Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests.');
  const server: PreviewServer = await preview({ configFile: false, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      // E2E_CHROMIUM_LOG=1: Chromium's own log on stderr (with DEBUG=pw:browser to see it), for a crash.
      ...(process.env.E2E_CHROMIUM_LOG ? ['--enable-logging=stderr', '--v=0'] : []),
    ],
  });
  return {
    browser,
    baseUrl: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

export interface PageProblems {
  errors: string[];
  /** Console warnings (a library's complaint someone with the console open would see). */
  warnings: string[];
}

/** Opens a page at a viewport, collecting console errors and uncaught exceptions. */
export async function openPage(
  h: Harness,
  path = '',
  opts: { width?: number; height?: number; locale?: string; touch?: boolean; initScript?: () => void } = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await h.browser.newContext({
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    locale: opts.locale ?? 'en-US',
    acceptDownloads: true,
    deviceScaleFactor: 1,
    hasTouch: !!opts.touch,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const problems: PageProblems = { errors: [], warnings: [] };
  page.on('console', (m) => {
    if (process.env.E2E_LOG) console.log('[page]', m.type(), m.text());
    if (m.type() === 'error') problems.errors.push(m.text());
    if (m.type() === 'warning') problems.warnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  if (opts.initScript) await page.addInitScript(opts.initScript);
  await page.goto(h.baseUrl + path);
  await waitReady(page);
  return { page, problems };
}

/** Waits until the graph region says it is no longer busy. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('section#graph[aria-busy="false"]', { timeout: 30_000 });
}

/** Clicks a node on the canvas at its rendered position. */
export async function clickNode(page: Page, id: string): Promise<void> {
  // Wait until the canvas has caught up with any panel resize and stopped moving.
  await page.waitForFunction(() => {
    const cy = window.cy!;
    return Math.abs(cy.width() - cy.container()!.clientWidth) < 1 && !cy.animated();
  });
  const pos = await page.evaluate((nodeId) => {
    const cy = window.cy!;
    const n = cy.getElementById(nodeId);
    const box = cy.container()!.getBoundingClientRect();
    const at = () => ({ x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y });
    // As a person would, bring the node out from under the controls that float over the canvas.
    const hit = document.elementFromPoint(at().x, at().y);
    if (!hit || !cy.container()!.contains(hit)) cy.center(n);
    return at();
  }, id);
  await page.mouse.click(pos.x, pos.y);
}

/**
 * Taps an element of the canvas (a node or an edge) through Cytoscape, as a click on it would. Nothing
 * is returned from the page: a Cytoscape element handed back to Playwright is serialised with the
 * whole instance it belongs to (seconds of work, and on a large SPARQL session enough memory to
 * crash the tab: "Target crashed").
 */
export async function tap(page: Page, id: string): Promise<void> {
  await page.evaluate((elementId) => {
    window.cy!.getElementById(elementId).emit('tap');
  }, id);
}

/**
 * Chooses a node in the "Visible nodes" list as a keyboard user would: type-ahead to it (the list
 * is virtualised, so rows out of view are not in the DOM), then Enter.
 */
export async function pickFromList(page: Page, name: string): Promise<void> {
  const list = page.getByRole('listbox', { name: /Visible nodes|可见节点/ });
  await list.getByRole('option').first().focus();
  await page.keyboard.type(name, { delay: 20 });
  await list.getByRole('option', { name, exact: true }).waitFor();
  await page.keyboard.press('Enter');
}

/** Where the journeys leave their screenshots, to be looked at. */
export const SHOTS = 'test-results/screenshots';

/** One served site and browser for a test file: started before its tests, closed after them. */
export function sharedHarness(): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => {
    if (!h) throw new Error('the browser harness is not started');
    return h;
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * axe-core's violations on the page as it is now (all rules, every impact). The script is
 * evaluated through the DevTools protocol, which the page's Content-Security-Policy allows.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The page's horizontal overflow: how far its content reaches past the viewport's width. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The bundled graph's size, read from graph-data (the counts the page must show). */
export const BUNDLED = (() => {
  const g = JSON.parse(readFileSync('graph-data/graph.json', 'utf8')) as { nodes: unknown[]; edges: unknown[] };
  return { nodes: g.nodes.length, edges: g.edges.length };
})();

/** Waits until the graph is not busy and nothing on the canvas moves (viewport or node animations). */
export function settled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => document.querySelector('section#graph')?.getAttribute('aria-busy') === 'false' && !window.cy!.animated() && window.cy!.nodes(':animated').length === 0);
}
