import type { PageKind } from '../aliexpress/types';

/**
 * Where each content script runs. Match patterns are coarse (a path prefix, any query) and
 * `aliexpress.ru/order-list*` also matches .ru order pages, so the URL detectors of
 * src/aliexpress/urls.ts decide: each script handles only its own page kinds and leaves the rest.
 * tests/unit/page/matches.test.ts checks every detector example reaches exactly one script.
 */

const GLOBAL = ['*://*.aliexpress.com', '*://*.aliexpress.us'];
const RU = ['*://aliexpress.ru', '*://*.aliexpress.ru'];
/** The dead pre-2020 hosts, still reached through saved pages and old links. */
const TRADE = ['*://trade.aliexpress.com', '*://trade.aliexpress.us', '*://trade.aliexpress.ru'];
const TRACK = ['*://track.aliexpress.com', '*://track.aliexpress.us', '*://track.aliexpress.ru'];

/** Every host with every path: `patterns([hosts, paths], …)`. Pure, so a script does not carry the other's list. */
/* @__NO_SIDE_EFFECTS__ */
function patterns(...groups: [hosts: readonly string[], paths: readonly string[]][]): string[] {
  return groups.flatMap(([hosts, paths]) => hosts.flatMap((host) => paths.map((path) => `${host}${path}`)));
}

export interface ContentScriptScope<K extends Exclude<PageKind, null>> {
  matches: string[];
  kinds: readonly K[];
}

/** My Orders: the list on .com/.us, .ru's order list, the legacy trade list. */
export const ORDERS_SCRIPT: ContentScriptScope<'order_list' | 'ru_order_list' | 'legacy_order_list'> = {
  matches: patterns([GLOBAL, ['/p/order/index.html*']], [RU, ['/order-list*']], [TRADE, ['/orderList.htm*', '/orderlist.htm*']]),
  kinds: ['order_list', 'ru_order_list', 'legacy_order_list'],
};

/** One order: its detail page, its tracking page, .ru's order page, and their legacy pages. */
export const ORDER_PAGE_SCRIPT: ContentScriptScope<'order_detail' | 'tracking' | 'ru_order_detail' | 'legacy_order_detail' | 'legacy_tracking'> = {
  matches: patterns(
    [GLOBAL, ['/p/order/detail.html*', '/p/tracking/index.html*']],
    [RU, ['/order-list/*']],
    [TRADE, ['/order_detail.htm*']],
    [TRACK, ['/logisticsdetail.htm*', '/logisticsDetail.htm*']],
  ),
  kinds: ['order_detail', 'tracking', 'ru_order_detail', 'legacy_order_detail', 'legacy_tracking'],
};
