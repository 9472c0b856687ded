import { describe, expect, it } from 'vitest';
import { mergeOrder, mergeParcelDetails, mergeParcels } from '../../../src/storage/merge';
import { LP, ORDER_A, ORDER_B, order, parcelRecord, S10, T0 } from './helpers';

// Readings come from pages that sometimes cannot see a field (AliExpress's lazy order list renders
// the store name late; the detail page hides the total on some layouts). Blank must never erase.

describe('mergeOrder', () => {
  it('keeps what the old reading had where the new one is blank or missing', () => {
    const old = order();
    const incoming = order({
      lastSeenAt: T0 + 1000,
      statusText: '   ',
      totalText: undefined,
      store: { name: '' },
      items: [],
      destination: { country: 'IL' },
      state: 'unknown',
      placedAt: undefined,
    });
    const merged = mergeOrder(old, incoming);
    expect(merged).toEqual({ ...old, lastSeenAt: T0 + 1000 });
  });

  it('takes what the newer reading says', () => {
    const merged = mergeOrder(order(), order({ lastSeenAt: T0 + 1000, state: 'completed', statusText: 'Completed', destination: { zip: '3200003' } }));
    expect(merged).toMatchObject({ state: 'completed', statusText: 'Completed', destination: { country: 'IL', city: 'Haifa', zip: '3200003' } });
  });

  it('does not let a late-arriving older snapshot roll the state back, but still fills its gaps', () => {
    const current = order({ lastSeenAt: T0 + 5000, state: 'completed', totalText: undefined });
    const stale = order({ lastSeenAt: T0, firstSeenAt: T0 - 9000, state: 'awaiting_delivery', totalText: 'US $4.20' });
    const merged = mergeOrder(current, stale);
    expect(merged).toMatchObject({ state: 'completed', totalText: 'US $4.20', firstSeenAt: T0 - 9000, lastSeenAt: T0 + 5000 });
  });

  it('stores no undefined-valued keys (absent stays absent through JSON)', () => {
    const merged = mergeOrder(undefined, order({ totalText: undefined }));
    expect(Object.keys(merged)).not.toContain('totalText');
  });
});

describe('mergeParcelDetails', () => {
  const parcel = parcelRecord(LP, {
    service: 'AliExpress Standard Shipping',
    serviceClass: 'standard',
    lastMile: { name: 'Israel Post', url: 'https://israelpost.co.il' },
    deadline: { at: T0 + 60 * 86_400_000, basis: 'aliexpress', text: 'Refund if no delivery before May 1' },
    eta: [{ source: 'cainiao', text: '15-25 days' }],
  });

  it('keeps everything when the reading says nothing', () => {
    expect(mergeParcelDetails(parcel, { service: '', serviceClass: 'unknown', items: [], eta: [] })).toEqual(parcel);
  });

  it('lets an estimate never replace AliExpress’s own deadline', () => {
    const merged = mergeParcelDetails(parcel, { deadline: { at: T0, basis: 'estimated' } });
    expect(merged.deadline?.basis).toBe('aliexpress');
  });

  it('replaces only the ETA of the source that spoke', () => {
    const merged = mergeParcelDetails(parcel, { eta: [{ source: '17track', from: T0, to: T0 + 1 }] });
    expect(merged.eta.map((e) => e.source)).toEqual(['cainiao', '17track']);
    const again = mergeParcelDetails(merged, { eta: [{ source: 'cainiao', text: '10-20 days' }] });
    expect(again.eta).toEqual([{ source: '17track', from: T0, to: T0 + 1 }, { source: 'cainiao', text: '10-20 days' }]);
  });
});

describe('mergeParcels', () => {
  it('keeps the older id, unites numbers and orders, fills gaps both ways', () => {
    const older = parcelRecord(LP, { addedAt: T0, orderIds: [ORDER_A], service: 'Cainiao Standard' });
    const newer = parcelRecord(S10, { addedAt: T0 + 1, orderIds: [ORDER_B], destCountry: 'Israel', untrackedService: true, archived: true });
    const merged = mergeParcels(older, newer);
    expect(merged).toMatchObject({
      id: LP,
      numbers: [LP, S10],
      orderIds: [ORDER_A, ORDER_B],
      service: 'Cainiao Standard',
      destCountry: 'Israel',
      untrackedService: true,
      addedAt: T0,
      archived: false,
    });
  });
});
