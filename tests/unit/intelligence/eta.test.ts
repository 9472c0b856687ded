import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/domain/clock';
import { bestEta, etaEstimates } from '../../../src/intelligence';
import type { DeliveredHistory, EtaEstimate } from '../../../src/intelligence';
import { day, ev, journeyTo, makeFacts, makeParcel } from './fixtures';

const nine = (d: number): number[] => Array.from({ length: 9 }, (_, i) => (d + i) * DAY_MS);

describe('ETA estimates', () => {
  it('lists every basis: AliExpress’s promise, Cainiao’s window, history, the class range', () => {
    const history: DeliveredHistory = { standard: { dwell: {}, toDelivery: { line_haul: nine(10) }, transit: [] } };
    const parcel = makeParcel({
      eta: [
        { source: 'aliexpress', from: day(15), to: day(30) },
        { source: 'cainiao', from: day(18), to: day(22) },
        { source: '17track', to: day(25) },
      ],
    });
    const estimates = etaEstimates(makeFacts({ parcel, history }));
    expect(estimates).toEqual<EtaEstimate[]>([
      { from: day(15), to: day(30), basis: 'aliexpress' },
      { from: day(18), to: day(22), basis: 'cainiao' },
      { from: day(25), to: day(25), basis: 'tracker' },
      // entered line haul on day 3 (export customs is its own stage; line haul from day 4)
      { from: day(4 + 10.8), to: day(4 + 17.2), basis: 'history', samples: 9, stage: 'line_haul' },
      { from: day(15), to: day(45), basis: 'service_class' },
    ]);
  });

  it('needs three delivered parcels before history speaks', () => {
    const history: DeliveredHistory = { standard: { dwell: {}, toDelivery: { line_haul: [DAY_MS, 2 * DAY_MS] }, transit: [] } };
    expect(etaEstimates(makeFacts({ history })).map((e) => e.basis)).toEqual(['service_class']);
  });

  it('gives economy 30–60 days and expedited 7–20 from the first scan', () => {
    const economy = etaEstimates(makeFacts({ parcel: makeParcel({ serviceClass: 'economy' }) }));
    const expedited = etaEstimates(makeFacts({ parcel: makeParcel({ serviceClass: 'expedited' }) }));
    expect(economy).toEqual([{ from: day(30), to: day(60), basis: 'service_class' }]);
    expect(expedited).toEqual([{ from: day(7), to: day(20), basis: 'service_class' }]);
  });

  it('has nothing to estimate for a delivered parcel or one never scanned', () => {
    expect(etaEstimates(makeFacts({ events: [...journeyTo('last_mile'), ev(day(18), 'delivered', 'final')] }))).toEqual([]);
    expect(etaEstimates(makeFacts({ events: [], status: 'not_found' }))).toEqual([]);
  });
});

describe('bestEta', () => {
  const list: EtaEstimate[] = [
    { from: day(30), to: day(60), basis: 'service_class' },
    { from: day(10), to: day(20), basis: 'aliexpress' },
    { from: day(18), to: day(24), basis: 'cainiao' },
  ];
  it.each([
    { now: day(5), basis: 'aliexpress' },
    { now: day(21), basis: 'cainiao' }, // AliExpress's window has closed
    { now: day(61), basis: 'service_class' }, // all closed: the latest one
  ])('at day $now picks $basis', ({ now, basis }) => {
    expect(bestEta(list, now)?.basis).toBe(basis);
  });

  it('is null without estimates', () => {
    expect(bestEta([], day(1))).toBeNull();
  });
});
