/**
 * Popup open-to-first-render with 2,000 parcels as a ratio to 20 parcels (target ≤ 1.5: the popup
 * queries and renders only what is on screen). One run measures both sizes in the same browser
 * session, alternating, and reports medians: machines are noisy, ratios within one run are not.
 *
 *   npm run build && npx tsx bench/popup-scale.ts
 */
import { launchWithExtension, openPopup, sendFromPage, serviceWorkerOf, extensionIdOf } from '../tests/e2e/harness';
import { routeWorld, type World } from '../tests/e2e/world';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const EMPTY: World = { pagesAgeDays: 0, pages: {}, shipments: {}, cainiao: {}, tour: {} };

/** `n` distinct Cainiao LP codes, as a pasted list. */
const numbers = (n: number, offset: number) => Array.from({ length: n }, (_, i) => `LP${String(offset + i).padStart(14, '0')}`).join('\n');

async function profile(size: number) {
  const { context, close } = await launchWithExtension();
  const log = await routeWorld(context, EMPTY);
  const id = extensionIdOf(await serviceWorkerOf(context));
  const page = await openPopup(context, id);
  for (let added = 0; added < size; added += 250) {
    await sendFromPage(page, { type: 'popup/add', text: numbers(Math.min(250, size - added), 10_000_000 + added) });
  }
  // Measure the popup, not a worker busy with first fetches: wait until Cainiao has been quiet for 5 s.
  for (let asked = -1; asked !== log.cainiao.length; ) {
    asked = log.cainiao.length;
    await page.waitForTimeout(5000);
  }
  await page.close();
  return { context, id, close };
}

async function firstRender(context: import('@playwright/test').BrowserContext, id: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.waitForSelector('[data-parcellens-parcel]');
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const small = await profile(20);
const large = await profile(2000);
const times = { 20: [] as number[], 2000: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  times[20].push(await firstRender(small.context, small.id));
  times[2000].push(await firstRender(large.context, large.id));
}
await small.close();
await large.close();
const ratio = median(times[2000]) / median(times[20]);
console.log(`popup first render, median of ${ROUNDS}: 20 parcels ${median(times[20]).toFixed(1)} ms, 2000 parcels ${median(times[2000]).toFixed(1)} ms`);
console.log(`ratio 2000/20 = ${ratio.toFixed(2)} (target ≤ 1.5)`);
