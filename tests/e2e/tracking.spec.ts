import { test, expect } from './harness';
import { ORDERS_WORLD, routeWorld, signIn } from './world';

test('tracking page: a ParcelLens panel beside Logistics Information with the merged timeline', async ({ context }) => {
  const log = await routeWorld(context, ORDERS_WORLD);
  await signIn(context);
  const page = await context.newPage();
  // The tracking page fixture shows this order's package (LP00612345678901, delivered in Brazil).
  await page.goto('https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180987654321098&_addShare=no&_login=yes');

  const panel = page.locator('[data-parcellens-panel]');
  await expect(panel).toBeVisible();
  // One package, known by the page (DOM), AliExpress's logistics (LP + local number) and Cainiao.
  const parcel = panel.locator('[data-parcellens-parcel]');
  await expect(parcel).toHaveCount(1);
  await expect(parcel).toHaveAttribute('data-parcellens-parcel', 'LP00612345678901');
  await expect(parcel).toHaveAttribute('data-status', 'delivered', { timeout: 20_000 });
  await expect(parcel).toHaveAttribute('data-flags', '');
  await expect(panel.getByText('AA123456785BR').first()).toBeVisible({ timeout: 20_000 });
  // Sources merged into one timeline: a scan seen by AliExpress and Cainiao shows both.
  await expect(panel.getByText(/AliExpress.*Cainiao|Cainiao.*AliExpress/).first()).toBeVisible();
  expect(log.querydetail).toEqual(['8180987654321098']);
  // The page's Logistics Information panel is still there, untouched, before ours.
  const order = await page.evaluate(() => {
    const ours = document.querySelector('[data-parcellens-host="panel"]');
    const theirs = document.querySelector('[class*="logistic-info-v2--wrap--"], [class*="logistic-info-v2--"]');
    return ours && theirs ? theirs.compareDocumentPosition(ours) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
  });
  expect(order).toBeGreaterThan(0);
  await page.screenshot({ path: 'artifacts/e2e/tracking-panel.png', fullPage: true });
});

test('a long journey in the page panel shows the newest events first, the rest on request', async ({ context }) => {
  await routeWorld(context, ORDERS_WORLD);
  await signIn(context);
  const page = await context.newPage();
  await page.goto('https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180987654321098');
  const panel = page.locator('[data-parcellens-panel]');
  await expect(panel.locator('[data-parcellens-parcel]')).toHaveAttribute('data-status', 'delivered', { timeout: 20_000 });
  const showAll = panel.locator('.pl-show-all');
  await expect(showAll).toBeVisible({ timeout: 20_000 });
  await expect(panel.locator('.pl-events > li')).toHaveCount(8);
  await showAll.click();
  expect(await panel.locator('.pl-events > li').count()).toBeGreaterThan(8);
  await expect(showAll).toHaveCount(0);
});
