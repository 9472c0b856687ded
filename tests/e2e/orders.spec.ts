import { test, expect, badgeText, openPopup } from './harness';
import { MY_ORDERS, ORDERS_WORLD, routeWorld, signIn } from './world';

const STALLED = '8181234567890123';
const UNTRACKED = '8181234567910123';
const DELIVERED = '8180987654321098';

test('My Orders: cards annotated once, shipped orders looked up, statuses/flags on cards, popup and badge', async ({ context, extensionId, serviceWorker }) => {
  const log = await routeWorld(context, ORDERS_WORLD);
  await signIn(context);
  const page = await context.newPage();
  await page.goto(MY_ORDERS);

  await expect(page.locator('[data-parcellens-order]')).toHaveCount(6);
  const parcel = (orderId: string) => page.locator(`[data-parcellens-order="${orderId}"] [data-parcellens-parcel]`);
  await expect(parcel(DELIVERED)).toHaveAttribute('data-status', 'delivered', { timeout: 20_000 });
  await expect(parcel(STALLED)).toHaveAttribute('data-status', 'customs', { timeout: 20_000 });
  await expect(parcel(STALLED)).toHaveAttribute('data-flags', 'stalled late');
  await expect(parcel(STALLED)).toHaveAttribute('data-parcellens-parcel', 'LP00623456789012');
  await expect(parcel(UNTRACKED)).toHaveAttribute('data-flags', 'untracked');
  await expect(parcel(DELIVERED)).toHaveAttribute('data-flags', '');
  // Orders not shipped say so, and are never looked up.
  await expect(page.locator('[data-parcellens-order="8181299988877766"]')).toContainText('Not shipped yet');
  expect([...log.querydetail].sort()).toEqual([DELIVERED, STALLED, UNTRACKED]);
  // Cainiao is asked once per parcel (by its LP code when it has one), never per alias.
  await expect.poll(() => log.cainiao.flat().sort(), { timeout: 15_000 }).toEqual(['LP00612345678901', 'LP00623456789012', 'UN483029164MU']);
  await page.screenshot({ path: 'artifacts/e2e/my-orders.png', fullPage: true });

  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 400, height: 600 });
  const rows = popup.locator('[data-parcellens-parcel]');
  await expect(rows).toHaveCount(3);
  await expect(popup.locator('[data-parcellens-parcel="LP00623456789012"]')).toHaveAttribute('data-flags', 'stalled late');
  await expect(popup.locator('[data-parcellens-parcel="UN483029164MU"]')).toHaveAttribute('data-status', 'in_transit');
  await popup.screenshot({ path: 'artifacts/e2e/popup-light.png' });

  // A parcel's view: the merged timeline of AliExpress and Cainiao events, both numbers.
  await popup.locator('[data-parcellens-parcel="LP00623456789012"]').first().click();
  await expect(popup.getByText('LX702148533CN').first()).toBeVisible();
  await popup.screenshot({ path: 'artifacts/e2e/popup-detail.png', fullPage: true });
});

test.describe('dark theme', () => {
  test.use({ scheme: 'dark' });
  test('the popup follows the system theme', async ({ context, extensionId }) => {
    await routeWorld(context, ORDERS_WORLD);
    await signIn(context);
    const page = await context.newPage();
    await page.goto(MY_ORDERS);
    await expect(page.locator(`[data-parcellens-order="${DELIVERED}"] [data-parcellens-parcel]`)).toHaveAttribute('data-status', 'delivered', { timeout: 20_000 });
    const popup = await openPopup(context, extensionId);
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect(popup.locator('[data-parcellens-parcel]')).toHaveCount(3);
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await popup.screenshot({ path: 'artifacts/e2e/popup-dark.png' });
    await page.screenshot({ path: 'artifacts/e2e/my-orders-dark.png' });
  });
});
