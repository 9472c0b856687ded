import { test, expect, openPopup, sendFromPage } from './harness';
import { routeWorld, type World } from './world';

const WORLD: World = {
  pagesAgeDays: 0,
  pages: {},
  shipments: {},
  cainiao: {
    LP00345678901234: { template: 'delivered.json', newestDaysAgo: 2 },
    LP00345678901235: { template: 'delivered.json', newestDaysAgo: 2 },
  },
  tour: {},
};

interface Detail {
  detail: { parcel: { status: string }; timeline: unknown[] } | null;
}

test('the service worker killed mid-refresh: nothing lost, nothing doubled, the job resumes', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const log = await routeWorld(context, WORLD);
  const popup = await openPopup(context, extensionId);
  const cdp = await context.newCDPSession(popup);

  // The first Cainiao request kills the worker before its answer arrives.
  let killed = false;
  log.beforeCainiaoAnswer = async () => {
    if (killed) return;
    killed = true;
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  };
  await popup.locator('[data-parcellens-add]').fill('LP00345678901234');
  await popup.locator('[data-parcellens-add-submit]').click();
  await expect.poll(() => killed, { timeout: 15_000 }).toBe(true);

  // The parcel survived the kill (it was stored before the fetch started).
  const fresh = await openPopup(context, extensionId);
  await expect(fresh.locator('[data-parcellens-parcel="LP00345678901234"]').first()).toBeVisible();
  // The leased job comes back after its lease (30 s) and completes: delivered, from Cainiao.
  await expect(fresh.locator('[data-parcellens-parcel="LP00345678901234"]').first()).toHaveAttribute('data-status', 'delivered', { timeout: 75_000 });
  expect(log.cainiao.flat().filter((n) => n === 'LP00345678901234')).toHaveLength(2);

  // A twin number fetched once, undisturbed: same events, same count — the retry doubled nothing.
  await fresh.locator('[data-parcellens-add]').fill('LP00345678901235');
  await fresh.locator('[data-parcellens-add-submit]').click();
  await expect(fresh.locator('[data-parcellens-parcel="LP00345678901235"]').first()).toHaveAttribute('data-status', 'delivered', { timeout: 15_000 });
  const killedRun = (await sendFromPage(fresh, { type: 'popup/detail', id: 'LP00345678901234' })) as Detail;
  const cleanRun = (await sendFromPage(fresh, { type: 'popup/detail', id: 'LP00345678901235' })) as Detail;
  expect(killedRun.detail?.timeline.length).toBeGreaterThan(3);
  expect(killedRun.detail?.timeline.length).toBe(cleanRun.detail?.timeline.length);
});
