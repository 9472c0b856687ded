import { test, expect } from './harness';
import { ORDERS_WORLD, routeWorld, signIn } from './world';

test('tracking page: a ParcelLens panel beside Logistics Information with the merged timeline', async ({ context }) => {
  const log = await routeWorld(context, ORDERS_WORLD);
  await signIn(context);
  const page = await context.newPage();
  await page.goto('https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8181234567890123&_addShare=no&_login=yes');

  const panel = page.locator('[data-parcellens-panel]');
  await expect(panel).toBeVisible();
  // The page's own package (read from the DOM) and the order's logistics (querydetail, LP + S10).
  await expect(panel.locator('[data-parcellens-parcel="LP00623456789012"]')).toHaveAttribute('data-status', 'customs', { timeout: 20_000 });
  await expect(panel.locator('[data-parcellens-parcel="LP00623456789012"]')).toHaveAttribute('data-flags', 'stalled late');
  await expect(panel.getByText('LX702148533CN').first()).toBeVisible();
  // AliExpress's words and Cainiao's, one timeline: the AliExpress customs scan is shown.
  await expect(panel.getByText('Import customs clearance started').first()).toBeVisible();
  expect(log.querydetail).toEqual(['8181234567890123']);
  // The page's Logistics Information panel is still there, untouched, before ours.
  const order = await page.evaluate(() => {
    const ours = document.querySelector('[data-parcellens-host="panel"]');
    const theirs = document.querySelector('[class*="logistic-info-v2--wrap--"], [class*="logistic-info-v2--"]');
    return ours && theirs ? theirs.compareDocumentPosition(ours) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
  });
  expect(order).toBeGreaterThan(0);
  await page.screenshot({ path: 'artifacts/e2e/tracking-panel.png', fullPage: true });
});
