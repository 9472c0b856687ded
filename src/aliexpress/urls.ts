import type { PageKind } from './types';

/**
 * Which AliExpress page a URL is. Each detector has its example URLs in PAGE_EXAMPLES (kept out of
 * the detectors so content scripts do not carry them); the test checks each detector matches its
 * own examples and none of the others' (and none of NOT_OURS).
 */

type Kind = Exclude<PageKind, null>;

// www/m/xx language subdomains (es., pt., he.…) of aliexpress.com, and www.aliexpress.us.
const GLOBAL_HOST = /^(?:(?:www|m|[a-z]{2})\.)?aliexpress\.(?:com|us)$/;
const RU_HOST = /^(?:(?:www|m)\.)?aliexpress\.ru$/;
// Dead hosts, still in saved pages and old links.
const TRADE_HOST = /^trade\.aliexpress\.(?:com|us|ru)$/;
const TRACK_HOST = /^track\.aliexpress\.(?:com|us|ru)$/;
/** Any AliExpress host: the label `aliexpress` must be whole and the name must end there. */
const ANY_ALIEXPRESS_HOST = /^(?:[a-z0-9-]+\.)*aliexpress\.(?:com|us|ru)$/;
const LOGIN_HOST = /^(?:login|passport)\.aliexpress\.(?:com|us|ru)$/;

const ORDER_ID = /^\d{15,19}$/;

