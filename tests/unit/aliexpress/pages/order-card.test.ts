// @vitest-environment happy-dom
import { readOrderCard, readOrderCards, readTrackPopover, quantityOf } from '../../../../src/aliexpress/order-card';
import type { CardRead, OrderDraft } from '../../../../src/aliexpress/types';
import { type FixtureName, loadFixture, siteOf } from './fixtures';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const img = (n: string): string => `https://ae01.alicdn.com/kf/S${n}.jpg_220x220.jpg`;

function orders(name: FixtureName): OrderDraft[] {
  const reads = readOrderCards(loadFixture(name), siteOf(name));
  for (const r of reads) expect(r.ok ? r.problems : ['not ok', ...r.problems]).toEqual([]);
  return reads.flatMap((r) => (r.ok ? [r.order] : []));
}

/** id, state, statusText, placedText, placedAt, store name, total, item count */
type Row = [string, string, string, string, number | undefined, string, string, number];
function summary(o: OrderDraft): Row {
  return [o.id, o.state, o.statusText ?? '', o.placedText ?? '', o.placedAt, o.store?.name ?? '', o.totalText ?? '', o.items.length];
}

describe('My Orders, English 2023–25 labels (orders-en-2025)', () => {
  const list = orders('orders-en-2025');

  test('first card in full: hostile store name stays text, split price joined', () => {
    expect(list[0]).toEqual({
      id: '8181234567890123',
      site: 'www.aliexpress.com',
      state: 'awaiting_delivery',
      statusText: 'Awaiting delivery',
      placedText: 'Nov 12, 2026',
      placedAt: day(2026, 11, 12),
      store: { name: '<img src=x onerror=alert(1)>', url: 'https://www.aliexpress.com/store/1101234567' },
      items: [
        {
          title: 'USB C Cable 240W Fast Charging Braided 2m "Pro" <b>Type-C</b>',
          sku: 'Color: Black, Length: 2m',
          quantity: 2,
          imageUrl: img('a1b2c3d4e5f6'),
          itemId: '1005001234567890',
        },
      ],
      totalText: 'US $6.50',
    });
  });

  test('every card', () => {
    expect(list.map(summary)).toEqual<Row[]>([
      ['8181234567890123', 'awaiting_delivery', 'Awaiting delivery', 'Nov 12, 2026', day(2026, 11, 12), '<img src=x onerror=alert(1)>', 'US $6.50', 1],
      ['8181234567910123', 'awaiting_delivery', 'Awaiting delivery', 'Nov 12, 2026', day(2026, 11, 12), `Bob's "Best" Tools`, 'US $7.99', 1],
      ['8180987654321098', 'completed', 'Completed', 'Oct 3, 2026', day(2026, 10, 3), 'ACME Official Store', 'US $2.49', 1],
      ['8180876543210987', 'closed', 'Closed', 'Sep 28, 2026', day(2026, 9, 28), 'ACME Official Store', 'US $9.10', 1],
      ['8181299988877766', 'awaiting_payment', 'Awaiting payment', 'Nov 14, 2026', day(2026, 11, 14), 'Shenzhen Gadget Co.', 'US $12.00', 1],
      ['8181288877766655', 'awaiting_shipment', 'Awaiting shipment', 'Nov 13, 2026', day(2026, 11, 13), 'Shenzhen Gadget Co.', 'US $3.30', 1],
    ]);
  });

  test('orders split from one cart are 20000 apart', () => {
    expect(Number(list[1]!.id) - Number(list[0]!.id)).toBe(20000);
  });

  test('an empty SKU is left out, quantity x3 read', () => {
    expect(list[5]!.items[0]).toEqual({
      title: 'Magnetic Cable Organizer (3 pcs)',
      quantity: 3,
      imageUrl: img('f6a7b8c9d0e1'),
      itemId: '1005006789012345',
    });
  });

  test('the body-level popover belongs to the card whose button the caller hovered', () => {
    const doc = loadFixture('orders-en-2025');
    const card = doc.querySelector('.order-item')!;
    const withoutPopover = readOrderCard(card, 'www.aliexpress.com');
    expect(withoutPopover.ok && withoutPopover.trackingNumbersFromPopover).toBeUndefined();
    const popover = doc.querySelector('.comet-popover');
    const read = readOrderCard(card, 'www.aliexpress.com', { popover });
    expect(read.ok && read.trackingNumbersFromPopover).toEqual(['LP00612345678901']);
    expect(readTrackPopover(popover!)).toEqual({ numbers: ['LP00612345678901'], etaText: 'Dec 3, 2026' });
  });
});

