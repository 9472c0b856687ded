import type { BrowserContext, Route } from '@playwright/test';
import { fixture, fulfillWithFixture } from './harness';
import { relativeTo, shiftTimes } from '../support/shift';

/**
 * A fake AliExpress + Cainiao world for the e2e tests and the demo: pages served at their real URLs,
 * querydetail answers per order id, Cainiao answers per number — all from tests/fixtures, with their
 * times moved so the newest scan is a chosen number of days before now (the extension reads the real
 * clock, so "stalled" and deadlines must be relative to it). Every request is logged.
 */
const DAY_MS = 86_400_000;

export interface Shipment {
  /** querydetail fixture under tests/fixtures/aliexpress/querydetail/. */
  querydetail: string;
  /** Days between now and the newest scan in the querydetail answer. */
  newestDaysAgo: number;
  /** Serve the fixture as it is (garbage, HTML, error envelopes): no parsing, no time shift. */
  raw?: boolean;
}

export interface CainiaoAnswer {
  /** Cainiao fixture under tests/fixtures/ (a path with a folder) or tests/fixtures/carriers/cainiao/; its first module entry is the template. */
  template: string;
  newestDaysAgo: number;
  /** Cainiao's country name for the destination, to match the order's (the template's is another). */
  destCountry?: string;
}

export interface World {
  /** Page URL (origin + pathname) → fixture path under tests/fixtures. */
  pages: Record<string, string>;
  /**
   * The page fixtures were written as seen on PAGES_WRITTEN_AT; their dates are moved so that day
   * is this many days before now (orders placed long enough ago for the scenario's scans).
   */
  pagesAgeDays: number;
  /** Order id → its logistics answer; unknown orders get a pre-shipment-only answer. */
  shipments: Record<string, Shipment>;
  /** Tracking number → Cainiao's answer for it; unknown numbers get "no record yet". */
  cainiao: Record<string, CainiaoAnswer>;
  /** Pages the demo opens, in order: name → URL. */
  tour: Record<string, string>;
}

export interface WorldLog {
  pages: string[];
  querydetail: string[];
  cainiao: string[][];
  /** Set to make Cainiao answer with its anti-bot page (a block sign). */
  cainiaoBlocked: boolean;
  /** Called (and awaited) before Cainiao answers: lets a test act mid-refresh. */
  beforeCainiaoAnswer?: () => Promise<void>;
}

/** The day the page fixtures' dates were written relative to ("today" in them). */
export const PAGES_WRITTEN_AT = Date.UTC(2026, 10, 21);


function json(route: Route, body: unknown, origin?: string): Promise<void> {
  return route.fulfill({
    status: 200,
    contentType: 'application/json;charset=UTF-8',
    // The page's own fetch to acs.aliexpress.com is cross-origin with credentials, as on the real site.
    headers: origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {},
    body: JSON.stringify(body),
  });
}

function cainiaoEntry(number: string, answer: CainiaoAnswer | undefined, now: number): unknown {
  if (!answer) return { mailNo: number, mailNoSource: 'EXTERNAL', detailList: [] };
  const doc = JSON.parse(fixture(answer.template.includes('/') ? answer.template : `carriers/cainiao/${answer.template}`)) as { module: Array<Record<string, unknown>> };
  const entry = relativeTo(doc.module[0]!, answer.newestDaysAgo, now);
  if (!answer.destCountry) return { ...entry, mailNo: number };
  // The template's last-mile carrier belongs to its own destination: drop it with the country.
  const { destCpInfo: _dropped, ...rest } = entry as Record<string, unknown>;
  return { ...rest, mailNo: number, destCountry: answer.destCountry };
}

