import { eventId } from '../domain/ids';
import type { TrackingEvent } from '../domain/model';
import type { Source } from '../domain/vocabulary';
import { classifyEvent } from '../tracking/classify';
import { countryOf } from './countries';
import type { CarrierResult } from './types';

/** One scan as a carrier states it, before it gets its id and meaning. */
export interface ScanFacts {
  source: Source;
  number: string;
  time: number;
  timeZone: string | null;
  location: string | undefined;
  code: string | null;
  group?: string | null;
  /** The carrier's own words, kept as the event text. */
  text: string;
  /** What the rules read, when more than `text` helps (Cainiao's English beside the Chinese). */
  classifyText?: string;
}

/** A domain event: deterministic id, normalised meaning, the carrier's words untouched. */
export function makeEvent(f: ScanFacts): TrackingEvent {
  return {
    id: eventId({ source: f.source, number: f.number, time: f.time, code: f.code, text: f.text }),
    number: f.number,
    source: f.source,
    time: f.time,
    timeZone: f.timeZone,
    location: f.location ?? null,
    code: f.code,
    text: f.text,
    ...classifyEvent({ source: f.source, code: f.code, group: f.group ?? null, text: f.classifyText ?? f.text }),
  };
}

/** Reads every item it can and counts the rest: one bad event never costs the others. */
export function readEach<T>(raws: readonly unknown[] | null | undefined, read: (raw: unknown) => T | undefined): { items: T[]; skipped: number } {
  const items: T[] = [];
  let skipped = 0;
  for (const raw of raws ?? []) {
    const item = read(raw);
    if (item === undefined) skipped++;
    else items.push(item);
  }
  return { items, skipped };
}

/**
 * The common part of every carrier's result: events newest first and each scan once (Cainiao
 * repeats events verbatim), "not found" when there is none, countries as ISO codes when known.
 */
export function newResult(
  number: string,
  scans: { items: TrackingEvent[]; skipped: number },
  checkedAt: number,
  countries: { origin?: string | null; dest?: string | null } = {},
): CarrierResult {
  const seen = new Set<string>();
  const events = [...scans.items]
    .sort((a, b) => b.time - a.time)
    .filter((e) => {
      if (seen.has(e.id)) return false;
      seen.add(e.id);
      return true;
    });
  const result: CarrierResult = { number, aliases: [], events, notFound: events.length === 0, skippedEvents: scans.skipped, checkedAt };
  const origin = countryOf(countries.origin);
  if (origin) result.originCountry = origin;
  const dest = countryOf(countries.dest);
  if (dest) result.destCountry = dest;
  return result;
}