describe('My Orders, English 2026 labels "Date:/Ref. Number:" (orders-en-2026)', () => {
  test('every card', () => {
    expect(orders('orders-en-2026').map(summary)).toEqual<Row[]>([
      ['8190011122233344', 'awaiting_delivery', 'Awaiting delivery', 'Dec 1, 2026', day(2026, 12, 1), 'Outdoor Life Store', 'US $15.40', 1],
      ['8190011122253344', 'processing', 'Processing', 'Dec 2, 2026', day(2026, 12, 2), 'Outdoor Life Store', 'US $24.99', 1],
      ['8189900011122233', 'completed', 'Completed', 'Aug 30, 2026', day(2026, 8, 30), 'Outdoor Life Store', 'US $8.00', 1],
      ['8189800011122233', 'closed', 'Closed', 'Jul 4, 2026', day(2026, 7, 4), 'Outdoor Life Store', 'US $3.15', 1],
    ]);
  });

  test('site and links stay on aliexpress.us', () => {
    const [first] = orders('orders-en-2026');
    expect(first!.site).toBe('www.aliexpress.us');
    expect(first!.store?.url).toBe('https://www.aliexpress.us/store/1102000001');
  });
});

describe('My Orders, Spanish "Fecha compra:/Orden ID:" (orders-es)', () => {
  test('every card', () => {
    expect(orders('orders-es').map(summary)).toEqual<Row[]>([
      ['8181111122223333', 'awaiting_delivery', 'Esperando entrega', '12 de nov. de 2026', day(2026, 11, 12), 'Tienda Oficial Xiaomi', '23,45 €', 1],
      ['8180222233334444', 'completed', 'Completado', '3 de oct. de 2026', day(2026, 10, 3), 'Mundo Cables', '6,20 €', 1],
      ['8180333344445555', 'closed', 'Cerrado', '28 de sept. de 2026', day(2026, 9, 28), 'Mundo Cables', '1,99 €', 1],
      ['8181444455556666', 'awaiting_payment', 'Esperando pago', '14 de nov. de 2026', day(2026, 11, 14), 'Mundo Cables', '8,00 €', 1],
    ]);
  });

  test('the 2023 popover (number on the unclassed second line) rendered inside the card is read', () => {
    const [first] = readOrderCards(loadFixture('orders-es'), 'es.aliexpress.com');
    expect(first!.ok && first!.trackingNumbersFromPopover).toEqual(['LZ123456785CN']);
  });
});

describe('My Orders, Portuguese pt_BR with trailing spaces (orders-pt-br)', () => {
  test('every card; statusText is trimmed', () => {
    expect(orders('orders-pt-br').map(summary)).toEqual<Row[]>([
      ['8181555566667777', 'awaiting_delivery', 'Aguardando entrega', '12 de nov. de 2026', day(2026, 11, 12), 'Loja Oficial Baseus', 'R$ 61,90', 1],
      ['8180666677778888', 'completed', 'Concluído', '2 de out. de 2026', day(2026, 10, 2), 'Loja Oficial Baseus', 'R$ 36,90', 1],
      ['8181777788889999', 'awaiting_shipment', 'Aguardando envio', '13 de nov. de 2026', day(2026, 11, 13), 'Casa & Cozinha', 'R$ 89,00', 1],
      ['8180888899990000', 'closed', 'Fechado', '1 de set. de 2026', day(2026, 9, 1), 'Casa & Cozinha', 'R$ 25,00', 1],
    ]);
  });
});

