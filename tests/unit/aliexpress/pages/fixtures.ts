import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Saved-page fixtures (tests/fixtures/aliexpress/pages) and the URL each one imitates. */
export const FIXTURE_URLS = {
  'orders-en-2025': 'https://www.aliexpress.com/p/order/index.html',
  'orders-en-2026': 'https://www.aliexpress.us/p/order/index.html',
  'orders-es': 'https://es.aliexpress.com/p/order/index.html',
  'orders-pt-br': 'https://pt.aliexpress.com/p/order/index.html',
  'orders-de': 'https://de.aliexpress.com/p/order/index.html',
  'orders-he-rtl': 'https://he.aliexpress.com/p/order/index.html',
  'orders-multi-item': 'https://www.aliexpress.com/p/order/index.html',
  'orders-paged-60': 'https://www.aliexpress.com/p/order/index.html',
  'orders-empty': 'https://www.aliexpress.com/p/order/index.html',
  'orders-unknown-layout': 'https://www.aliexpress.com/p/order/index.html',
  'orders-ru-platform': 'https://aliexpress.ru/order-list?filterName=active',
  'orders-ru-empty': 'https://aliexpress.ru/order-list?filterName=archive',
  'order-detail': 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
  'tracking-1-package':
    'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8181234567890123',
  'tracking-2-packages': 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8181456789012345',
  captcha: 'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=xd3826576&x5step=2',
  login: 'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2Fp%2Forder%2Findex.html',
} as const;

export type FixtureName = keyof typeof FIXTURE_URLS;
export const FIXTURE_NAMES = Object.keys(FIXTURE_URLS) as FixtureName[];

const DIR = join(__dirname, '../../../fixtures/aliexpress/pages');

export function fixtureHtml(name: FixtureName): string {
  return readFileSync(join(DIR, `${name}.html`), 'utf8');
}

/** The fixture as a separate document (scripts inert, as in a saved page). */
export function loadFixture(name: FixtureName): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

export function siteOf(name: FixtureName): string {
  return new URL(FIXTURE_URLS[name]).host;
}

/**
 * Makes the fixture the live test document and runs its inline scripts, for fixtures that
 * imitate page behaviour (pagination, re-rendering tabs).
 */
export function mountFixtureWithScripts(name: FixtureName): void {
  const parsed = loadFixture(name);
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  for (const script of Array.from(document.body.querySelectorAll('script'))) {
    // Fixture code, run on purpose: it imitates the page's own behaviour.
    new Function(script.textContent ?? '')();
  }
}
