import { test as base, chromium, type BrowserContext, type Page, type Route, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const ARTIFACTS_DIR = join(ROOT, 'artifacts');

/** Debian's Chromium by default; PARCELLENS_CHROMIUM points elsewhere (e.g. Playwright's own build). */
export const CHROMIUM_PATH = process.env.PARCELLENS_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine without network, plus the extension. */
export function chromiumArgs(extensionDir: string, lang = 'en-US'): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--lang=${lang}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES_DIR, path), 'utf8');
}

/** Answers a route with a fixture file, typed by its extension. */
export function fulfillWithFixture(route: Route, path: string, status = 200): Promise<void> {
  const contentType = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
  return route.fulfill({ status, contentType, body: fixture(path) });
}

export interface LaunchOptions {
  lang?: string;
  colorScheme?: 'light' | 'dark';
}

/**
 * Launches Chromium with the built extension in a fresh profile. Every request to the outside is
 * refused unless a test routes it: tests never touch the internet.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'parcellens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(EXTENSION_DIR, options.lang),
    colorScheme: options.colorScheme ?? 'light',
    locale: options.lang ?? 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  // Registered first, so it is consulted last: anything not routed by a test is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export function extensionIdOf(worker: Worker): string {
  const id = new URL(worker.url()).host;
  if (!/^[a-p]{32}$/.test(id)) throw new Error(`unexpected service worker URL ${worker.url()}`);
  return id;
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

interface Fixtures {
  lang: string;
  scheme: 'light' | 'dark';
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/** `test` with a Chromium context that has ParcelLens loaded, its service worker and its id. */
export const test = base.extend<Fixtures>({
  lang: ['en-US', { option: true }],
  scheme: ['light', { option: true }],
  context: async ({ lang, scheme }, use) => {
    const { context, close } = await launchWithExtension({ lang, colorScheme: scheme });
    await use(context);
    await close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker));
  },
});

export const expect = test.expect;

/**
 * Sends a message to the background from an extension page, as the popup would.
 * (`chrome` is Chromium's own global inside the page; tests run only in Chromium.)
 */
export function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
}

/** The toolbar badge text as the user sees it, read inside the service worker. */
export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}