describe('My Orders, German (orders-de)', () => {
  test('every card, both date styles', () => {
    expect(orders('orders-de').map(summary)).toEqual<Row[]>([
      ['8181010120203030', 'awaiting_delivery', 'Lieferung ausstehend', '12.11.2026', day(2026, 11, 12), 'Werkzeug-Welt Store', '9,87 €', 1],
      ['8180101020203030', 'completed', 'Abgeschlossen', '3. Okt. 2026', day(2026, 10, 3), 'Werkzeug-Welt Store', '19,99 €', 1],
      ['8180202030304040', 'closed', 'Geschlossen', '28.09.2026', day(2026, 9, 28), 'Werkzeug-Welt Store', '5,00 €', 1],
    ]);
  });
});

describe('My Orders, Hebrew RTL (orders-he-rtl)', () => {
  test('ids inside direction marks; Hebrew month names kept as text only; bidi overrides dropped', () => {
    expect(orders('orders-he-rtl').map(summary)).toEqual<Row[]>([
      ['8181212134345656', 'awaiting_delivery', 'ממתין למסירה', '12 בנוב׳ 2026', undefined, 'חנות "הכל בשקל" הרשמית evil', '₪18.90', 1],
      ['8180121234345656', 'completed', 'הושלם', '2026-10-03', day(2026, 10, 3), 'Tech Planet', '₪27.00', 1],
      ['8180232345456767', 'closed', 'סגור', '28 בספט׳ 2026', undefined, 'Tech Planet', '₪7.20', 1],
    ]);
  });

  test('the id comes from the header digits when the links are gone, not from the label', () => {
    const card = loadFixture('orders-he-rtl').querySelector('.order-item')!;
    for (const a of Array.from(card.querySelectorAll('a[href]'))) a.removeAttribute('href');
    const read = readOrderCard(card, 'he.aliexpress.com');
    expect(read.ok && read.order.id).toBe('8181212134345656');
  });
});

describe('3 items in 2 packages (orders-multi-item)', () => {
  test('thumbnail items, both popover numbers', () => {
    const [read] = readOrderCards(loadFixture('orders-multi-item'), 'www.aliexpress.com');
    expect(read).toEqual<CardRead>({
      ok: true,
      order: {
        id: '8181456789012345',
        site: 'www.aliexpress.com',
        state: 'awaiting_delivery',
        statusText: 'Awaiting delivery',
        placedText: 'Nov 18, 2026',
        placedAt: day(2026, 11, 18),
        store: { name: 'Maker Parts Store', url: 'https://www.aliexpress.com/store/1107000001' },
        items: [
          { title: '', imageUrl: img('8091a2b3c4d5'), itemId: '1005012000000001' },
          { title: '', imageUrl: img('91a2b3c4d5e6'), itemId: '1005012000000002' },
          { title: '', imageUrl: img('a2b3c4d5e6f7'), itemId: '1005012000000003' },
        ],
        totalText: 'US $21.37',
      },
      trackingNumbersFromPopover: ['RS112233447NL', 'LP00612345678903'],
      problems: [],
    });
  });
});

describe('60-order account, first page (orders-paged-60)', () => {
  test('10 cards with the generated data', () => {
    const list = orders('orders-paged-60');
    expect(list).toHaveLength(10);
    expect(list[0]!.id).toBe('8182000000000000');
    expect(list[9]!.id).toBe(String(8182000000000000 + 9 * 1000003));
    expect(list.map((o) => o.state)).toEqual([
      'awaiting_delivery', 'completed', 'completed', 'closed', 'awaiting_delivery', 'completed',
      'awaiting_delivery', 'completed', 'completed', 'closed',
    ]);
    expect(list[9]!.placedAt).toBe(day(2026, 11, 12) - 27 * 86_400_000);
  });
});

