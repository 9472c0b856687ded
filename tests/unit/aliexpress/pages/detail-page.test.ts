// @vitest-environment happy-dom
import { readDetailPage } from '../../../../src/aliexpress/detail-page';
import type { DetailPageRead } from '../../../../src/aliexpress/types';
import { loadFixture } from './fixtures';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

describe('order detail page (order-detail)', () => {
  test('status, info rows, item with its track link and ETA; the address is not read', () => {
    expect(readDetailPage(loadFixture('order-detail'), 'www.aliexpress.com')).toEqual<DetailPageRead>({
      orderId: '8181234567890123',
      statusText: 'Awaiting delivery',
      state: 'awaiting_delivery',
      placedText: 'Nov 12, 2026',
      placedAt: day(2026, 11, 12),
      paidText: 'Nov 12, 2026',
      paidAt: day(2026, 11, 12),
      shippedText: 'Nov 14, 2026',
      shippedAt: day(2026, 11, 14),
      infoRows: [
        { label: 'Ref. Number', value: '8181234567890123' },
        { label: 'Order placed on', value: 'Nov 12, 2026' },
        { label: 'Paid on', value: 'Nov 12, 2026' },
        { label: 'Shipment completed on', value: 'Nov 14, 2026' },
        { label: 'Payment method', value: 'Visa ending in 4242' },
      ],
      store: { name: '<img src=x onerror=alert(1)>', url: 'https://www.aliexpress.com/store/1101234567' },
      items: [
        {
          title: 'USB C Cable 240W Fast Charging Braided 2m "Pro" <b>Type-C</b>',
          sku: 'Color: Black, Length: 2m',
          quantity: 2,
          imageUrl: 'https://ae01.alicdn.com/kf/Sa1b2c3d4e5f6.jpg_220x220.jpg',
          itemId: '1005001234567890',
          trackUrl: 'https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=8181234567890123',
          lastEventText: 'Departed from country of origin',
          etaText: 'Estimated delivery date: Dec 3, 2026',
        },
      ],
      problems: [],
    });
  });
});

describe('detail page variants', () => {
  const page = (body: string): Document => new DOMParser().parseFromString(body, 'text/html');

  test('Spanish rows, NBSP after the label, copy word glued to the id, mailNoList in the track link', () => {
    const doc = page(`<div class="order-wrap">
      <div class="order-status"><div class="order-block-title">Esperando entrega </div></div>
      <div class="order-detail-order-info">
        <div class="info-row"><span>Nº de pedido:\u00a0</span><span>8181111122223333</span><span>Copiar</span></div>
        <div class="info-row"><span>Pedido efectuado el:\u00a0</span><span>12 de nov. de 2026</span></div>
        <div class="info-row"><span>Pagado el:</span><span>12 nov 2026</span></div>
      </div>
      <div class="order-detail-item-content-wrap">
        <div class="item-title"><a href="//es.aliexpress.com/item/1005008000000001.html">Reloj</a></div>
        <div class="item-price">23,45 € x 1</div>
        <a class="order-detail-item-track-info" href="//es.aliexpress.com/p/tracking/index.html?tradeOrderId=8181111122223333&mailNoList=LZ123456785CN,LP00612345678901">
          <div class="order-detail-item-track-info-desc">En tránsito</div></a>
      </div></div>`);
    expect(readDetailPage(doc, 'es.aliexpress.com')).toEqual<DetailPageRead>({
      orderId: '8181111122223333',
      statusText: 'Esperando entrega',
      state: 'awaiting_delivery',
      placedText: '12 de nov. de 2026',
      placedAt: day(2026, 11, 12),
      paidText: '12 nov 2026',
      paidAt: day(2026, 11, 12),
      infoRows: [
        { label: 'Nº de pedido', value: '8181111122223333' },
        { label: 'Pedido efectuado el', value: '12 de nov. de 2026' },
        { label: 'Pagado el', value: '12 nov 2026' },
      ],
      items: [
        {
          title: 'Reloj',
          quantity: 1,
          itemId: '1005008000000001',
          trackUrl: 'https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8181111122223333&mailNoList=LZ123456785CN,LP00612345678901',
          trackNumbers: ['LZ123456785CN', 'LP00612345678901'],
          lastEventText: 'En tránsito',
        },
      ],
      problems: ['store: not found (selector detailStoreName)'],
    });
  });

  test('mailNoList on a foreign host is ignored', () => {
    const doc = page(`<div class="order-detail-item-content-wrap"><div class="item-title">x</div>
      <a class="order-detail-item-track-info" href="https://evil.example/p/tracking/index.html?mailNoList=LP00612345678901">t</a></div>`);
    expect(readDetailPage(doc, 'www.aliexpress.com').items[0]?.trackNumbers).toBeUndefined();
  });

  test('an empty or foreign page reports what is missing and never throws', () => {
    for (const doc of [page(''), page('<<<>>>'), loadFixture('orders-en-2025'), loadFixture('tracking-1-package')]) {
      const read = readDetailPage(doc, 'www.aliexpress.com');
      expect(read).toMatchObject({ state: 'unknown', infoRows: [], items: [] });
      expect(read.problems).toEqual([
        'status: not found (selector detailStatus)',
        'info rows: not found (selector detailInfoRow)',
        'order id: no 15–19 digit run in the info rows',
        'store: not found (selector detailStoreName)',
        'items: not found (selector detailItem)',
      ]);
    }
  });
});
