/**
 * The content script's main-thread cost on a 500-order My Orders page, as a ratio to the same page
 * without the extension (target ≤ 1.10). Main-thread time is Chromium's own TaskDuration metric
 * (CDP Performance.getMetrics), read after the page and ParcelLens settled. One run alternates
 * both browsers and reports medians.
 *
 *   npm run build && npx tsx bench/content-cost.ts
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, chromiumArgs, fixture } from '../tests/e2e/harness';
import { MY_ORDERS, signIn } from '../tests/e2e/world';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const SETTLE_MS = 4000;

/** The 60-order fixture with its card builder told to render 500 cards while the page parses. */
function page500(): string {
  const html = fixture('aliexpress/pages/orders-paged-60.html').replace('var TOTAL = 60, PAGE = 10;', 'var TOTAL = 500, PAGE = 10;');
  return html.replace('</body>', '<script>while (document.querySelector(".order-more button")) document.querySelector(".order-more button").click();</script></body>');
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = withExtension ? chromiumArgs(EXTENSION_DIR) : chromiumArgs(EXTENSION_DIR).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parcellens-bench-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const body = page500();
  await context.route('https://www.aliexpress.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  // Logistics lookups answer "not shipped yet"; the ratio is about the page, not the network.
  await context.route('https://acs.aliexpress.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': 'https://www.aliexpress.com', 'access-control-allow-credentials': 'true' }, body: fixture('aliexpress/querydetail/pre-shipment-only.json') }),
  );
  await signIn(context);
  return context;
}

async function mainThreadMs(context: BrowserContext): Promise<{ task: number; cards: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(MY_ORDERS);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const cards = await page.locator('.order-item').count();
  await page.close();
  return { task, cards };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const plain = await launch(false);
const withExt = await launch(true);
const runs = { plain: [] as number[], ext: [] as number[] };
let annotated = 0;
for (let r = 0; r < ROUNDS; r++) {
  runs.plain.push((await mainThreadMs(plain)).task);
  const ext = await mainThreadMs(withExt);
  runs.ext.push(ext.task);
  annotated = ext.cards;
}
await plain.close();
await withExt.close();
console.log(`500-order page (${annotated} cards), main-thread TaskDuration, median of ${ROUNDS}:`);
console.log(`  without ParcelLens ${median(runs.plain).toFixed(0)} ms, with ParcelLens ${median(runs.ext).toFixed(0)} ms`);
console.log(`ratio = ${(median(runs.ext) / median(runs.plain)).toFixed(2)} (target ≤ 1.10)`);
