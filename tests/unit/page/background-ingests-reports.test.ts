import type { BackgroundDeps } from '../../../src/background/deps';
import { ingestLogistics, lastLookup } from '../../../src/background/ingest';
import { parseQueryDetail } from '../../../src/aliexpress/logistics/querydetail';
import { eventsForParcel } from '../../../src/storage/repository';
import { pagePackages, reportOf } from '../../../src/page/reports';
import { freshDb } from '../storage/helpers';
import { okData } from '../aliexpress/logistics/fixtures';

// A report crosses from the content script into storage: events arrive unclassified and are stored
// classified; what the tracking page shows does not count as a logistics lookup.

const ORDER = '8180987654321098';
const NOW = Date.parse('2026-11-21T10:00:00Z');

async function deps(): Promise<BackgroundDeps> {
  const { db } = await freshDb();
  return { db, clock: () => NOW, random: () => 0.5, send: () => Promise.reject(new Error('offline')), uiLanguage: 'en' };
}

describe('ingesting content reports', () => {
  it('stores a lookup report with classified events and records the lookup', async () => {
    const d = await deps();
    const result = parseQueryDetail(okData('delivered-full-journey.json'), { orderId: ORDER, fetchedAt: NOW, timeZone: 'GMT-03:00' });
    const [id] = await ingestLogistics(d, reportOf(ORDER, { orderId: ORDER, kind: 'ok', result })!);
    const events = await eventsForParcel(d.db, id!);
    expect(events.length).toBe(23);
    expect(events.find((e) => e.code === 'AE_GTMS_SIGNED')).toMatchObject({ status: 'delivered', stage: 'final' });
    expect(events.every((e) => !('group' in e) && !('codeSource' in e))).toBe(true);
    expect(await lastLookup(d.db, ORDER)).toEqual({ at: NOW, outcome: 'ok' });
  });

  it('stores what the tracking page shows without counting it as a lookup', async () => {
    const d = await deps();
    const packages = pagePackages([{ number: 'LP00612345678901', events: [{ title: 'Delivered', wallTime: NOW - 3_600_000 }] }]);
    const [id] = await ingestLogistics(d, { orderId: ORDER, from: 'page', outcome: 'ok', packages });
    expect(await eventsForParcel(d.db, id!)).toEqual([expect.objectContaining({ source: 'page', status: 'delivered', number: 'LP00612345678901' })]);
    expect(await lastLookup(d.db, ORDER)).toBeUndefined();
  });
});
