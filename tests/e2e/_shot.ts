import { startHarness, openPage } from './harness';
const h = await startHarness();
const [path, out, w, hh] = process.argv.slice(2);
const { page, problems } = await openPage(h, path ?? '', { width: +(w ?? 1440), height: +(hh ?? 900) });
await page.waitForTimeout(900);
await page.screenshot({ path: out ?? '/tmp/shot.png' });
console.log('errors', problems.errors);
await h.close();
