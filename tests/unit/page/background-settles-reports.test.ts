import { parseLegacyTracking } from '../../../src/aliexpress/logistics/legacy';
import { parseQueryDetail } from '../../../src/aliexpress/logistics/querydetail';
import type { ParsedQueryDetail } from '../../../src/aliexpress/logistics/types';
import { settleEvent, settlePackage } from '../../../src/background/ingest';
import { eventId } from '../../../src/domain/ids';
import { analyzeNumber } from '../../../src/core';
import type { PackageReport } from '../../../src/messaging/protocol';
import { PackageReportSchema, ReportedEventSchema } from '../../../src/messaging/protocol';
import { pagePackages, reportOf } from '../../../src/page/reports';
import { classifyEvent } from '../../../src/tracking/classify';
import { fixtureText, okData } from '../aliexpress/logistics/fixtures';

// The content script reports events unclassified (it ships without the classifier); the background
// classifies them on arrival. Whatever the page reports must end up exactly as if it had been
// classified where it was read.

const FIXTURES = ['delivered-full-journey.json', 'in-transit-lp-s10.json', 'two-packages.json', 'in-transit-es.json', 'in-transit-ru.json', 'economy-untracked.json', 'pre-shipment-only.json'];
const CONTEXT = { orderId: '8200000000000001', fetchedAt: Date.parse('2026-07-12T12:00:00Z'), timeZone: 'GMT+02:00' };

/** What the background stores from one lookup: the report as sent, validated as the router does, then settled. */
function settled(result: ParsedQueryDetail) {
  const report = reportOf(CONTEXT.orderId, { orderId: CONTEXT.orderId, kind: 'ok', result });
  return (report?.packages ?? []).map((pkg) => settlePackage(PackageReportSchema.parse(pkg)));
}

describe('classification moved to the background', () => {
  it.each(FIXTURES)('%s: the background stores what in-page classification gave', (name) => {
    const reported = parseQueryDetail(okData(name), CONTEXT);
    const classified = parseQueryDetail(okData(name), { ...CONTEXT, classify: classifyEvent });
    expect(reported.packages.flatMap((p) => p.events).every((e) => e.status === null && e.stage === null)).toBe(true);
    const expected = classified.packages
      .filter((p) => p.primaryNumber !== null && p.numbers.length > 0)
      .map((p) => expect.objectContaining({ numbers: p.numbers.map((n) => analyzeNumber(n).normalized), events: p.events }));
    expect(settled(reported)).toEqual(expected);
  });

  it('classifies legacy action codes in the Cainiao vocabulary they are in', () => {
    const context = { orderId: '8100000000000009', fetchedAt: 0, timeZone: 'GMT+08:00' };
    const reported = parseLegacyTracking(fixtureText('legacy-ajax-logistics-track.jsonp'), context);
    const classified = parseLegacyTracking(fixtureText('legacy-ajax-logistics-track.jsonp'), { ...context, classify: classifyEvent });
    const renamed = new Map<string, string>();
    const events = reported.packages.flatMap((p) => p.events).map((e) => settleEvent(ReportedEventSchema.parse(e), renamed));
    expect(events).toEqual(classified.packages.flatMap((p) => p.events));
    expect(events[0]).toMatchObject({ code: 'GTMS_SIGNED', status: 'delivered', stage: 'final' });
    // The vocabulary hint crosses the message boundary (zod would strip a field the schema lacks).
    expect(ReportedEventSchema.parse(reported.packages[0]?.events[0])).toMatchObject({ codeSource: 'cainiao' });
  });

  it('carries querydetail fulfillStage to the background as the group', () => {
    const reported = parseQueryDetail(okData('delivered-full-journey.json'), CONTEXT);
    const report = reportOf(CONTEXT.orderId, { orderId: CONTEXT.orderId, kind: 'ok', result: reported });
    const [pkg] = report?.packages ?? [];
    expect(PackageReportSchema.parse(pkg).events[0]).toMatchObject({ code: 'AE_GTMS_SIGNED', group: '1700', status: null, stage: null });
    // An unknown code is classified by its group when its words say nothing either.
    const event = { ...PackageReportSchema.parse(pkg).events[0]!, code: 'AE_SOMETHING_NEW', text: '…' };
    expect(settleEvent(event, new Map())).toMatchObject(classifyEvent({ source: 'aliexpress', code: 'AE_SOMETHING_NEW', group: '1700', text: '…' }));
    expect(settleEvent(event, new Map()).stage).not.toBeNull();
  });

  it('classifies tracking-page events by their words, as the page script used to', () => {
    const [pkg] = pagePackages([{ number: 'lp00612345678901', events: [{ title: 'Delivered', description: 'Package delivered to the recipient', wallTime: 1_783_000_000_000 }] }]);
    expect(pkg?.numbers).toEqual(['LP00612345678901']);
    const event = settlePackage(PackageReportSchema.parse(pkg))?.events[0];
    const text = 'Delivered — Package delivered to the recipient';
    expect(event).toEqual({
      id: eventId({ source: 'page', number: 'LP00612345678901', time: 1_783_000_000_000, code: null, text }),
      number: 'LP00612345678901',
      source: 'page',
      time: 1_783_000_000_000,
      timeZone: null,
      location: null,
      code: null,
      text,
      ...classifyEvent({ source: 'page', text }),
    });
    expect(event?.status).toBe('delivered');
  });

  it('normalises numbers as the rest of ParcelLens does and re-keys the events filed under them', () => {
    const raw = 'RB-123456785-SG';
    const normalized = analyzeNumber(raw).normalized;
    expect(normalized).toBe('RB123456785SG');
    const event = { id: eventId({ source: 'aliexpress', number: raw, time: 5, code: 'AE_GTMS_SIGNED', text: 'Delivered' }), number: raw, source: 'aliexpress' as const, time: 5, timeZone: null, location: null, code: 'AE_GTMS_SIGNED', text: 'Delivered', status: null, stage: null, group: '1700' };
    const pkg: PackageReport = { numbers: [raw, 'rb123456785sg'], items: [], events: [event] };
    const result = settlePackage(pkg);
    expect(result?.numbers).toEqual([normalized]);
    expect(result?.events).toEqual([
      {
        id: eventId({ source: 'aliexpress', number: normalized, time: 5, code: 'AE_GTMS_SIGNED', text: 'Delivered' }),
        number: normalized,
        source: 'aliexpress',
        time: 5,
        timeZone: null,
        location: null,
        code: 'AE_GTMS_SIGNED',
        text: 'Delivered',
        status: 'delivered',
        stage: 'final',
      },
    ]);
  });

  it('keeps a meaning the reporter already gave, and drops a package whose numbers all normalise away', () => {
    const event = { id: 'x', number: 'ABCD1234', source: 'page' as const, time: 1, timeZone: null, location: null, code: null, text: 'Delivered', status: 'in_transit' as const, stage: null };
    expect(settleEvent(event, new Map())).toEqual(event);
    expect(settlePackage({ numbers: ['-..-'], items: [], events: [] })).toBeUndefined();
  });
});
