import { HOUR_MS, MINUTE_MS } from '../domain/clock';
import type { CarrierRef, TrackingEvent } from '../domain/model';
import { SOURCES, STAGES, STATUS_CODES, type Source, type Stage, type StatusCode } from '../domain/vocabulary';
import { normaliseText } from './text-rules';

/** One meaning at one moment, however many sources and aliases reported it. */
export interface TimelineEntry {
  /** The anchoring event's id: stable, so the UI can key on it. */
  id: string;
  time: number;
  timeZone: string | null;
  status: StatusCode | null;
  stage: Stage | null;
  location: string | null;
  sources: Source[];
  numbers: string[];
  /** Every distinct original wording, the anchor's first: shown beside the normalised label. */
  texts: string[];
  /** The merged originals, for evidence exports. */
  events: TrackingEvent[];
}

export interface TimelineLeg {
  stage: Stage | null;
  sources: Source[];
  /** The last-mile carrier, on the last-mile and final legs when known. */
  carrier?: CarrierRef;
  /** Newest first. */
  events: TimelineEntry[];
}

export interface Timeline {
  /** Newest first. */
  events: TimelineEntry[];
  /** Journey order reversed (final first), like the events. */
  legs: TimelineLeg[];
  status: StatusCode;
  /** Newest entry of any kind (pre-shipment and unclassified ones count: something happened). */
  lastEvent?: TimelineEntry;
  lastEventAt?: number;
}

export interface TimelineOptions {
  /** How far apart two sources may date the same scan. Default ±2 min. */
  toleranceMs?: number;
  lastMile?: CarrierRef;
}

export const DEFAULT_TOLERANCE_MS = 2 * MINUTE_MS;
/** A source that gives wall-clock time without its zone is off by whole quarter-hours, ±14 h. */
const ZONE_STEP_MS = 15 * MINUTE_MS;
const MAX_ZONE_SHIFT_MS = 14 * HOUR_MS;

const PROBLEMS: ReadonlySet<StatusCode> = new Set(['failed_attempt', 'exception']);
/** Ties at the same instant: the further status is taken as the newer one. */
const rankOf = (s: StatusCode | null): number => (s === null ? -1 : STATUS_CODES.indexOf(s));

/**
 * Merges the events of one parcel (all its numbers, all sources) into one timeline.
 * - Exact repeats (same source, instant, code and words, under any alias) count once: Cainiao
 *   sends these.
 * - The same meaning from different sources within the tolerance is one entry with both sources.
 *   When one side has no zone, a gap of whole quarter-hours (up to 14 h) counts as the same moment.
 * - Unclassified events merge only with the same words, never by meaning alone.
 * Status: the newest meaningful entry; none → `not_found` (pre-shipment AliExpress nodes never
 * make a parcel shipped, so a parcel with only those is still `not_found`). Delivered is terminal
 * unless a failed attempt or an exception comes after it; then the newest such problem wins.
 */
export function buildTimeline(events: readonly TrackingEvent[], opts: TimelineOptions = {}): Timeline {
  const tolerance = opts.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  // Ties go to the source listed first in the vocabulary, so the anchor of an entry is stable.
  const oldestFirst = [...events].sort(
    (a, b) => a.time - b.time || SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source) || a.id.localeCompare(b.id),
  );

  const entries: TimelineEntry[] = [];
  const byRepeatKey = new Map<string, TimelineEntry>();
  for (const event of oldestFirst) {
    const key = repeatKey(event);
    let entry = byRepeatKey.get(key) ?? findTwin(entries, event, tolerance);
    if (entry) absorb(entry, event);
    else entries.push((entry = newEntry(event)));
    byRepeatKey.set(key, entry);
  }
  entries.forEach(anchorFirst);
  entries.sort(newestFirst);

  const lastEvent = entries[0];
  return {
    events: entries,
    legs: groupLegs(entries, opts.lastMile),
    status: statusOf(entries),
    ...(lastEvent ? { lastEvent, lastEventAt: lastEvent.time } : {}),
  };
}

function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  return b.time - a.time || rankOf(b.status) - rankOf(a.status) || a.id.localeCompare(b.id);
}

/** Same source, instant, code and words: a repeat, whichever alias it came under. */
function repeatKey(e: TrackingEvent): string {
  return `${e.source}\u0000${e.time}\u0000${e.code ?? ''}\u0000${normaliseText(e.text)}`;
}

function findTwin(entries: readonly TimelineEntry[], e: TrackingEvent, tolerance: number): TimelineEntry | undefined {
  let best: TimelineEntry | undefined;
  let bestGap = Infinity;
  for (const entry of entries) {
    // Two scans from one source are two scans, however close; only exact repeats merge (above).
    if (entry.sources.includes(e.source)) continue;
    if (!sameMeaning(entry, e)) continue;
    const gap = momentGap(entry, e, tolerance);
    if (gap !== null && gap < bestGap) {
      best = entry;
      bestGap = gap;
    }
  }
  return best;
}

