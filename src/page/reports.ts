import type { LookupOutcome } from '../aliexpress/logistics/lookup';
import { normaliseNumber } from '../aliexpress/logistics/numbers';
import type { ParsedQueryDetail } from '../aliexpress/logistics/types';
import type { PagePackage } from '../aliexpress/types';
import { eventId } from '../domain/ids';
import type { TrackingEvent } from '../domain/model';
import type { LogisticsReport, PackageReport } from '../messaging/protocol';
import type { LookupState } from '../views/types';

/**
 * What the content script tells the background about an order's logistics. Reports carry what the
 * page and AliExpress said, unclassified: the background classifies events and normalises numbers
 * (src/background/ingest.ts), so the content script ships without the classifier and the number rules.
 */

/**
 * Events the tracking page shows, as page-sourced domain events (zone unknown: the page states none).
 * Their meaning is the background's to give (the classifier stays out of the content script).
 */
export function pageEvents(pkg: PagePackage, number: string): TrackingEvent[] {
  return pkg.events.flatMap((e) => {
    if (e.wallTime === undefined) return [];
    const text = [e.title, e.description].filter(Boolean).join(' — ');
    return [{ id: eventId({ source: 'page', number, time: e.wallTime, code: null, text }), number, source: 'page' as const, time: e.wallTime, timeZone: null, location: null, code: null, text, status: null, stage: null }];
  });
}

/** The page's packages with a number; the background normalises numbers fully (look-alikes, checksums). */
export function pagePackages(packages: readonly PagePackage[]): PackageReport[] {
  return packages.flatMap((pkg) => {
    const number = normaliseNumber(pkg.number) ?? '';
    if (number.length < 4 || number.length > 40) return [];
    return [{ numbers: [number], ...(pkg.service ? { service: pkg.service } : {}), ...(pkg.lastMile ? { lastMile: { name: pkg.lastMile } } : {}), items: [], events: pageEvents(pkg, number) }];
  });
}

/** What one lookup tells the background: the packages with a number, or why there are none. */
export function reportOf(orderId: string, outcome: LookupOutcome): LogisticsReport | undefined {
  switch (outcome.kind) {
    case 'skipped_recent':
      return undefined;
    case 'halted':
      return { orderId, outcome: outcome.reason, packages: [] };
    case 'error':
      return { orderId, outcome: outcome.reason === 'traffic_limit' ? 'traffic_limit' : 'error', packages: [] };
    case 'ok':
      return okReport(orderId, outcome.result);
  }
}

function okReport(orderId: string, result: ParsedQueryDetail): LogisticsReport {
  const packages: PackageReport[] = result.packages
    // A package without any number yet (pre-shipment) is not a parcel the user can track.
    .filter((p) => p.primaryNumber !== null && p.numbers.length > 0)
    .map((p) => ({
      numbers: p.numbers,
      ...(p.service ? { service: p.service } : {}),
      ...(p.lastMile ? { lastMile: p.lastMile } : {}),
      ...(p.eta ? { eta: p.eta } : {}),
      items: p.items,
      events: p.events,
    }));
  const outcome: LookupState = packages.length > 0 ? 'ok' : 'no_tracking';
  return {
    orderId,
    outcome,
    packages,
    ...(result.destination ? { destination: result.destination } : {}),
    ...(result.deadline ? { deadline: result.deadline } : {}),
  };
}
