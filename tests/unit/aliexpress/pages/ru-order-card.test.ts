// @vitest-environment happy-dom
import { readRuOrderCard, readRuOrderCards } from '../../../../src/aliexpress/ru-order-card';
import type { CardRead } from '../../../../src/aliexpress/types';
import { loadFixture } from './fixtures';

describe('aliexpress.ru order list (orders-ru-platform)', () => {
  const reads = readRuOrderCards(loadFixture('orders-ru-platform'), 'aliexpress.ru');

  test('every card, ids without their display spaces', () => {
    expect(reads.map((r) => (r.ok ? [r.order.id, r.order.state, r.order.statusText, r.order.totalText, r.order.items.length] : r.reason))).toEqual([
      ['5000123456789012', 'awaiting_delivery', 'В пути', '1 234,56 ₽', 1],
      ['5000123456809012', 'awaiting_shipment', 'Ожидает отправки', '389 ₽', 2],
      ['5000111122223333', 'awaiting_delivery', 'Ждёт в пункте выдачи', '712,40 ₽', 1],
      ['5000987654321098', 'completed', 'Получен', '455 ₽', 1],
    ]);
    for (const r of reads) expect(r.problems).toEqual([]);
  });

  test('the delayed card in full: hostile seller text stays text, late flag read', () => {
    expect(reads[1]).toEqual<CardRead>({
      ok: true,
      order: {
        id: '5000123456809012',
        site: 'aliexpress.ru',
        state: 'awaiting_shipment',
        statusText: 'Ожидает отправки',
        store: { name: '"><script>alert(1)</script>' },
        items: [
          { title: 'Чехол для телефона', imageUrl: 'https://ae04.alicdn.com/kf/Sru0002.jpg_120x120.jpg' },
          { title: 'Защитное стекло, 2 шт.', imageUrl: 'https://ae04.alicdn.com/kf/Sru0003.jpg_120x120.jpg' },
        ],
        totalText: '389 ₽',
      },
      delivery: { title: 'Доставка 20 декабря', description: 'Продавец задерживает отправку', delayed: true },
      problems: [],
    });
  });

  test('delivery lines', () => {
    expect(reads.map((r) => r.ok && r.delivery)).toEqual([
      { title: 'Доставка 12 декабря', description: 'Посылка прибыла в сортировочный центр', delayed: false },
      { title: 'Доставка 20 декабря', description: 'Продавец задерживает отправку', delayed: true },
      { title: 'Можно забрать до 30 ноября', delayed: false },
      { title: 'Доставлено 3 октября', delayed: false },
    ]);
  });

  test('the .ru card shows no order date', () => {
    for (const r of reads) expect(r.ok && 'placedText' in r.order).toBe(false);
  });
});

describe('broken .ru cards', () => {
  const card = (html: string): Element =>
    new DOMParser().parseFromString(`<div class="RedOrderList_OrderList__item__zz999">${html}</div>`, 'text/html').body
      .firstElementChild!;

  test('number missing: the card link gives the id', () => {
    const read = readRuOrderCard(card('<a class="RedOrderList_OrderItem__link__zz999" href="/order-list/5000123456789012">x</a>'), 'aliexpress.ru');
    expect(read.ok && read.order.id).toBe('5000123456789012');
    expect(read.problems).toEqual([
      'status: not found (selector ruStatus)',
      'total: not found (selector ruTotal)',
      'store: not found (selector ruSeller)',
    ]);
  });

  test('a new build hash still matches by prefix', () => {
    const read = readRuOrderCard(
      card('<div class="RedOrderList_OrderItem__number__99zzz">5000 1234 5678 9012</div><div class="RedOrderList_OrderItem__tag__99zzz">Отменён</div>'),
      'aliexpress.ru',
    );
    expect(read).toMatchObject({ ok: true, order: { id: '5000123456789012', state: 'closed' } });
  });

  test('no number and no link: not ok, never thrown', () => {
    const el = card('<div data-testid="orderNumber">5000 1234</div>');
    const read = readRuOrderCard(el, 'aliexpress.ru');
    expect(read).toMatchObject({ ok: false, reason: 'no_order_id', element: el });
  });

  test('number and link disagreeing is reported', () => {
    const read = readRuOrderCard(
      card('<a href="/order-list/5000123456789012"><div data-testid="orderNumber">5000 1234 5680 9012</div></a>'),
      'aliexpress.ru',
    );
    expect(read.problems).toContain('order id: number says 5000123456809012, link says 5000123456789012');
  });
});
