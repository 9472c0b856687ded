import type { TrackingEvent } from '../../domain/model';
import { eventId } from '../../domain/ids';
import type { Source } from '../../domain/vocabulary';
import type { ClassifyEvent, ParsedEvent } from './types';

export interface EventFacts {
  number: string;
  time: number;
  timeZone: string | null;
  location: string | null;
  code: string | null;
  group: string | null;
  text: string;
  /** Whose code vocabulary `code` belongs to (the legacy endpoint speaks Cainiao action codes). */
  codeSource: Source;
}

/** Without a classifier every event stays unclassified (and carries its hints). */
export const unclassified: ClassifyEvent = () => ({ status: null, stage: null });

/**
 * Every AliExpress logistics event is an `aliexpress` event, whatever vocabulary its code is in.
 * An event the classifier leaves without status and stage keeps the facts a later classifier needs.
 */
export function buildEvent(facts: EventFacts, classify: ClassifyEvent = unclassified): ParsedEvent {
  const meaning = classify({ source: facts.codeSource, code: facts.code, group: facts.group, text: facts.text });
  const event: TrackingEvent = {
    id: eventId({ source: 'aliexpress', number: facts.number, time: facts.time, code: facts.code, text: facts.text }),
    number: facts.number,
    source: 'aliexpress',
    time: facts.time,
    timeZone: facts.timeZone,
    location: facts.location,
    code: facts.code,
    text: facts.text,
    status: meaning.status,
    stage: meaning.stage,
  };
  if (meaning.status !== null || meaning.stage !== null) return event;
  return {
    ...event,
    ...(facts.group !== null && { group: facts.group }),
    ...(facts.codeSource !== event.source && { codeSource: facts.codeSource }),
  };
}

/** Keeps the first of events with the same id (a node repeated verbatim in the payload). */
export function uniqueEvents<E extends TrackingEvent>(events: readonly E[]): E[] {
  const seen = new Set<string>();
  return events.filter((event) => (seen.has(event.id) ? false : (seen.add(event.id), true)));
}

/** Epoch ms, quantities: a whole number from a number or a digit string; never NaN, never negative. */
export function wholeNumber(value: string | number | undefined): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** Trimmed text, or undefined when empty: empty strings are placeholders in these payloads. */
export function clean(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}
