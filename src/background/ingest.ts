import { analyzeNumber, findNumbersDetailed } from '../core';
import { eventId } from '../domain/ids';
import type { TrackingEvent } from '../domain/model';
import type { LogisticsReport, PackageReport, ReportedEvent, SeenOrder } from '../messaging/protocol';
import {
  getMeta,
  getSettings,
  getParcelByNumber,
  putEvents,
  putMeta,
  upsertOrders,
  upsertParcelNumbers,
  type ParcelDb,
} from '../storage/repository';
import { scheduleFirstFetches } from './poll';
import { classifyEvent } from '../tracking/classify';
import { z } from 'zod/mini';
import type { AddResult } from '../views/api';
import type { LookupState } from '../views/types';
import type { BackgroundDeps } from './deps';
import { recomputeParcel } from './recompute';

/**
 * Turning what the pages and the user hand us into stored orders, parcels and events. Every input
 * here was validated by the message schema; storage validates again on the way in.
 */


export async function ingestOrders(deps: BackgroundDeps, site: string, orders: readonly SeenOrder[]): Promise<number> {
  const now = deps.clock();
  const result = await upsertOrders(
    deps.db,
    orders.map((o) => ({ ...o, site: o.site || site, firstSeenAt: now, lastSeenAt: now })),
  );
  return result.written.length;
}

const lookupKey = (orderId: string) => `lookup:${orderId}`;
const LookupRecordSchema = z.object({ at: z.number(), outcome: z.string() });

/** When the content script last looked an order's logistics up, and what came of it. */
export async function lastLookup(db: ParcelDb, orderId: string): Promise<{ at: number; outcome: LookupState } | undefined> {
  const record = await getMeta(db, lookupKey(orderId), LookupRecordSchema);
  return record ? { at: record.at, outcome: record.outcome as LookupState } : undefined;
}

/**
 * An event as the page reported it, made a stored event: classified here when the page left it
 * unclassified (the content script ships without the classifier, and hands over the source's group
 * and code vocabulary for it), filed under its normalised number and re-keyed to match.
 */
export function settleEvent(event: ReportedEvent, renamed: ReadonlyMap<string, string>): TrackingEvent {
  const { group, codeSource, ...rest } = event;
  const meaning =
    rest.status === null && rest.stage === null
      ? classifyEvent({ source: codeSource ?? rest.source, code: rest.code, group: group ?? null, text: rest.text })
      : { status: rest.status, stage: rest.stage };
  const number = renamed.get(rest.number) ?? rest.number;
  const id = number === rest.number ? rest.id : eventId({ source: rest.source, number, time: rest.time, code: rest.code, text: rest.text });
  return { ...rest, id, number, status: meaning.status, stage: meaning.stage };
}

/**
 * A reported package with every number normalised as the rest of ParcelLens does (look-alike
 * letters, separators), its events classified and filed under those numbers; undefined when no
 * number survives normalisation.
 */
export function settlePackage(pkg: PackageReport): (Omit<PackageReport, 'events'> & { events: TrackingEvent[] }) | undefined {
  const renamed = new Map<string, string>();
  const numbers: string[] = [];
  for (const raw of pkg.numbers) {
    const number = analyzeNumber(raw).normalized;
    if (number.length < 4) continue;
    renamed.set(raw, number);
    if (!numbers.includes(number)) numbers.push(number);
  }
  if (numbers.length === 0) return undefined;
  return { ...pkg, numbers, events: pkg.events.map((e) => settleEvent(e, renamed)) };
}

/** Stores one order's logistics: every package becomes a parcel (keyed by all its numbers) with events. */
export async function ingestLogistics(deps: BackgroundDeps, report: LogisticsReport): Promise<string[]> {
  const now = deps.clock();
  // What a page shows is no lookup: the order's logistics are still due (tracking page visits ask).
  if (report.from !== 'page') await putMeta(deps.db, lookupKey(report.orderId), { at: now, outcome: report.outcome });
  const touched: string[] = [];
  for (const reported of report.packages) {
    const pkg = settlePackage(reported);
    if (!pkg) continue;
    const { parcel, created } = await upsertParcelNumbers(deps.db, {
      numbers: pkg.numbers,
      orderIds: [report.orderId],
      addedFrom: 'order_page',
      seenAt: now,
      details: {
        ...(pkg.service ? { service: pkg.service } : {}),
        ...(pkg.lastMile ? { lastMile: pkg.lastMile } : {}),
        ...(pkg.eta ? { eta: [pkg.eta] } : {}),
        ...(pkg.items.length > 0 ? { items: pkg.items } : {}),
        ...(report.destination ? { destination: report.destination } : {}),
        ...(report.deadline ? { deadline: report.deadline } : {}),
      },
    });
    await putEvents(deps.db, pkg.events);
    if (created) await scheduleFirstFetches(deps.db, parcel.id, now, await getSettings(deps.db));
    touched.push(parcel.id);
  }
  for (const id of touched) await recomputeParcel(deps, id);
  return touched;
}

/** "Add by paste": every tracking number in the text is added; order numbers are refused. */
export async function addFromText(deps: BackgroundDeps, text: string): Promise<AddResult> {
  const now = deps.clock();
  const found = findNumbersDetailed(text);
  const result: AddResult = { added: [], alreadyTracked: [], orderIds: found.orderIds, corrected: [], invalid: [] };
  for (const n of found.numbers) {
    if (n.corrections.some((c) => c.startsWith('confusable:'))) result.corrected.push({ number: n.normalized, corrections: n.corrections });
    if (n.valid === false) result.invalid.push(n.normalized);
    if (await getParcelByNumber(deps.db, n.normalized)) {
      result.alreadyTracked.push(n.normalized);
      continue;
    }
    const { parcel } = await upsertParcelNumbers(deps.db, { numbers: [n.normalized], addedFrom: 'paste', seenAt: now });
    await scheduleFirstFetches(deps.db, parcel.id, now, await getSettings(deps.db));
    await recomputeParcel(deps, parcel.id);
    result.added.push(n.normalized);
  }
  return result;
}
