// @vitest-environment happy-dom
import { readPageHealth } from '../../../../src/aliexpress/page-state';
import type { PageHealth } from '../../../../src/aliexpress/types';
import { FIXTURE_NAMES, FIXTURE_URLS, type FixtureName, loadFixture } from './fixtures';

const EXPECTED: Record<FixtureName, PageHealth> = {
  'orders-en-2025': { status: 'ok', page: 'order_list', found: 6 },
  'orders-en-2026': { status: 'ok', page: 'order_list', found: 4 },
  'orders-es': { status: 'ok', page: 'order_list', found: 4 },
  'orders-pt-br': { status: 'ok', page: 'order_list', found: 4 },
  'orders-de': { status: 'ok', page: 'order_list', found: 3 },
  'orders-he-rtl': { status: 'ok', page: 'order_list', found: 3 },
  'orders-multi-item': { status: 'ok', page: 'order_list', found: 1 },
  'orders-paged-60': { status: 'ok', page: 'order_list', found: 10 },
  'orders-empty': { status: 'empty', page: 'order_list' },
  'orders-unknown-layout': { status: 'unknown_layout', page: 'order_list', problems: ['no match for selector orderCard'] },
  'orders-ru-platform': { status: 'ok', page: 'ru_order_list', found: 4 },
  'orders-ru-empty': { status: 'empty', page: 'ru_order_list' },
  'order-detail': { status: 'ok', page: 'order_detail', found: 1 },
  'tracking-1-package': { status: 'ok', page: 'tracking', found: 1 },
  'tracking-2-packages': { status: 'ok', page: 'tracking', found: 1 },
  captcha: { status: 'verification', evidence: 'punish page URL' },
  login: { status: 'logged_out', evidence: 'login page URL' },
};

describe('readPageHealth on every fixture at its own URL', () => {
  test.each(FIXTURE_NAMES)('%s', (name) => {
    expect(readPageHealth(loadFixture(name), FIXTURE_URLS[name])).toEqual(EXPECTED[name]);
  });
});

describe('readPageHealth from the DOM alone', () => {
  const list = FIXTURE_URLS['orders-en-2025'];

  test('a verification dialog over My Orders wins over the cards', () => {
    const doc = loadFixture('orders-en-2025');
    doc.body.append(loadFixture('captcha').querySelector('.baxia-dialog')!);
    expect(readPageHealth(doc, list)).toEqual({ status: 'verification', evidence: 'captcha element #baxia-dialog-content' });
  });

  test('the captcha page served at the order list URL', () => {
    expect(readPageHealth(loadFixture('captcha'), list)).toEqual({
      status: 'verification',
      evidence: 'captcha element #baxia-dialog-content',
    });
  });

  test('a closed (hidden) verification dialog is ignored', () => {
    const doc = loadFixture('orders-en-2025');
    const dialog = loadFixture('captcha').querySelector('.baxia-dialog')!;
    dialog.setAttribute('style', 'display: none;');
    doc.body.append(dialog);
    expect(readPageHealth(doc, list)).toEqual({ status: 'ok', page: 'order_list', found: 6 });
  });

  test('a login form served at the order list URL is logged out', () => {
    expect(readPageHealth(loadFixture('login'), list)).toEqual({ status: 'logged_out', evidence: 'login form #fm-login-id' });
  });

  test('a stray login dialog beside readable cards is not', () => {
    const doc = loadFixture('orders-en-2025');
    doc.body.append(loadFixture('login').querySelector('.fm-login')!);
    expect(readPageHealth(doc, list)).toEqual({ status: 'ok', page: 'order_list', found: 6 });
  });

  test('pages we do not read', () => {
    const doc = loadFixture('orders-en-2025');
    expect(readPageHealth(doc, 'https://www.aliexpress.com/item/1005001234567890.html')).toEqual({ status: 'other_page' });
    expect(readPageHealth(doc, 'https://trade.aliexpress.com/orderList.htm')).toEqual({ status: 'other_page' });
    expect(readPageHealth(doc, 'https://aliexpress.ru/order-list/5000123456789012')).toEqual({ status: 'other_page' });
    expect(readPageHealth(doc, 'not a url')).toEqual({ status: 'other_page' });
  });

  test('a tracking or detail page that has not rendered is an unknown layout', () => {
    const blank = new DOMParser().parseFromString('<div id="root"></div>', 'text/html');
    expect(readPageHealth(blank, FIXTURE_URLS['tracking-1-package'])).toEqual({
      status: 'unknown_layout',
      page: 'tracking',
      problems: ['no tracking number and no events (selectors trackingNumber, trackingEvent)'],
    });
    expect(readPageHealth(blank, FIXTURE_URLS['order-detail'])).toEqual({
      status: 'unknown_layout',
      page: 'order_detail',
      problems: ['no match for selector detailItem'],
    });
  });

  test('a .ru list on the global URL is not mistaken for readable global cards', () => {
    expect(readPageHealth(loadFixture('orders-ru-platform'), list)).toMatchObject({ status: 'unknown_layout' });
  });
});