export async function routeWorld(context: BrowserContext, world: World, now: () => number = Date.now): Promise<WorldLog> {
  const log: WorldLog = { pages: [], querydetail: [], cainiao: [], cainiaoBlocked: false };

  await context.route(/^https:\/\/([a-z]+\.)?aliexpress\.(com|us|ru)\//, (route) => {
    const url = new URL(route.request().url());
    log.pages.push(url.href);
    const path = world.pages[url.origin + url.pathname];
    if (!path) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixture world' });
    const delta = now() - world.pagesAgeDays * DAY_MS - PAGES_WRITTEN_AT;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shiftTimes(fixture(path), delta) });
  });

  await context.route('https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/**', (route) => {
    const url = new URL(route.request().url());
    const data = JSON.parse(url.searchParams.get('data') ?? '{}') as { tradeOrderId?: string };
    const orderId = data.tradeOrderId ?? '';
    log.querydetail.push(orderId);
    const shipment = world.shipments[orderId];
    if (shipment?.raw) return fulfillWithFixture(route, `aliexpress/querydetail/${shipment.querydetail}`);
    const payload = JSON.parse(fixture(`aliexpress/querydetail/${shipment?.querydetail ?? 'pre-shipment-only.json'}`));
    return json(route, relativeTo(payload, shipment?.newestDaysAgo ?? 1, now()), route.request().headers()['origin'] ?? 'https://www.aliexpress.com');
  });

  await context.route('https://global.cainiao.com/global/detail.json**', async (route) => {
    const numbers = (new URL(route.request().url()).searchParams.get('mailNos') ?? '').split(',').filter(Boolean);
    log.cainiao.push(numbers);
    await log.beforeCainiaoAnswer?.();
    if (log.cainiaoBlocked) return fulfillWithFixture(route, 'carriers/cainiao/blocked-captcha.html');
    return json(route, { module: numbers.map((n) => cainiaoEntry(n, world.cainiao[n], now())), success: true });
  });
  return log;
}

/** The user's session token as AliExpress sets it (page scripts read it to sign requests). */
export async function signIn(context: BrowserContext): Promise<void> {
  await context.addCookies([{ name: '_m_h5_tk', value: `0123456789abcdef0123456789abcdef_${Date.now() + DAY_MS}`, domain: '.aliexpress.com', path: '/' }]);
}

export const MY_ORDERS = 'https://www.aliexpress.com/p/order/index.html';

/**
 * My Orders (2023–25 labels), as seen 28 days after the fixture was written: two orders awaiting
 * delivery (placed 37 days ago), one completed, three not shipped.
 * - 8181234567890123: LP + S10 to Germany, in import customs 20 days ago and silent since → stalled,
 *   and past AliExpress's promised window → late;
 * - 8181234567910123: Cainiao Super Economy (U-series) to the US → untracked, nothing else;
 * - 8180987654321098: delivered 3 days ago.
 */
export const ORDERS_WORLD: World = {
  pagesAgeDays: 28,
  pages: {
    [MY_ORDERS]: 'aliexpress/pages/orders-en-2025.html',
    'https://www.aliexpress.com/p/tracking/index.html': 'aliexpress/pages/tracking-1-package.html',
  },
  shipments: {
    '8181234567890123': { querydetail: 'in-transit-lp-s10.json', newestDaysAgo: 20 },
    '8181234567910123': { querydetail: 'economy-untracked.json', newestDaysAgo: 12 },
    '8180987654321098': { querydetail: 'delivered-full-journey.json', newestDaysAgo: 3 },
  },
  cainiao: {
    LP00623456789012: { template: 'customs-chinese-mixed-zones.json', newestDaysAgo: 20, destCountry: 'Germany' },
    UN483029164MU: { template: 'economy-untracked.json', newestDaysAgo: 12, destCountry: 'United States' },
    LP00612345678901: { template: 'delivered.json', newestDaysAgo: 3, destCountry: 'Brazil' },
  },
  tour: {
    'my-orders': MY_ORDERS,
    // The tracking-page fixture shows this order's package (LP00612345678901, delivered in Brazil).
    'tracking-page': 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8180987654321098',
  },
};

export const DEMO_WORLD = ORDERS_WORLD;