function sameMeaning(entry: TimelineEntry, e: TrackingEvent): boolean {
  if (entry.status !== e.status) return false;
  if (entry.stage !== null && e.stage !== null && entry.stage !== e.stage) return false;
  if (e.status !== null) return true;
  const words = normaliseText(e.text);
  return words !== '' && entry.texts.some((t) => normaliseText(t) === words);
}

/** How far apart, once zones are accounted for; null when they are not the same moment. */
function momentGap(entry: TimelineEntry, e: TrackingEvent, tolerance: number): number | null {
  const gap = Math.abs(entry.time - e.time);
  if (gap <= tolerance) return gap;
  const zoneUnknown = entry.timeZone === null || e.timeZone === null;
  // Meaningful events only: an unclassified twin needs the same words, which is evidence enough
  // only at the same instant.
  if (!zoneUnknown || e.status === null || gap > MAX_ZONE_SHIFT_MS + tolerance) return null;
  const offGrid = gap % ZONE_STEP_MS;
  const drift = Math.min(offGrid, ZONE_STEP_MS - offGrid);
  return drift <= tolerance ? gap : null;
}

function newEntry(e: TrackingEvent): TimelineEntry {
  return {
    id: e.id,
    time: e.time,
    timeZone: e.timeZone,
    status: e.status,
    stage: e.stage,
    location: e.location,
    sources: [e.source],
    numbers: [e.number],
    texts: e.text.trim() ? [e.text.trim()] : [],
    events: [e],
  };
}

function absorb(entry: TimelineEntry, e: TrackingEvent): void {
  // A source that knows its zone dates the moment better than one that does not.
  if (entry.timeZone === null && e.timeZone !== null) {
    entry.time = e.time;
    entry.timeZone = e.timeZone;
    entry.id = e.id;
  }
  entry.stage ??= e.stage;
  entry.location ??= e.location;
  if (!entry.sources.includes(e.source)) entry.sources.push(e.source);
  if (!entry.numbers.includes(e.number)) entry.numbers.push(e.number);
  const text = e.text.trim();
  if (text && !entry.texts.includes(text)) entry.texts.push(text);
  // Repeats add their alias but not a second copy of the same scan.
  if (!entry.events.some((x) => x.id === e.id)) entry.events.push(e);
}

/** Lists read anchor first: its source, number and words are the ones the entry is dated by. */
function anchorFirst(entry: TimelineEntry): void {
  const anchor = entry.events.find((e) => e.id === entry.id);
  const ordered = anchor ? [anchor, ...entry.events.filter((e) => e !== anchor)] : entry.events;
  const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
  entry.events = ordered;
  entry.sources = unique(ordered.map((e) => e.source));
  entry.numbers = unique(ordered.map((e) => e.number));
  entry.texts = unique(ordered.map((e) => e.text.trim()).filter((t) => t !== ''));
}

function statusOf(newest: readonly TimelineEntry[]): StatusCode {
  const meaningful = newest.filter((e): e is TimelineEntry & { status: StatusCode } => e.status !== null);
  const latest = meaningful[0];
  if (!latest) return 'not_found';
  const deliveredAt = meaningful.findIndex((e) => e.status === 'delivered');
  if (deliveredAt < 0) return latest.status;
  const laterProblem = meaningful.slice(0, deliveredAt).find((e) => PROBLEMS.has(e.status));
  return laterProblem ? laterProblem.status : 'delivered';
}

/**
 * One leg per stage, in journey order, final first. An entry without a stage joins the leg of the
 * entry before it in time (a generic "exception" belongs where the parcel was), else the one after.
 */
function groupLegs(newest: readonly TimelineEntry[], lastMile: CarrierRef | undefined): TimelineLeg[] {
  const oldest = [...newest].reverse();
  const stageOf = new Map<TimelineEntry, Stage | null>();
  let previous: Stage | null = null;
  for (const e of oldest) {
    previous = e.stage ?? previous;
    stageOf.set(e, previous);
  }
  let next: Stage | null = null;
  for (const e of newest) {
    next = e.stage ?? next;
    if (stageOf.get(e) === null) stageOf.set(e, next);
  }

  const legs = new Map<Stage | null, TimelineLeg>();
  for (const e of newest) {
    const stage = stageOf.get(e) ?? null;
    let leg = legs.get(stage);
    if (!leg) {
      leg = { stage, sources: [], events: [] };
      if (lastMile && (stage === 'last_mile' || stage === 'final')) leg.carrier = lastMile;
      legs.set(stage, leg);
    }
    leg.events.push(e);
    for (const s of e.sources) if (!leg.sources.includes(s)) leg.sources.push(s);
  }
  const order = (s: Stage | null): number => (s === null ? -1 : STAGES.indexOf(s));
  return [...legs.values()].sort((a, b) => order(b.stage) - order(a.stage));
}
