import { test, expect } from './harness';
import { MY_ORDERS, routeWorld, signIn, type World } from './world';

const PAGED: World = {
  pagesAgeDays: 0,
  pages: { [MY_ORDERS]: 'aliexpress/pages/orders-paged-60.html' },
  shipments: {},
  cainiao: {},
  tour: {},
};

async function expectEachOnce(page: import('@playwright/test').Page, expected: number): Promise<void> {
  await expect(page.locator('.order-item')).toHaveCount(expected);
  // Chips are drawn as cards come near the viewport: scroll through the list as a person would.
  for (const card of await page.locator('.order-item').all()) await card.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-parcellens-order]')).toHaveCount(expected);
  const ids = await page.locator('[data-parcellens-order]').evaluateAll((els) => els.map((e) => e.getAttribute('data-parcellens-order')));
  expect(new Set(ids).size).toBe(expected);
  // Every card holds exactly one ParcelLens island.
  const perCard = await page.locator('.order-item').evaluateAll((cards) => cards.map((c) => c.querySelectorAll(':scope > [data-parcellens-host]').length));
  expect(perCard.every((n) => n === 1)).toBe(true);
}

test('"View orders" paging and a re-render: every card annotated exactly once', async ({ context }) => {
  await routeWorld(context, PAGED);
  await signIn(context);
  const page = await context.newPage();
  await page.goto(MY_ORDERS);
  await expectEachOnce(page, 10);

  for (let shown = 20; shown <= 60; shown += 10) {
    await page.locator('.order-more button').click();
    await expectEachOnce(page, shown);
  }
  await expect(page.locator('.order-more')).toHaveCount(0);

  // "Shipped" tab: the list is replaced by new nodes; they are annotated, once each.
  await page.getByRole('tab', { name: 'Shipped' }).click();
  await expectEachOnce(page, 10);
  await page.getByRole('tab', { name: 'View all' }).click();
  await expectEachOnce(page, 10);

  // AliExpress's own buttons still work beside ours.
  const href = await page.locator('.order-item a.order-item-btn').first().getAttribute('href');
  expect(href).toContain('tradeOrderId=');
});
