// @vitest-environment happy-dom
import {
  LOGIN_EXAMPLES,
  NOT_OURS,
  PAGE_EXAMPLES,
  PUNISH_EXAMPLES,
  detectPage,
  isAliExpressHost,
  isLoginUrl,
  isOrderList,
  isPunishUrl,
  orderIdFromUrl,
  orderUrls,
} from '../../../../src/aliexpress/urls';

const KINDS = Object.keys(PAGE_EXAMPLES) as (keyof typeof PAGE_EXAMPLES)[];

describe('detectPage', () => {
  // Both ways: each detector matches its own examples, and so none of the others' (one kind per URL).
  test.each(KINDS)('%s matches its own examples and no other detector does', (kind) => {
    for (const url of PAGE_EXAMPLES[kind]) {
      expect(detectPage(url), url).toBe(kind);
      expect(detectPage(new URL(url)), url).toBe(kind);
    }
  });

  test('no detector matches other pages, look-alike hosts or other schemes', () => {
    for (const url of [...NOT_OURS, ...LOGIN_EXAMPLES, ...PUNISH_EXAMPLES]) expect(detectPage(url), url).toBeNull();
  });

  test('every kind has examples', () => {
    expect(KINDS.sort()).toEqual(
      [
        'legacy_order_detail',
        'legacy_order_list',
        'legacy_tracking',
        'order_detail',
        'order_list',
        'ru_order_detail',
        'ru_order_list',
        'tracking',
      ].sort(),
    );
    for (const kind of KINDS) expect(PAGE_EXAMPLES[kind].length).toBeGreaterThan(0);
  });

  test('named helpers agree with detectPage', () => {
    expect(isOrderList('https://www.aliexpress.com/p/order/index.html')).toBe(true);
    expect(isOrderList('https://www.aliexpress.com.evil.net/p/order/index.html')).toBe(false);
  });
});

describe('hosts', () => {
  test.each([
    ['www.aliexpress.com', true],
    ['es.aliexpress.com', true],
    ['aliexpress.ru', true],
    ['www.aliexpress.us', true],
    ['WWW.ALIEXPRESS.COM', true],
    ['aliexpress.com.evil.net', false],
    ['notaliexpress.com', false],
    ['evil-aliexpress.com', false],
    ['aliexpress.co', false],
    ['', false],
  ])('%s → %s', (host, ok) => {
    expect(isAliExpressHost(host)).toBe(ok);
  });

  test('login and punish URLs, both ways', () => {
    for (const url of LOGIN_EXAMPLES) expect(isLoginUrl(url), url).toBe(true);
    for (const url of PUNISH_EXAMPLES) expect(isPunishUrl(url), url).toBe(true);
    for (const url of [...NOT_OURS.filter((u) => !u.includes('login.') && !u.includes('punish')), ...Object.values(PAGE_EXAMPLES).flat()]) {
      expect(isLoginUrl(url), url).toBe(false);
      expect(isPunishUrl(url), url).toBe(false);
    }
    expect(isLoginUrl('https://login.aliexpress.com.evil.net/')).toBe(false);
    expect(isPunishUrl('https://evil.net/_____tmd_____/punish')).toBe(false);
  });
});

describe('orderIdFromUrl', () => {
  test.each([
    ['https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123', '8181234567890123'],
    ['https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8181234567890123', '8181234567890123'],
    ['https://track.aliexpress.com/logisticsdetail.htm?tradeId=8181234567890123', '8181234567890123'],
    ['https://trade.aliexpress.com/order_detail.htm?orderId=818123456789012', '818123456789012'],
    ['https://aliexpress.ru/order-list/5000123456789012?filterName=active', '5000123456789012'],
    ['https://aliexpress.ru/order-list/5000123456789012/', '5000123456789012'],
  ])('%s → %s', (url, id) => {
    expect(orderIdFromUrl(url)).toBe(id);
  });

  test.each([
    'https://www.aliexpress.com/p/order/detail.html?orderId=81812345678',
    'https://www.aliexpress.com/p/order/detail.html?orderId=81812345678901234567',
    'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123abc',
    'https://www.aliexpress.com/p/order/detail.html',
    'https://www.aliexpress.com.evil.net/p/order/detail.html?orderId=8181234567890123',
    'https://www.aliexpress.com/order-list/8181234567890123',
    'not a url',
  ])('none in %s', (url) => {
    expect(orderIdFromUrl(url)).toBeUndefined();
  });
});

describe('orderUrls', () => {
  test('global sites link back to the same host', () => {
    expect(orderUrls('es.aliexpress.com', '8181234567890123')).toEqual({
      detail: 'https://es.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
      tracking: 'https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8181234567890123',
    });
    expect(orderUrls('www.aliexpress.us', '8181234567890123')?.detail).toBe(
      'https://www.aliexpress.us/p/order/detail.html?orderId=8181234567890123',
    );
  });

  test('aliexpress.ru orders are tracked on the global tracking page', () => {
    expect(orderUrls('aliexpress.ru', '5000123456789012')).toEqual({
      detail: 'https://aliexpress.ru/order-list/5000123456789012',
      tracking: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=5000123456789012',
    });
  });

  test('unknown, legacy or hostile sites fall back to www.aliexpress.com', () => {
    for (const site of ['aliexpress.com.evil.net', 'trade.aliexpress.com', 'evil.net/x?', '']) {
      expect(orderUrls(site, '8181234567890123')?.detail, site).toBe(
        'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
      );
    }
  });

  test('links from orderUrls are detected as the right pages and carry the id back', () => {
    for (const site of ['www.aliexpress.com', 'he.aliexpress.com', 'aliexpress.ru']) {
      const urls = orderUrls(site, '8181234567890123')!;
      expect(orderIdFromUrl(urls.detail)).toBe('8181234567890123');
      expect(orderIdFromUrl(urls.tracking)).toBe('8181234567890123');
      expect(detectPage(urls.tracking)).toBe('tracking');
      expect(detectPage(urls.detail)).toBe(site === 'aliexpress.ru' ? 'ru_order_detail' : 'order_detail');
    }
  });

  test('invalid ids give null, never a link', () => {
    expect(orderUrls('www.aliexpress.com', '123')).toBeNull();
    expect(orderUrls('www.aliexpress.com', '8181234567890123&x=1')).toBeNull();
  });
});
