// @vitest-environment happy-dom
import { parsePageDate, parsePageDateTime } from '../../../../src/aliexpress/dates';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

describe('parsePageDate', () => {
  test.each([
    ['Nov 12, 2026', day(2026, 11, 12)],
    ['November 12, 2026', day(2026, 11, 12)],
    ['Sep. 3, 2026', day(2026, 9, 3)],
    ['12 nov. 2026', day(2026, 11, 12)], // fr, es
    ['12 de nov. de 2026', day(2026, 11, 12)], // es, pt
    ['28 de sept. de 2026', day(2026, 9, 28)],
    ['2 de out. de 2026', day(2026, 10, 2)], // pt: out = outubro
    ['3 févr. 2026', day(2026, 2, 3)],
    ['5 juil. 2026', day(2026, 7, 5)],
    ['5 juin 2026', day(2026, 6, 5)],
    ['12. Nov. 2026', day(2026, 11, 12)], // de
    ['3. März 2026', day(2026, 3, 3)],
    ['3 mrt. 2026', day(2026, 3, 3)], // nl
    ['12 listopada 2026', day(2026, 11, 12)], // pl
    ['12 paź 2026', day(2026, 10, 12)],
    ['12 Kasım 2026', day(2026, 11, 12)], // tr
    ['1 Ağustos 2026', day(2026, 8, 1)],
    ['12 ноября 2026 г.', day(2026, 11, 12)], // ru
    ['1 мая 2026', day(2026, 5, 1)],
    ['12 ott 2026', day(2026, 10, 12)], // it
    ['2026-11-12', day(2026, 11, 12)],
    ['2026/11/12', day(2026, 11, 12)],
    ['2026. 11. 12.', day(2026, 11, 12)], // ko
    ['2026년 11월 12일', day(2026, 11, 12)],
    ['2026年11月12日', day(2026, 11, 12)], // ja, zh
    ['12.11.2026', day(2026, 11, 12)], // de, ru
    ['Order date: Nov 12, 2026', day(2026, 11, 12)],
    ['\u00a0Nov\u00a012,\u00a02026\u00a0', day(2026, 11, 12)],
  ])('%s', (text, expected) => {
    expect(parsePageDate(text)).toBe(expected);
  });

  test.each([
    '12/11/2026', // ambiguous day/month order
    '11/12/2026',
    '12 בנוב׳ 2026', // Hebrew month names: not in the table, so not guessed
    '31 Nov 2026', // no such day
    '30.02.2026',
    'Nov 2026',
    'Foo 12, 2026', // not a month
    '12 jui 2026', // juin or juillet: ambiguous prefix
    '1899-01-01',
    '',
    '8181234567890123',
  ])('%s → undefined', (text) => {
    expect(parsePageDate(text)).toBeUndefined();
  });

  test('null and undefined are fine', () => {
    expect(parsePageDate(null)).toBeUndefined();
    expect(parsePageDate(undefined)).toBeUndefined();
  });
});

describe('parsePageDateTime (wall clock read as UTC)', () => {
  test.each([
    ['2026-11-20 14:32:10', Date.UTC(2026, 10, 20, 14, 32, 10)],
    ['Nov 21 2026 09:05', Date.UTC(2026, 10, 21, 9, 5)],
    ['Nov 22 2026 2:15 PM', Date.UTC(2026, 10, 22, 14, 15)],
    ['Nov 22 2026 12:15 a.m.', Date.UTC(2026, 10, 22, 0, 15)],
    ['20.11.2026 14:32', Date.UTC(2026, 10, 20, 14, 32)],
    ['2026-11-20', Date.UTC(2026, 10, 20)],
  ])('%s', (text, expected) => {
    expect(parsePageDateTime(text)).toBe(expected);
  });

  test.each(['14:32', '2026-11-20 25:00', 'Nov 22 2026 13:15 PM'])('%s → undefined', (text) => {
    expect(parsePageDateTime(text)).toBeUndefined();
  });
});
