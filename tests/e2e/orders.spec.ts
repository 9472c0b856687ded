import { test, expect, openPopup } from './harness';
import { MY_ORDERS, ORDERS_WORLD, routeWorld, signIn } from './world';

test('My Orders: every card annotated once, logistics looked up for shipped orders, popup lists every parcel', async ({ context, extensionId }) => {
  const log = await routeWorld(context, ORDERS_WORLD);
  await signIn(context);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'warning' && console.log('page:', m.text()));
  await page.goto(MY_ORDERS);

  const chips = page.locator('[data-parcellens-order]');
  await expect(chips).toHaveCount(6);
  // Shipped orders get their parcels once the lookups and Cainiao answers are in.
  await expect(page.locator('[data-parcellens-order="8181234567890123"] [data-parcellens-parcel]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('[data-parcellens-order="8180987654321098"] [data-parcellens-parcel]')).toHaveAttribute('data-status', 'delivered', { timeout: 20_000 });
  expect([...log.querydetail].sort()).toEqual(['8180987654321098', '8181234567890123', '8181234567910123']);
  await page.screenshot({ path: 'artifacts/e2e/my-orders.png', fullPage: true });

  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('[data-parcellens-parcel]')).toHaveCount(3);
  await popup.screenshot({ path: 'artifacts/e2e/popup.png' });
});
