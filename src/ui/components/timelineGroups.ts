import type { Stage } from '../../domain/vocabulary';
import type { EventView, LegView } from '../../views/types';

export interface TimelineGroup {
  stage: Stage | null;
  carrier?: string;
  /** Newest first. */
  events: EventView[];
}

const newestFirst = (a: EventView, b: EventView) => b.time - a.time;

/**
 * The unified timeline as the UI shows it: newest first, grouped under leg/stage headers. Uses the
 * background's legs when given; otherwise groups runs of consecutive events of the same stage.
 */
export function groupTimeline(legs: readonly LegView[], timeline: readonly EventView[]): TimelineGroup[] {
  if (legs.length > 0) {
    const groups: TimelineGroup[] = legs.map((leg) => ({
      stage: leg.stage,
      ...(leg.carrier !== undefined ? { carrier: leg.carrier } : {}),
      events: [...leg.events].sort(newestFirst),
    }));
    const newest = (g: TimelineGroup) => g.events[0]?.time ?? -Infinity;
    return groups.filter((g) => g.events.length > 0).sort((a, b) => newest(b) - newest(a));
  }
  const groups: TimelineGroup[] = [];
  for (const event of [...timeline].sort(newestFirst)) {
    const last = groups[groups.length - 1];
    if (last && last.stage === event.stage) last.events.push(event);
    else groups.push({ stage: event.stage, events: [event] });
  }
  return groups;
}

const OFFSET_ZONE = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * The event's time on the carrier's clock, when the source gave its zone: fixed offsets as sources
 * write them ("GMT+8", "GMT-03:00") or an IANA name. Null when the zone cannot be read.
 */
export function carrierLocalTime(time: number, zone: string, format: (at: number, timeZone: string) => string): string | null {
  const offset = OFFSET_ZONE.exec(zone.trim());
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    if (minutes > 14 * 60) return null;
    return format(time + (offset[1] === '-' ? -minutes : minutes) * 60_000, 'UTC');
  }
  try {
    return format(time, zone);
  } catch {
    return null;
  }
}
