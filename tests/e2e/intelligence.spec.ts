import { test, expect, badgeText, openPopup } from './harness';
import { routeWorld, signIn, type World } from './world';

const MY_ORDERS_ES = 'https://es.aliexpress.com/p/order/index.html';
const FAKE_ORDER = '8181111122223333';
const STALLED_ORDER = '8180222233334444';

/**
 * A Spanish buyer's My Orders: one parcel bound for Spain that Cainiao says was "delivered" in
 * Shenzhen two days after pickup (a fake or reused number), and one stuck in German customs.
 */
const WORLD: World = {
  pagesAgeDays: 0,
  pages: { [MY_ORDERS_ES]: 'aliexpress/pages/orders-es.html' },
  shipments: {
    [FAKE_ORDER]: { querydetail: 'in-transit-es.json', newestDaysAgo: 3 },
    [STALLED_ORDER]: { querydetail: 'in-transit-lp-s10.json', newestDaysAgo: 20 },
  },
  cainiao: {
    LP00656789012345: { template: 'scenarios/cainiao-delivered-in-shenzhen.json', newestDaysAgo: 1 },
    LP00623456789012: { template: 'customs-chinese-mixed-zones.json', newestDaysAgo: 20, destCountry: 'Germany' },
  },
  tour: {},
};

test('fake-looking delivery and a stalled parcel: flags on the card, in the popup, on the badge; the evidence pack opens and prints', async ({ context, extensionId, serviceWorker }) => {
  await routeWorld(context, WORLD);
  await signIn(context);
  const page = await context.newPage();
  await page.goto(MY_ORDERS_ES);

  const fake = page.locator(`[data-parcellens-order="${FAKE_ORDER}"] [data-parcellens-parcel]`);
  await expect(fake).toHaveAttribute('data-flags', /\bsuspected_fake\b/, { timeout: 25_000 });
  await expect(fake).toHaveAttribute('data-parcellens-parcel', 'LP00656789012345');
  const stalled = page.locator(`[data-parcellens-order="${STALLED_ORDER}"] [data-parcellens-parcel]`);
  await expect(stalled).toHaveAttribute('data-flags', /\bstalled\b/, { timeout: 25_000 });
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  await page.screenshot({ path: 'artifacts/e2e/my-orders-es-flags.png', fullPage: true });

  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await expect(popup.locator('[data-parcellens-parcel="LP00656789012345"]').first()).toHaveAttribute('data-flags', /\bsuspected_fake\b/);
  // The reason is spelled out in the parcel view.
  await popup.locator('[data-parcellens-parcel="LP00656789012345"]').first().click();
  await expect(popup.getByText(/Shenzhen/).first()).toBeVisible();
  await popup.screenshot({ path: 'artifacts/e2e/popup-fake.png', fullPage: true });
  await popup.keyboard.press('Escape');

  // Evidence for every flagged parcel, in a new tab.
  const opened = context.waitForEvent('page');
  await popup.locator('[data-parcellens-evidence="flagged"]').click();
  const evidence = await opened;
  await evidence.waitForLoadState();
  await expect(evidence.getByText('LP00656789012345').first()).toBeVisible();
  await expect(evidence.getByText('LP00623456789012').first()).toBeVisible();
  await expect(evidence.getByText(/Shenzhen/).first()).toBeVisible();
  await evidence.screenshot({ path: 'artifacts/e2e/evidence.png', fullPage: true });
  // It prints: the print button calls window.print, and Chromium renders it as a paginated PDF.
  await evidence.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await evidence.locator('[data-action="print"]').click();
  expect(await evidence.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await evidence.emulateMedia({ media: 'print' });
  await expect(evidence.locator('[data-parcellens-evidence-toolbar]')).toBeHidden();
  const pdf = await evidence.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