export function toUrl(url: URL | string): URL | null {
  if (url instanceof URL) return /^https?:$/.test(url.protocol) ? url : null;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

export function isAliExpressHost(host: string): boolean {
  return ANY_ALIEXPRESS_HOST.test(host.toLowerCase());
}

const DETECTORS: Record<Kind, (u: URL) => boolean> = {
  order_list: (u) => GLOBAL_HOST.test(u.hostname) && u.pathname === '/p/order/index.html',
  order_detail: (u) => GLOBAL_HOST.test(u.hostname) && u.pathname === '/p/order/detail.html',
  tracking: (u) => GLOBAL_HOST.test(u.hostname) && u.pathname === '/p/tracking/index.html',
  ru_order_list: (u) => RU_HOST.test(u.hostname) && /^\/order-list\/?$/.test(u.pathname),
  ru_order_detail: (u) => RU_HOST.test(u.hostname) && /^\/order-list\/\d{15,19}\/?$/.test(u.pathname),
  legacy_order_list: (u) => TRADE_HOST.test(u.hostname) && /^\/orderlist\.htm$/i.test(u.pathname),
  legacy_order_detail: (u) => TRADE_HOST.test(u.hostname) && /^\/order_detail\.htm$/i.test(u.pathname),
  legacy_tracking: (u) => TRACK_HOST.test(u.hostname) && /^\/logisticsdetail\.htm$/i.test(u.pathname),
};

/** URLs each detector must match (and no other detector may): the test reads them, the bundle does not. */
export const PAGE_EXAMPLES: Readonly<Record<Kind, readonly string[]>> = {
  order_list: [
    'https://www.aliexpress.com/p/order/index.html',
    'https://es.aliexpress.com/p/order/index.html?spm=a2g0o.home.0.0',
    'https://he.aliexpress.com/p/order/index.html#tab',
    'https://www.aliexpress.us/p/order/index.html',
    'https://m.aliexpress.com/p/order/index.html',
    'http://aliexpress.com/p/order/index.html',
  ],
  order_detail: [
    'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
    'https://pt.aliexpress.com/p/order/detail.html?spm=a2g0o.order_list&orderId=8181234567890123',
    'https://www.aliexpress.us/p/order/detail.html?orderId=8181234567890123',
  ],
  tracking: [
    'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8181234567890123',
    'https://de.aliexpress.com/p/tracking/index.html?tradeOrderId=8181234567890123',
    'https://www.aliexpress.us/p/tracking/index.html?tradeOrderId=8181234567890123',
  ],
  ru_order_list: [
    'https://aliexpress.ru/order-list',
    'https://aliexpress.ru/order-list?filterName=active',
    'https://www.aliexpress.ru/order-list/?filterName=archive',
    'https://m.aliexpress.ru/order-list',
  ],
  ru_order_detail: [
    'https://aliexpress.ru/order-list/5000123456789012',
    'https://aliexpress.ru/order-list/5000123456789012?filterName=archive',
    'https://m.aliexpress.ru/order-list/5000123456789012/',
  ],
  legacy_order_list: [
    'https://trade.aliexpress.com/orderList.htm',
    'https://trade.aliexpress.com/orderList.htm?spm=a2g0o.home.1000002.3',
  ],
  legacy_order_detail: ['https://trade.aliexpress.com/order_detail.htm?orderId=8181234567890123'],
  legacy_tracking: ['https://track.aliexpress.com/logisticsdetail.htm?tradeId=8181234567890123'],
};

/** URLs no detector may match: other AliExpress pages, look-alike hosts, other schemes. */
export const NOT_OURS: readonly string[] = [
  'https://www.aliexpress.com/',
  'https://www.aliexpress.com/item/1005001234567890.html',
  'https://www.aliexpress.com/p/order/index.htm',
  'https://www.aliexpress.com/p/order/index.html.evil',
  'https://www.aliexpress.com/store/1101234567',
  'https://aliexpress.ru/item/1005001234567890.html',
  'https://aliexpress.ru/order-list/12345',
  'https://aliexpress.ru/p/order/index.html',
  'https://www.aliexpress.com/order-list/8181234567890123',
  'https://www.aliexpress.com.evil.net/p/order/index.html',
  'https://aliexpress.com.evil.net/p/order/index.html',
  'https://notaliexpress.com/p/order/index.html',
  'https://evil-aliexpress.com/p/order/index.html',
  'https://aliexpress.ru.evil.net/order-list',
  'https://notaliexpress.ru/order-list',
  'https://trade.aliexpress.com.evil.net/orderList.htm',
  'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2Fp%2Forder%2Findex.html',
  'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc',
  'ftp://www.aliexpress.com/p/order/index.html',
  'javascript:alert(1)//www.aliexpress.com/p/order/index.html',
  'not a url',
];

export function detectPage(url: URL | string): PageKind {
  const u = toUrl(url);
  if (!u) return null;
  for (const [kind, test] of Object.entries(DETECTORS) as [Kind, (u: URL) => boolean][]) {
    if (test(u)) return kind;
  }
  return null;
}

export const isOrderList = (url: URL | string): boolean => detectPage(url) === 'order_list';
export const isOrderDetail = (url: URL | string): boolean => detectPage(url) === 'order_detail';
export const isTracking = (url: URL | string): boolean => detectPage(url) === 'tracking';
export const isRuOrderList = (url: URL | string): boolean => detectPage(url) === 'ru_order_list';
export const isRuOrderDetail = (url: URL | string): boolean => detectPage(url) === 'ru_order_detail';

/** The login page a logged-out visitor is redirected to. */
export const LOGIN_EXAMPLES: readonly string[] = [
  'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2Fp%2Forder%2Findex.html',
  'https://login.aliexpress.com/setCommonCookie.htm?return_url=x',
  'https://passport.aliexpress.com/mini_login.htm',
  'https://login.aliexpress.ru/',
];
export function isLoginUrl(url: URL | string): boolean {
  const u = toUrl(url);
  return !!u && LOGIN_HOST.test(u.hostname);
}

/** Alibaba's anti-bot "punish" page (slider captcha) that replaces any page after too many hits. */
export const PUNISH_EXAMPLES: readonly string[] = [
  'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=abc&x5step=1',
  'https://www.aliexpress.com//p/order/index.html/_____tmd_____/punish?x5secdata=abc',
  'https://aliexpress.ru/_____tmd_____/punish?x5secdata=abc',
];
export function isPunishUrl(url: URL | string): boolean {
  const u = toUrl(url);
  return !!u && isAliExpressHost(u.hostname) && u.pathname.includes('/_____tmd_____/punish');
}

/** The order a page is about: `orderId`, `tradeOrderId`, legacy `tradeId`, or the .ru path. */
export function orderIdFromUrl(url: URL | string): string | undefined {
  const u = toUrl(url);
  if (!u || !isAliExpressHost(u.hostname)) return undefined;
  for (const key of ['orderId', 'tradeOrderId', 'tradeId']) {
    const value = u.searchParams.get(key)?.trim();
    if (value && ORDER_ID.test(value)) return value;
  }
  const ru = /^\/order-list\/(\d{15,19})\/?$/.exec(u.pathname);
  return RU_HOST.test(u.hostname) ? ru?.[1] : undefined;
}

export interface OrderUrls {
  detail: string;
  tracking: string;
}

/**
 * Links back to an order's pages on the site it was seen on. Unknown or legacy hosts fall back to
 * www.aliexpress.com so a stored `site` can never make us link elsewhere. aliexpress.ru has no
 * tracking page of its own: its orders are tracked on the global one.
 */
export function orderUrls(site: string, orderId: string): OrderUrls | null {
  if (!ORDER_ID.test(orderId)) return null;
  const host = site.toLowerCase();
  const tracking = (h: string): string => `https://${h}/p/tracking/index.html?tradeOrderId=${orderId}`;
  if (RU_HOST.test(host)) {
    return { detail: `https://aliexpress.ru/order-list/${orderId}`, tracking: tracking('www.aliexpress.com') };
  }
  const global = GLOBAL_HOST.test(host) ? host : 'www.aliexpress.com';
  return { detail: `https://${global}/p/order/detail.html?orderId=${orderId}`, tracking: tracking(global) };
}
