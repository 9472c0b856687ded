import { describe, expect, it } from 'vitest';
import { chunk, failureForStatus, parseRetryAfter, uniqueNumbers } from '../../../src/carriers/http';

const NOW = Date.parse('2015-10-21T07:27:00Z');

describe('parseRetryAfter', () => {
  it.each<[string | null | undefined, number | undefined]>([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 21 Oct 2015 07:28:00 GMT', 60_000],
    ['Wed, 21 Oct 2015 07:00:00 GMT', 0], // already past: retry now
    ['Wednesday, 21-Oct-15 07:28:00 GMT', 60_000], // RFC 850, still seen
    ['-5', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%s → %s ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });
});

describe('failureForStatus', () => {
  const r = (status: number, retryAfter: string | null = null) => ({ status, body: '', retryAfter });
  it('reads only what a status says by itself', () => {
    expect(failureForStatus(r(200), NOW)).toBeUndefined();
    expect(failureForStatus(r(204), NOW)).toBeUndefined();
    expect(failureForStatus(r(400), NOW)).toBeUndefined();
    expect(failureForStatus(r(500), NOW)).toBeUndefined();
    expect(failureForStatus(r(429, '7'), NOW)).toEqual({ kind: 'rate_limited', retryAfterMs: 7000 });
    expect(failureForStatus(r(429, 'garbage'), NOW)).toEqual({ kind: 'rate_limited' });
    expect(failureForStatus(r(403), NOW)).toEqual({ kind: 'auth_failed', detail: 'HTTP 403' });
  });
});

describe('chunk and uniqueNumbers', () => {
  it('chunks into batches', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 10)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });

  it('normalises and de-duplicates numbers', () => {
    expect(uniqueNumbers([' rb123456785gb', 'RB 123456785 GB', '', '  ', 'LP00123456789012'])).toEqual(['RB123456785GB', 'LP00123456789012']);
  });
});
