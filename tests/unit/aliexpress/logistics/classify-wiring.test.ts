import { describe, expect, it, vi } from 'vitest';
import { classifyEvent, type RawEventFacts } from '../../../../src/tracking/classify';
import { parseQueryDetail } from '../../../../src/aliexpress/logistics/querydetail';
import { parseLegacyTracking } from '../../../../src/aliexpress/logistics/legacy';
import { fixtureText, okData } from './fixtures';

// The parsers must hand the classifier they are given exactly the facts it documents: code, fulfillStage as group, words.
const seen: RawEventFacts[] = [];
vi.mock('../../../../src/tracking/classify', () => ({
  classifyEvent: (facts: RawEventFacts) => {
    seen.push(facts);
    return { status: 'in_transit', stage: 'line_haul' };
  },
}));

describe('classifier wiring', () => {
  it('passes source, second-or-primary code, fulfillStage as a string group, and the description', () => {
    seen.length = 0;
    const result = parseQueryDetail(okData('delivered-full-journey.json'), { orderId: '8200000000000001', fetchedAt: 0, timeZone: 'GMT-03:00', classify: classifyEvent });
    expect(seen).toHaveLength(23);
    expect(seen[0]).toEqual({ source: 'aliexpress', code: 'AE_GTMS_SIGNED', group: '1700', text: 'Package delivered.' });
    expect(seen[1]).toEqual({ source: 'aliexpress', code: 'AE_GTMS_DO_DEPART', group: '1700', text: 'Package out for delivery' });
    expect(seen.at(-1)).toEqual({ source: 'aliexpress', code: 'AE_ORDER_PLACED', group: null, text: "Your order's been created" });
    expect(result.packages[0]?.events[0]).toMatchObject({ status: 'in_transit', stage: 'line_haul' });
  });

  it('classifies legacy action codes in the Cainiao vocabulary', () => {
    seen.length = 0;
    parseLegacyTracking(fixtureText('legacy-ajax-logistics-track.jsonp'), { orderId: '8100000000000009', fetchedAt: 0, timeZone: 'GMT+08:00', classify: classifyEvent });
    expect(seen[0]).toEqual({ source: 'cainiao', code: 'GTMS_SIGNED', group: null, text: '[Kyiv] Delivered' });
  });

  it('leaves events unclassified without a classifier, keeping the facts the background classifies by', () => {
    seen.length = 0;
    const result = parseQueryDetail(okData('delivered-full-journey.json'), { orderId: '8200000000000001', fetchedAt: 0, timeZone: 'GMT-03:00' });
    expect(seen).toHaveLength(0);
    const events = result.packages[0]?.events ?? [];
    expect(events).toHaveLength(23);
    expect(events.every((e) => e.status === null && e.stage === null)).toBe(true);
    expect(events[0]).toMatchObject({ code: 'AE_GTMS_SIGNED', group: '1700', text: 'Package delivered.' });
    expect(events[0]).not.toHaveProperty('codeSource');
    expect(events.at(-1)).not.toHaveProperty('group');
    const legacy = parseLegacyTracking(fixtureText('legacy-ajax-logistics-track.jsonp'), { orderId: '8100000000000009', fetchedAt: 0, timeZone: 'GMT+08:00' });
    expect(legacy.packages[0]?.events[0]).toMatchObject({ code: 'GTMS_SIGNED', codeSource: 'cainiao', status: null, stage: null });
    expect(legacy.packages[0]?.events[0]).not.toHaveProperty('group');
  });
});
