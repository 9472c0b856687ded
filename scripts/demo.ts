/**
 * `npm run demo`: builds ParcelLens, opens Chromium with it loaded on the bundled demo pages (the test
 * fixtures, served at their real AliExpress URLs), and opens the popup. With a display the window
 * stays open until you close it; without one it runs headless and saves screenshots to artifacts/demo/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ARTIFACTS_DIR, CHROMIUM_PATH, EXTENSION_DIR, ROOT, chromiumArgs, extensionIdOf, serviceWorkerOf } from '../tests/e2e/harness';
import { DEMO_WORLD, routeWorld, signIn } from '../tests/e2e/world';

const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const outDir = join(ARTIFACTS_DIR, 'demo');

execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(outDir, { recursive: true });

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parcellens-demo-')), {
  executablePath: CHROMIUM_PATH,
  headless: !headed,
  args: chromiumArgs(EXTENSION_DIR, process.env.PARCELLENS_LANG ?? 'en-US'),
  viewport: { width: 1280, height: 900 },
});
await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
await routeWorld(context, DEMO_WORLD);
await signIn(context);
const extensionId = extensionIdOf(await serviceWorkerOf(context));

const shots: string[] = [];
for (const [name, url] of Object.entries(DEMO_WORLD.tour)) {
  const page = await context.newPage();
  await page.goto(url);
  // Lookups are spaced 1.5–2.5 s apart, as on the real site: wait until no chip is still looking up.
  for (let waited = 0; waited < 20_000; waited += 500) {
    await page.waitForTimeout(500);
    if (waited >= 1500 && (await page.locator('[data-lookup="pending"]').count()) === 0) break;
  }
  if (!headed) {
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
  }
}
const popup = await context.newPage();
await popup.setViewportSize({ width: 420, height: 640 });
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await popup.waitForTimeout(1000);

if (headed) {
  console.log('ParcelLens demo is running. Close the browser window to end it.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  const file = join(outDir, 'popup.png');
  await popup.screenshot({ path: file });
  shots.push(file);
  await context.close();
  console.log(`No display: ran headless. Screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
}
