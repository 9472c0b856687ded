import { test, expect, fulfillWithFixture, openPopup, sendFromPage } from './harness';

test('the content script runs on My Orders at its real URL', async ({ context }) => {
  await context.route('https://www.aliexpress.com/**', (route) => fulfillWithFixture(route, 'pages/orders-minimal.html'));
  const page = await context.newPage();
  await page.goto('https://www.aliexpress.com/p/order/index.html');
  await expect(page.locator('html')).toHaveAttribute('data-parcellens-ready', 'true');
});

test('the content script leaves unrelated hosts alone', async ({ context }) => {
  await context.route('https://example.org/**', (route) => fulfillWithFixture(route, 'pages/orders-minimal.html'));
  const page = await context.newPage();
  await page.goto('https://example.org/p/order/index.html');
  await page.waitForTimeout(500);
  await expect(page.locator('html')).not.toHaveAttribute('data-parcellens-ready', 'true');
});

test('the popup opens and renders', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('[data-parcellens-popup]')).toBeVisible();
  await expect(popup.locator('h1')).toHaveText('ParcelLens');
});

test('the service worker answers a ping and refuses malformed messages', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  expect(await sendFromPage(popup, { type: 'ping' })).toMatchObject({ ok: true, version: '0.1.0' });
  expect(await sendFromPage(popup, { type: 'nonsense' })).toEqual({ ok: false, error: 'bad_message' });
  expect(await sendFromPage(popup, 'ping')).toEqual({ ok: false, error: 'bad_message' });
});
