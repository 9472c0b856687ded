import { createHash } from 'node:crypto';
import md5 from 'blueimp-md5';
import { describe, expect, it } from 'vitest';
import { buildQueryDetailRequest, mtopSign, readH5Token } from '../../../../src/aliexpress/logistics/sign';
import { formatGmtOffset, parseGmtOffset } from '../../../../src/aliexpress/logistics/timezone';

// Imitates what the tracking page's H5 SDK sends for mtop.ae.ld.querydetail (aliexpress-data.md).
const COOKIE = 'ali_apache_id=33.1.2.3; _m_h5_tk=0123456789abcdef0123456789abcdef_1780000123456; _m_h5_tk_enc=ffff; xman_t=abc';

describe('readH5Token', () => {
  it('takes the _m_h5_tk value up to its first underscore', () => {
    expect(readH5Token(COOKIE)).toBe('0123456789abcdef0123456789abcdef');
  });
  it('ignores look-alike cookie names and answers empty when there is no token yet', () => {
    expect(readH5Token('_m_h5_tk_enc=ffff; x=1')).toBe('');
    expect(readH5Token('')).toBe('');
  });
  it('keeps a value without an underscore whole', () => {
    expect(readH5Token('_m_h5_tk=abc')).toBe('abc');
  });
});

describe('mtopSign', () => {
  it('is md5 of token&t&appKey&data', () => {
    // Independent references: RFC 1321's md5("abc") through the same library, and node:crypto.
    expect(md5('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(mtopSign('a', 'b', 'c', 'd')).toBe('1a1cc0c3fbc611945a28484d82dff748');
    expect(mtopSign('a', 'b', 'c', 'd')).toBe(createHash('md5').update('a&b&c&d').digest('hex'));
  });
});

describe('buildQueryDetailRequest', () => {
  const request = buildQueryDetailRequest({ orderId: '8200000000000001', cookie: COOKIE, now: 1_780_000_000_000, timeZoneOffsetMinutes: 120 });
  const expectedData =
    '{"tradeOrderId":"8200000000000001","tradeOrderLineId":"","terminalType":"PC","needPageDisplayInfo":true,"timeZone":"GMT+02:00","_lang":"en_US","_currency":"USD"}';

  it('serialises data in the site key order and signs that exact string', () => {
    expect(request.data).toBe(expectedData);
    expect(request.t).toBe('1780000000000');
    expect(request.token).toBe('0123456789abcdef0123456789abcdef');
    expect(request.sign).toBe(createHash('md5').update(`0123456789abcdef0123456789abcdef&1780000000000&12574478&${expectedData}`).digest('hex'));
  });

  it('builds the exact URL shape', () => {
    expect(request.url).toBe(
      'https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/?jsv=2.5.1&appKey=12574478&t=1780000000000' +
        `&sign=${request.sign}&api=mtop.ae.ld.querydetail&v=1.0&type=originaljson&dataType=json&data=${encodeURIComponent(expectedData)}`,
    );
    const url = new URL(request.url);
    expect([...url.searchParams.keys()]).toEqual(['jsv', 'appKey', 't', 'sign', 'api', 'v', 'type', 'dataType', 'data']);
    expect(url.searchParams.get('data')).toBe(expectedData);
  });

  it('passes language and currency through and signs with an empty token when the cookie has none', () => {
    const r = buildQueryDetailRequest({ orderId: '8200000000000006', cookie: '', now: 5, timeZoneOffsetMinutes: -180, lang: 'es_ES', currency: 'EUR' });
    expect(JSON.parse(r.data)).toMatchObject({ timeZone: 'GMT-03:00', _lang: 'es_ES', _currency: 'EUR' });
    expect(r.sign).toBe(createHash('md5').update(`&5&12574478&${r.data}`).digest('hex'));
  });
});

describe('GMT offsets', () => {
  it.each([
    [120, 'GMT+02:00'],
    [-180, 'GMT-03:00'],
    [330, 'GMT+05:30'],
    [0, 'GMT+00:00'],
    [-570, 'GMT-09:30'],
  ])('%i minutes ⇄ %s', (minutes, text) => {
    expect(formatGmtOffset(minutes)).toBe(text);
    expect(parseGmtOffset(text)).toBe(minutes);
  });
  it('reads short and bare forms, rejects the rest', () => {
    expect(parseGmtOffset('GMT+8')).toBe(480);
    expect(parseGmtOffset('UTC')).toBe(0);
    expect(parseGmtOffset('Europe/Madrid')).toBeUndefined();
    expect(parseGmtOffset(null)).toBeUndefined();
    expect(parseGmtOffset('GMT+25:00')).toBeUndefined();
  });
});
