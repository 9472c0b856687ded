import { describe, expect, it } from 'vitest';
import { parseQueryDetail } from '../../../../src/aliexpress/logistics/querydetail';
import { okData } from './fixtures';
import { classifyEvent } from '../../../../src/tracking/classify';

// The same answer as the site renders it for es_ES and ru_RU buyers: translated texts and promise lines.
const FETCHED = Date.parse('2026-07-12T12:00:00Z');

describe('in-transit-es.json (Spain, GMT+02:00)', () => {
  const result = parseQueryDetail(okData('in-transit-es.json'), { orderId: '8200000000000006', fetchedAt: FETCHED, timeZone: 'GMT+02:00', classify: classifyEvent });
  const [pkg] = result.packages;

  it('reads "Reembolso si no se entrega antes del 3 sept. 2026" as the end of Sep 3 in Madrid', () => {
    expect(result.deadline).toEqual({ at: Date.parse('2026-09-03T21:59:59.999Z'), text: 'Reembolso si no se entrega antes del 3 sept. 2026', basis: 'aliexpress' });
  });

  it('recognises the euro coupon line and keeps it out of the deadline', () => {
    expect(result.coupons).toEqual(['Solicitar un cupón de 1,00 € si se retrasa después del 3 ago. 2026']);
  });

  it('keeps the Spanish texts as the events own words', () => {
    expect(pkg?.numbers).toEqual(['LP00656789012345', 'RS615702942NL']);
    expect(pkg?.service).toBe('Envío estándar de AliExpress');
    expect(pkg?.events.map((e) => [e.code, e.text, e.location])).toEqual([
      ['AE_LH_ARRIVE_SUCCESS', 'Tu paquete ha llegado al aeropuerto local', 'Madrid'],
      ['AE_LH_DEPART_SUCCESS', 'El paquete ha salido del país o región de origen.', null],
      ['AE_SC_OUTBOUND_SUCCESS', 'El paquete ha salido del centro de clasificación de origen.', 'Shenzhen'],
      ['AE_PICK_UP_SUCCESS', 'El transportista ha recogido el paquete.', null],
      ['AE_ORDER_PAID', 'Tu paquete se está preparando', null],
      ['AE_ORDER_PLACED', 'Se ha creado tu pedido', null],
    ]);
    expect(pkg?.eta).toEqual({ from: Date.parse('2026-07-15T10:00:00Z'), to: Date.parse('2026-07-22T10:00:00Z'), text: '15 jul. - 22 jul.', source: 'aliexpress' });
    expect(result.destination).toEqual({ country: 'Spain', city: 'Ciudad Ejemplo', zip: '28000' });
    expect(result.problems).toEqual([]);
  });
});

describe('in-transit-ru.json (Russia, GMT+03:00)', () => {
  const result = parseQueryDetail(okData('in-transit-ru.json'), { orderId: '8200000000000007', fetchedAt: FETCHED, timeZone: 'GMT+03:00', classify: classifyEvent });
  const [pkg] = result.packages;

  it('reads "…не доставлен до 3 сент. 2026 г." as the end of Sep 3 in Moscow', () => {
    expect(result.deadline).toEqual({
      at: Date.parse('2026-09-03T20:59:59.999Z'),
      text: 'Возврат средств, если заказ не доставлен до 3 сент. 2026 г.',
      basis: 'aliexpress',
    });
  });

  it('recognises the rouble coupon line', () => {
    expect(result.coupons).toEqual(['Купон на 100 руб. при задержке доставки после 3 авг. 2026 г.']);
  });

  it('keeps the Russian texts and the last-mile carrier', () => {
    expect(pkg?.lastMile).toEqual({ name: 'Почта России', url: 'https://www.pochta.ru/' });
    expect(pkg?.events.map((e) => e.text)).toEqual([
      'Начато таможенное оформление',
      'Посылка покинула страну отправления.',
      'Посылка принята перевозчиком.',
      'Ваша посылка готовится к отправке',
      'Ваш заказ создан',
    ]);
    expect(pkg?.events[0]).toMatchObject({ location: 'Москва', timeZone: 'GMT+03:00', number: 'LP00667890123456' });
    expect(result.destination).toEqual({ country: 'Russian Federation', city: 'Город Пример', zip: '101000' });
  });
});
