import { test, expect, openPopup } from './harness';
import { MY_ORDERS, ORDERS_WORLD, routeWorld, signIn, type World } from './world';

test.describe('a Russian browser', () => {
  test.use({ lang: 'ru' });

  test('the chips, the popup and "3 days ago" speak Russian', async ({ context, extensionId }) => {
    await routeWorld(context, ORDERS_WORLD);
    await signIn(context);
    const page = await context.newPage();
    await page.goto(MY_ORDERS);
    const delivered = page.locator('[data-parcellens-order="8180987654321098"]');
    await expect(delivered.locator('[data-parcellens-parcel]')).toHaveAttribute('data-status', 'delivered', { timeout: 20_000 });
    await expect(delivered).toContainText('Доставлено');
    await expect(delivered).toContainText('3 дня назад');
    await expect(page.locator('[data-parcellens-order="8181299988877766"]')).toContainText(/не отправлен/i);

    const popup = await openPopup(context, extensionId);
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect(popup.getByRole('tab', { name: /Все/ })).toBeVisible();
    await expect(popup.locator('[data-parcellens-parcel="LP00623456789012"]').first()).toContainText('Таможня');
    await popup.screenshot({ path: 'artifacts/e2e/popup-ru.png' });
  });
});

test.describe('a Hebrew page', () => {
  test.use({ lang: 'he' });

  test('chips on a right-to-left My Orders page are laid out right to left', async ({ context }) => {
    const world: World = { pagesAgeDays: 0, pages: { 'https://he.aliexpress.com/p/order/index.html': 'aliexpress/pages/orders-he-rtl.html' }, shipments: {}, cainiao: {}, tour: {} };
    await routeWorld(context, world);
    const page = await context.newPage();
    await page.goto('https://he.aliexpress.com/p/order/index.html');
    const chip = page.locator('[data-parcellens-order]').first();
    await expect(chip).toBeVisible();
    expect(await chip.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.screenshot({ path: 'artifacts/e2e/my-orders-he.png', fullPage: true });
  });
});
