import { test, expect, openPopup } from './harness';
import { routeWorld, type World } from './world';

const WORLD: World = {
  pagesAgeDays: 0,
  pages: {},
  shipments: {},
  cainiao: { LP00345678901234: { template: 'delivered.json', newestDaysAgo: 2 } },
  tour: {},
};

test('add by paste: numbers found in prose are added, order numbers refused, corrections shown', async ({ context, extensionId }) => {
  const log = await routeWorld(context, WORLD);
  const popup = await openPopup(context, extensionId);
  // A new user sees what to do.
  await expect(popup.getByRole('link', { name: /My Orders/i })).toBeVisible();

  await popup.locator('[data-parcellens-add]').fill(
    'Здравствуйте! Ваш трек: lp 0034 5678 9012 34, заказ 8181234567890123.\nAlso RB12345678SGB please (typed S for 5).',
  );
  await popup.locator('[data-parcellens-add-submit]').click();
  await expect(popup.getByText('8181234567890123')).toBeVisible();
  await expect(popup.getByText(/order number, not a tracking number/i).first()).toBeVisible();
  await expect(popup.locator('[data-parcellens-parcel="LP00345678901234"]').first()).toBeVisible();
  await expect(popup.locator('[data-parcellens-parcel="RB123456785GB"]').first()).toBeVisible();
  // The order number never became a parcel.
  await expect(popup.locator('[data-parcellens-parcel="8181234567890123"]')).toHaveCount(0);
  // Fetched from Cainiao within seconds of being added.
  await expect(popup.locator('[data-parcellens-parcel="LP00345678901234"]').first()).toHaveAttribute('data-status', 'delivered', { timeout: 15_000 });
  expect(log.cainiao.flat()).toContain('LP00345678901234');
  await popup.screenshot({ path: 'artifacts/e2e/popup-paste.png' });
});
