import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openPopup, sendFromPage } from './harness';
import { routeWorld, type World } from './world';

const WORLD: World = { pagesAgeDays: 0, pages: {}, shipments: {}, cainiao: { LP00345678901234: { template: 'delivered.json', newestDaysAgo: 2 } }, tour: {} };

test('options: export everything, import it into a fresh profile, a bad file changes nothing', async ({ context, extensionId }) => {
  await routeWorld(context, WORLD);
  const popup = await openPopup(context, extensionId);
  await popup.locator('[data-parcellens-add]').fill('LP00345678901234 RB123456785GB');
  await popup.locator('[data-parcellens-add-submit]').click();
  await expect(popup.locator('[data-parcellens-parcel="LP00345678901234"]').first()).toHaveAttribute('data-status', 'delivered', { timeout: 15_000 });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const download = options.waitForEvent('download');
  await options.locator('[data-action="export"]').click();
  const file = join(tmpdir(), `parcellens-export-${Date.now()}.json`);
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string };
  expect(exported.format).toBe('parcellens.export');

  // Wipe by deleting both parcels, then bring them back from the file.
  for (const id of ['LP00345678901234', 'RB123456785GB']) await sendFromPage(options, { type: 'popup/delete', id });
  expect(((await sendFromPage(options, { type: 'popup/list', filter: 'all', query: '', offset: 0, limit: 10 })) as { page: { total: number } }).page.total).toBe(0);
  await options.locator('[data-action="import"]').setInputFiles(file);
  await expect(options.locator('[data-status="imported"]')).toBeVisible();
  const restored = (await sendFromPage(options, { type: 'popup/list', filter: 'all', query: '', offset: 0, limit: 10 })) as { page: { items: Array<{ number: string; status: string }> } };
  expect(restored.page.items.map((p) => [p.number, p.status]).sort()).toEqual([['LP00345678901234', 'delivered'], ['RB123456785GB', 'not_found']]);

  // A file that is not an export: refused, nothing stored changes.
  const bad = join(tmpdir(), `parcellens-bad-${Date.now()}.json`);
  writeFileSync(bad, JSON.stringify({ format: 'something-else', parcels: [] }));
  await options.locator('[data-action="import"]').setInputFiles(bad);
  await expect(options.locator('[data-status="failed"]')).toHaveText("This file isn't a ParcelLens export. Nothing was changed.");
  const after = (await sendFromPage(options, { type: 'popup/list', filter: 'all', query: '', offset: 0, limit: 10 })) as { page: { total: number } };
  expect(after.page.total).toBe(2);
  await options.screenshot({ path: 'artifacts/e2e/options.png', fullPage: true });
});
