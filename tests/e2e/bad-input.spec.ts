import { test, expect, openPopup } from './harness';
import { MY_ORDERS, routeWorld, signIn, type World } from './world';

const US_ORDERS = 'https://www.aliexpress.us/p/order/index.html';
const SHIPPED = ['8190011122233344', '8189900011122233']; // awaiting delivery, completed

function world(page: string, querydetail?: string): World {
  return {
    pagesAgeDays: 0,
    pages: { [MY_ORDERS]: page, [US_ORDERS]: page },
    shipments: Object.fromEntries(SHIPPED.map((id) => [id, { querydetail: querydetail ?? 'pre-shipment-only.json', newestDaysAgo: 1, raw: true }])),
    cainiao: {},
    tour: {},
  };
}

test('a captcha instead of My Orders: "AliExpress asked for verification", nothing thrown, nothing looked up', async ({ context }) => {
  const log = await routeWorld(context, world('aliexpress/pages/captcha.html'));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(MY_ORDERS);
  await expect(page.locator('[data-parcellens-problem="verification"]')).toBeVisible();
  await expect(page.locator('[data-parcellens-problem="verification"]')).toContainText(/verification/i);
  expect(log.querydetail).toEqual([]);
  expect(errors).toEqual([]);
});

test('an unknown My Orders layout says ParcelLens could not read the page', async ({ context }) => {
  await routeWorld(context, world('aliexpress/pages/orders-unknown-layout.html'));
  const page = await context.newPage();
  await page.goto(MY_ORDERS);
  await expect(page.locator('[data-parcellens-problem="unreadable"]')).toBeVisible();
});

test('HTML where logistics JSON was expected: the cards say the lookup failed, the page keeps working', async ({ context }) => {
  await routeWorld(context, world('aliexpress/pages/orders-en-2026.html', 'garbage-html.html'));
  await signIn(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(US_ORDERS);
  for (const id of SHIPPED) {
    await expect(page.locator(`[data-parcellens-order="${id}"]`)).toHaveAttribute('data-lookup', 'error', { timeout: 20_000 });
    await expect(page.locator(`[data-parcellens-order="${id}"] [data-parcellens-parcel]`)).toHaveCount(0);
  }
  await expect(page.locator('[data-parcellens-order]')).toHaveCount(4);
  expect(errors).toEqual([]);
});

test('signed out: lookups stop, the cards and the popup say so', async ({ context, extensionId }) => {
  const log = await routeWorld(context, world('aliexpress/pages/orders-en-2026.html', 'error-session-expired.json'));
  await signIn(context);
  const page = await context.newPage();
  await page.goto(US_ORDERS);
  await expect(page.locator('[data-parcellens-order][data-lookup="logged_out"]').first()).toBeVisible({ timeout: 20_000 });
  // The first "logged out" answer halts the queue: the other order is never asked.
  await page.waitForTimeout(3000);
  expect(log.querydetail).toHaveLength(1);
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('[data-parcellens-notice="logged_out"]')).toContainText(/signed out of AliExpress/);
});
