import { describe, expect, it } from 'vitest';
import { combinedConfidence, fakeVerdicts, invalidNumberVerdicts, readNumbers } from '../../../src/intelligence';
import type { ParcelFacts } from '../../../src/intelligence';
import { day, ev, journeyTo, LP, makeFacts, makeOrder, makeParcel, OTHER_ORDER_ID, S10_BAD_CHECK } from './fixtures';

const fakes = (facts: ParcelFacts, now: number, untracked = false) =>
  fakeVerdicts(facts, readNumbers(facts.parcel), untracked, now);

describe('combining fake-number signals', () => {
  it.each([
    { strengths: ['weak'], expected: 'low' },
    { strengths: ['medium'], expected: 'medium' },
    { strengths: ['weak', 'weak'], expected: 'medium' },
    { strengths: ['strong'], expected: 'high' },
    { strengths: ['weak', 'medium'], expected: 'high' },
  ] as const)('$strengths → $expected', ({ strengths, expected }) => {
    expect(combinedConfidence(strengths.map((strength) => ({ reason: 'x', strength, evidence: {} })))).toBe(expected);
  });
});

describe('fake-number evidence', () => {
  it('Shenzhen "delivery" 2 days after shipping to Spain: both signals, high, with what was seen', () => {
    const facts = makeFacts({
      events: [ev(day(0), 'accepted', 'origin', { location: 'Shenzhen' }), ev(day(2), 'delivered', 'final', { location: 'Shenzhen' })],
    });
    const verdicts = fakes(facts, day(3));
    expect(verdicts.map((v) => [v.reason, v.confidence])).toEqual([
      ['delivered_in_origin_country', 'high'],
      ['delivered_too_fast', 'high'],
    ]);
    expect(verdicts[0]?.evidence).toMatchObject({ location: 'Shenzhen', country: 'CN', orderCountry: 'ES', signals: 2 });
    expect(verdicts[1]?.evidence).toMatchObject({ days: 2, minDays: 3, serviceClass: 'standard', anchor: 'first_scan' });
    expect(verdicts.every((v) => v.judgedAt === day(3))).toBe(true);
  });

  it('a lone "delivered" scan is timed from the order date', () => {
    const facts = makeFacts({
      parcel: makeParcel({ serviceClass: 'economy' }),
      events: [ev(day(0), 'delivered', 'final', { location: 'Madrid' })],
    });
    expect(fakes(facts, day(1))[0]?.evidence).toMatchObject({ anchor: 'order_placed', days: 3, minDays: 4 });
  });

  it('a "delivered" scan in a third country', () => {
    const facts = makeFacts({ events: [...journeyTo('line_haul'), ev(day(14), 'delivered', 'final', { location: 'Vilnius, Lithuania' })] });
    expect(fakes(facts, day(15))[0]).toMatchObject({ reason: 'delivered_elsewhere', evidence: { mismatch: 'country', country: 'LT' } });
  });

  it('"Atlanta, Georgia" is the US state, not the country', () => {
    const facts = makeFacts({
      orders: [makeOrder({ destination: { country: 'US', city: 'Atlanta' } })],
      parcel: makeParcel({ destCountry: 'United States' }),
      events: [...journeyTo('last_mile'), ev(day(18), 'delivered', 'final', { location: 'Atlanta, Georgia' })],
    });
    expect(fakes(facts, day(19))).toEqual([]);
  });

  it('reused number evidence names the other order and store', () => {
    const facts = makeFacts({
      sameNumberOrders: [makeOrder({ id: OTHER_ORDER_ID, placedAt: day(-60), store: { name: 'Fashion Queen Official' } })],
    });
    expect(fakes(facts, day(5))[0]?.evidence).toMatchObject({
      otherOrderId: OTHER_ORDER_ID,
      otherStore: 'Fashion Queen Official',
      store: 'Gadget Town Store',
      daysApart: 57,
      otherDestination: false,
    });
  });

  it('reused number to another address is unrelated even when placed the same week', () => {
    const facts = makeFacts({
      sameNumberOrders: [
        makeOrder({ id: OTHER_ORDER_ID, placedAt: day(-2), store: { name: 'Other' }, destination: { country: 'FR' } }),
      ],
    });
    expect(fakes(facts, day(5))[0]).toMatchObject({ reason: 'number_reused', confidence: 'high' });
  });

  it('no-record evidence counts from when the parcel was added and says whether LP grace applied', () => {
    const facts = makeFacts({ parcel: makeParcel({ numbers: [LP], addedAt: day(2) }), events: [], status: 'not_found' });
    expect(fakes(facts, day(30))[0]?.evidence).toMatchObject({ days: 28, since: day(2), lp: true, graceDays: 21 });
  });

  it('no-record and reserved-label rules stay silent for untracked services', () => {
    expect(fakes(makeFacts({ events: [], status: 'not_found' }), day(40), true)).toEqual([]);
    expect(fakes(makeFacts({ events: journeyTo('info_received') }), day(40), true)).toEqual([]);
  });

  it('origin unknown but an LP code means cross-border: 3.5 days is too fast for economy', () => {
    const facts = makeFacts({
      parcel: makeParcel({ serviceClass: 'economy', originCountry: undefined, numbers: [LP] }),
      events: [ev(day(0), 'accepted', 'origin', { number: LP }), ev(day(3.5), 'delivered', 'final', { number: LP, location: 'Madrid' })],
    });
    expect(fakes(facts, day(4))).toMatchObject([{ reason: 'delivered_too_fast', evidence: { days: 3.5, minDays: 4 } }]);
  });
});

describe('invalid_number', () => {
  it('names the number, its pattern and the failed check', () => {
    const parcel = makeParcel({ numbers: [S10_BAD_CHECK] });
    expect(invalidNumberVerdicts(readNumbers(parcel), [], day(1))).toEqual([
      {
        flag: 'invalid_number',
        reason: 's10_check_digit',
        evidence: { number: S10_BAD_CHECK, pattern: 's10', country: 'CN' },
        confidence: 'high',
        judgedAt: day(1),
      },
    ]);
  });

  it('reads a pasted number with spaces and a look-alike as the carrier would', () => {
    const parcel = makeParcel({ numbers: ['rb 1234 5678 5cn'] });
    expect(invalidNumberVerdicts(readNumbers(parcel), [], day(1))).toEqual([]);
  });
});
