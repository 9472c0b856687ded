// @vitest-environment happy-dom
import { queryAll, queryFirst } from '../../../../src/aliexpress/dom';
import { readOrderCards } from '../../../../src/aliexpress/order-card';
import { readPageHealth } from '../../../../src/aliexpress/page-state';
import { FIXTURE_URLS, mountFixtureWithScripts } from './fixtures';

// The 60-order fixture behaves like the real list: "View orders" appends 10 cards per click and a
// tab re-renders every card. These tests pin that behaviour so observers can be tested against it.
describe('orders-paged-60 behaviour', () => {
  beforeEach(() => mountFixtureWithScripts('orders-paged-60'));

  const more = (): HTMLElement | null => queryFirst(document, 'loadMore') as HTMLElement | null;
  const ids = (): string[] => readOrderCards(document, 'www.aliexpress.com').map((r) => (r.ok ? r.order.id : 'bad'));

  test('each "View orders" click appends 10 readable cards; the button goes on the last page', () => {
    expect(ids()).toHaveLength(10);
    for (let page = 2; page <= 6; page++) {
      more()!.click();
      expect(ids()).toHaveLength(page * 10);
    }
    expect(more()).toBeNull();
    const all = ids();
    expect(new Set(all).size).toBe(60);
    expect(all[59]).toBe(String(8182000000000000 + 59 * 1000003));
    const reads = readOrderCards(document, 'www.aliexpress.com');
    expect(reads.every((r) => r.ok && r.problems.length === 0)).toBe(true);
    expect(readPageHealth(document, FIXTURE_URLS['orders-paged-60'])).toEqual({ status: 'ok', page: 'order_list', found: 60 });
  });

  test('script-built cards read exactly like the static ones', () => {
    more()!.click();
    const reads = readOrderCards(document, 'www.aliexpress.com');
    const eleventh = reads[10];
    expect(eleventh).toEqual({
      ok: true,
      order: {
        id: String(8182000000000000 + 10 * 1000003),
        site: 'www.aliexpress.com',
        state: 'awaiting_delivery',
        statusText: 'Awaiting delivery',
        placedText: 'Oct 13, 2026',
        placedAt: Date.UTC(2026, 9, 13),
        store: { name: 'Store 3', url: 'https://www.aliexpress.com/store/1108000003' },
        items: [
          {
            title: 'Item number 11',
            sku: 'Variant: K',
            quantity: 2,
            imageUrl: 'https://ae01.alicdn.com/kf/Sp010.jpg_220x220.jpg',
            itemId: String(1005013000000000 + 10),
          },
        ],
        totalText: 'US $11.99',
      },
      problems: [],
    });
  });

  test('a tab click replaces every card node', () => {
    const before = queryAll(document, 'orderCard');
    (document.querySelectorAll('.comet-tabs-nav-item')[3] as HTMLElement).click();
    const after = queryAll(document, 'orderCard');
    expect(after.length).toBe(10);
    expect(after.some((card) => before.includes(card))).toBe(false);
    const reads = readOrderCards(document, 'www.aliexpress.com');
    expect(new Set(reads.map((r) => r.ok && r.order.state))).toEqual(new Set(['awaiting_delivery']));
    (document.querySelectorAll('.comet-tabs-nav-item')[0] as HTMLElement).click();
    expect(ids()[0]).toBe('8182000000000000');
  });
});
