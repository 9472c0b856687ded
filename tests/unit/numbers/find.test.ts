// findNumbers on the kind of text people paste: seller chat, shipping e-mails, lists, prose in
// English, Russian, Chinese and Greek. Expected lists are exact (normalised, in order of appearance).
import { describe, expect, it } from 'vitest';
import { findNumbers, findNumbersDetailed } from '../../../src/core';

const EMAIL = `Subject: Your AliExpress order 8181234567890123 has shipped

Hello Anna,

Good news! Order 8181234567890123 (3 items, US $12.99) shipped on 15/01/2026.
Logistics number: LP 0012 3456 7890 12
International tracking: RB 123 456 785 GB — track it at https://global.cainiao.com/newDetail.htm?mailNoList=LP00123456789012

Questions? Call +1 (800) 555-0199 or +82 10 1234 5678. Ref. 2026-01-15.`;

const normalizedIn = (text: string): string[] => findNumbers(text).map((n) => n.normalized);

describe('findNumbers', () => {
  it.each([
    ['an e-mail with an order id, a grouped LP, a grouped S10, a URL, phones and dates', EMAIL, ['LP00123456789012', 'RB123456785GB']],
    [
      'Russian prose',
      'Здравствуйте! Ваш трек-номер: RB 123 456 785 GB, второй — lp00123456789012. Заказ №8181234567890123 от 15.01.2026, сумма 1 299,00 ₽, тел. +7 (916) 123-45-67, 8 800 555 35 35.',
      ['RB123456785GB', 'LP00123456789012'],
    ],
    [
      'Chinese with no spaces around numbers, full-width digits',
      '您好，单号LP00123456789012请查收，另一个是ＹＴ２０１２３４５６７８９０１２３４。订单号：8181234567890123',
      ['LP00123456789012', 'YT2012345678901234'],
    ],
    [
      'Greek prose',
      'Ο αριθμός αποστολής είναι UA123456785CN και το RB123456786US δεν είναι έγκυρο (2 τεμ.)',
      ['UA123456785CN', 'RB123456786US'],
    ],
    [
      'a pasted list with duplicates, lowercase and spacing variants',
      'LZ001234568CN\nlz001234568cn\nLZ 001 234 568 CN\n1Z5R89390357567127\nSYAE006809461\nYT2012345678901234\n\nLZ001234568CN',
      ['LZ001234568CN', '1Z5R89390357567127', 'SYAE006809461', 'YT2012345678901234'],
    ],
    ['neighbours on one line are not glued', 'RB123456785GB LP00123456789012 UG123456789YP', ['RB123456785GB', 'LP00123456789012', 'UG123456789YP']],
    ['grouped neighbours are not glued', 'LP 0012 3456 7890 12 RB 123 456 785 GB', ['LP00123456789012', 'RB123456785GB']],
    [
      'two grouped US numbers in a row',
      '7112 3456 7891 2345 6787 9400 1112 0255 5842 3326 69',
      ['71123456789123456787', '9400111202555842332669'],
    ],
    ['a UPS number in its printed grouping', 'UPS: 1Z 5R8 939 03 5756 7127.', ['1Z5R89390357567127']],
    ['a Korean number with dashes after Hangul', 'CJ대한통운 6123-4567-8901 배송', ['612345678901']],
    ['URL parameters', 'https://t.17track.net/en#nums=RB123456785GB,LP00123456789012', ['RB123456785GB', 'LP00123456789012']],
    ['invisible characters inside a number', 'Трек: LP0012\u200B3456\u200B7890\u00AD12!', ['LP00123456789012']],
    ['a look-alike fixed inside prose', 'my number is LZ0O1234568CN ok', ['LZ001234568CN']],
    ['a USPS number with its ZIP routing prefix', 'Label: 420 22153 9101026837331000039521', ['9101026837331000039521']],
    ['the routing prefix unspaced', 'Label: 420221539101026837331000039521', ['420221539101026837331000039521']],
    ['Cainiao super economy and Yanwen untracked forms', 'UN123456789MU / UZ0123456789Y', ['UN123456789MU', 'UZ0123456789Y']],
  ])('%s', (_name, text, numbers) => {
    expect(normalizedIn(text)).toEqual(numbers);
  });

  it.each([
    ['short digit runs, prices, quantities', 'x1 2026 3 pcs 12.99 USD 1 299,00 ₽ 100500'],
    ['dates and times', '15/01/2026 2026-01-15 15.01.2026 12:30 202601151230'],
    ['phone numbers', '+7 916 123-45-67, 8 800 555 35 35, +82 10 1234 5678, +8613812345678, 79161234567'],
    ['a Russian price written in thousands', 'итого 12 345 678 901 руб.'],
    ['ordinary words and codes', 'Hello LZ world, SKU AB-12, ISBN 978-3-16-148410-0, size XL, model A1234'],
    ['prose that happens to look S10-ish', 'this is 123456789 in my notes'],
    ['a word glued to digits into a low-confidence shape (DHL e-commerce IN…)', 'see you in 2026 0115 1230'],
    ['the word Cainiao before a number', 'Cainiao 2026 12345 update'],
    ['an LP code a digit short (reported by analyzeNumber, not found in text)', 'LP0012345678901'],
    ['a UPS number with a wrong check digit (only S10 shapes are reported invalid)', '1Z5R89390357567128'],
    ['a 10-digit DHL-shaped run (looks like a phone)', 'call 3318810025'],
    ['only an order id', 'Order 8181234567890123'],
  ])('finds nothing in %s', (_name, text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('keeps the text as written and the verdict for each number', () => {
    const [lp, s10, bad] = findNumbers('LP 0012 3456 7890 12; rb123456785gb; RB 123 456 786 US');
    expect(lp).toMatchObject({ input: 'LP 0012 3456 7890 12', pattern: 'cainiao-lp', corrections: ['removed_spaces'] });
    expect(s10).toMatchObject({ input: 'rb123456785gb', valid: true, corrections: ['lowercase'] });
    expect(bad).toMatchObject({ input: 'RB 123 456 786 US', valid: false, reason: 's10_check_digit' });
  });

  it('reports S10-shaped invalid numbers, capitalised or not, but not glued lowercase prose', () => {
    expect(normalizedIn('fake: RB123456785XX, typo: rb123456786us')).toEqual(['RB123456785XX', 'RB123456786US']);
    expect(normalizedIn('RB 123 456 786 US')).toEqual(['RB123456786US']);
    expect(normalizedIn('rb 123 456 786 us')).toEqual([]);
    expect(normalizedIn('rb 123 456 785 gb')).toEqual(['RB123456785GB']); // a passing checksum proves it
  });
});

describe('findNumbersDetailed', () => {
  it('keeps order ids apart, de-duplicated, in order', () => {
    const found = findNumbersDetailed(`${EMAIL}\nAlso order 3012345678901234 and again 8181234567890123.`);
    expect(found.orderIds).toEqual(['8181234567890123', '3012345678901234']);
    expect(found.numbers.map((n) => n.normalized)).toEqual(['LP00123456789012', 'RB123456785GB']);
  });

  it('returns empty lists for empty text', () => {
    expect(findNumbersDetailed('')).toEqual({ numbers: [], orderIds: [] });
  });

  it('stays fast on a long paste', () => {
    const text = `${EMAIL}\n`.repeat(200); // ~90 KB
    const started = performance.now();
    const found = findNumbersDetailed(text);
    expect(found.numbers).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