describe('cards without a readable id, or without much else', () => {
  const site = 'www.aliexpress.com';
  const cardFrom = (html: string): Element => {
    const doc = new DOMParser().parseFromString(`<div class="order-content">${html}</div>`, 'text/html');
    return doc.querySelector('.order-item') ?? doc.body;
  };

  test('an id is never taken from a label or from a short number', () => {
    const card = cardFrom(`<div class="order-item"><div class="order-item-header-right-info">
      <div>Order date: Nov 12, 2026</div><div>Order ID: 81812345 Copy</div></div></div>`);
    const read = readOrderCard(card, site);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toBe('no_order_id');
    expect(!read.ok && read.element).toBe(card);
    expect(read.problems.join('\n')).toMatch(/order id/);
  });

  test('a link to a look-alike host does not provide the id', () => {
    const card = cardFrom(`<div class="order-item">
      <a data-pl="order_item_header_detail" href="https://www.aliexpress.com.evil.net/p/order/detail.html?orderId=8181234567890123">x</a></div>`);
    expect(readOrderCard(card, site).ok).toBe(false);
  });

  test('link and header disagreeing is reported; the link wins', () => {
    const card = cardFrom(`<div class="order-item"><div class="order-item-header-right-info">
      <div>Date: Nov 12, 2026</div><div>Ref. Number: 8181234567890123</div></div>
      <a data-pl="order_item_header_detail" href="//www.aliexpress.com/p/order/detail.html?orderId=8181234567910123">Order details</a></div>`);
    const read = readOrderCard(card, site);
    expect(read.ok && read.order.id).toBe('8181234567910123');
    expect(read.problems).toContain('order id: link says 8181234567910123, header says 8181234567890123');
  });

  test('a bare card with only an id is read, with every missing field listed', () => {
    const card = cardFrom(`<div class="order-item"><a href="/p/tracking/index.html?tradeOrderId=8181234567890123">Track</a></div>`);
    const read = readOrderCard(card, site);
    expect(read).toMatchObject({ ok: true, order: { id: '8181234567890123', state: 'unknown', items: [] } });
    expect(read.problems).toEqual([
      'header: not found (selector cardHeaderInfo)',
      'status: not found (selector cardStatus)',
      'date: not found (selector cardHeaderInfo)',
      'total: not found (selector cardTotal)',
      'items: not found (selector itemBody)',
      'store: not found (selector storeName)',
    ]);
  });

  test('unknown status words and unparseable dates are kept as text and reported', () => {
    const card = cardFrom(`<div class="order-item"><span class="order-item-header-status-text">Quantum state</span>
      <div class="order-item-header-right-info"><div>Date: someday</div><div>8181234567890123</div></div></div>`);
    const read = readOrderCard(card, site);
    expect(read).toMatchObject({ ok: true, order: { state: 'unknown', statusText: 'Quantum state', placedText: 'someday' } });
    expect(read.ok && 'placedAt' in read.order).toBe(false);
    expect(read.problems).toContain('status: unrecognised text "Quantum state"');
  });

  test('garbage never throws', () => {
    const garbage = [
      '<div class="order-item"></div>',
      '<div class="order-item"><<<>>>&&&<div class="order-item-header-right-info"><div></div></div></div>',
      '<div class="order-item"><span class="order-item-content-info-number-quantity">x0</span><div class="order-item-content-body"><a class="order-item-content-img" style="background-image: url("></a></div></div>',
      '<div class="order-item"><a data-pl="order_item_header_detail" href="javascript:alert(1)?orderId=8181234567890123">x</a></div>',
      '<table><tr><td class="order-item">8181234567890123</td></tr></table>',
    ];
    for (const html of garbage) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(() => readOrderCards(doc, site)).not.toThrow();
      expect(() => readOrderCard(doc.body, site)).not.toThrow();
    }
  });

  test('unknown layout: no cards, nothing thrown', () => {
    expect(readOrderCards(loadFixture('orders-unknown-layout'), site)).toEqual([]);
    expect(readOrderCards(loadFixture('orders-empty'), site)).toEqual([]);
  });
});

test.each([
  ['x1', 1],
  ['x 2', 2],
  ['×3', 3],
  ['X12', 12],
  ['x0', undefined],
  ['', undefined],
  ['US $3.25', undefined],
])('quantityOf(%j) = %s', (text, n) => {
  expect(quantityOf(text)).toBe(n);
});
