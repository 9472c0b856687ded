import { describe, expect, it } from 'vitest';
import { readNumbers, untrackedVerdict } from '../../../src/intelligence';
import type { Parcel } from '../../../src/domain/model';
import { day, journeyTo, makeFacts, makeParcel, S10_OK, S10_UNTRACKED } from './fixtures';

const judge = (over: Partial<Parcel>, status?: 'delivered') => {
  const parcel = makeParcel(over);
  return untrackedVerdict(makeFacts({ parcel, ...(status ? { status } : {}) }), readNumbers(parcel), day(10));
};

describe('untracked', () => {
  it.each([
    { name: 'U-series S10 number', over: { numbers: [S10_UNTRACKED] }, signal: 'u_series_number', confidence: 'high' },
    { name: 'Cainiao → Israel Post UZ…Y economy', over: { numbers: ['UZ1234567890Y'] }, signal: 'u_series_number', confidence: 'high' },
    { name: 'Cainiao mailType Economy', over: { untrackedService: true }, signal: 'economy_service', confidence: 'high' },
    { name: 'Cainiao Super Economy Global', over: { service: 'Cainiao Super Economy Global' }, signal: 'service_name', confidence: 'medium' },
    { name: 'China Post Ordinary Small Packet Plus', over: { service: 'China Post Ordinary Small Packet Plus' }, signal: 'service_name', confidence: 'medium' },
  ])('$name → untracked after export', ({ over, signal, confidence }) => {
    expect(judge(over)).toMatchObject({ flag: 'untracked', reason: 'untracked_after_export', confidence, evidence: { signal } });
  });

  it.each([
    { name: 'Cainiao Expedited Economy (tracked)', over: { service: 'Cainiao Expedited Economy' } },
    { name: 'AliExpress Standard Shipping', over: { service: 'AliExpress Standard Shipping' } },
    { name: 'a registered S10 number', over: { numbers: [S10_OK] } },
  ])('$name → nothing', ({ over }) => {
    expect(judge(over)).toBeNull();
  });

  it('is not said of a delivered parcel', () => {
    expect(judge({ numbers: [S10_UNTRACKED] }, 'delivered')).toBeNull();
  });

  it('says what to expect and when to worry, from the shipping date', () => {
    const parcel = makeParcel({ numbers: [S10_UNTRACKED], serviceClass: 'unknown' });
    const events = journeyTo('line_haul', { number: S10_UNTRACKED });
    const v = untrackedVerdict(makeFacts({ parcel, events }), readNumbers(parcel), day(40));
    expect(v?.evidence).toEqual({
      signal: 'u_series_number',
      number: S10_UNTRACKED,
      expectedFromDays: 30,
      expectedToDays: 60,
      worryAfterDays: 60,
      shippedAt: day(0),
      expectedFrom: day(30),
      expectedTo: day(60),
      worryFrom: day(60),
    });
  });

  it('leaves the dates out when the parcel has no scan yet', () => {
    const parcel = makeParcel({ untrackedService: true, service: 'Cainiao Economy' });
    const v = untrackedVerdict(makeFacts({ parcel, events: [], status: 'not_found' }), readNumbers(parcel), day(3));
    expect(v?.evidence).toEqual({
      signal: 'economy_service',
      service: 'Cainiao Economy',
      expectedFromDays: 30,
      expectedToDays: 60,
      worryAfterDays: 60,
    });
  });
});
