import type { Source, Stage, StatusCode } from '../domain/vocabulary';

/** What a source tells about one scan, before ParcelLens gives it a normalised meaning. */
export interface RawEventFacts {
  source: Source;
  /** The source's own code: AliExpress `AE_…`, Cainiao `actionCode`, 17TRACK sub-status… */
  code?: string | null;
  /** A grouping code when the source has one (Cainiao `group.nodeCode`, querydetail `fulfillStage`). */
  group?: string | null;
  /** The carrier's words, any language. */
  text?: string | null;
}

export interface EventMeaning {
  status: StatusCode | null;
  stage: Stage | null;
}

// TEMPORARY minimal table so parsers can be written against the signature; the full code tables and
// multilingual text rules replace it (issue 4).
const MINIMAL: Record<string, EventMeaning> = {
  AE_ORDER_PLACED: { status: null, stage: 'pre_shipment' },
  AE_ORDER_PAID: { status: null, stage: 'pre_shipment' },
  AE_GTMS_SIGNED: { status: 'delivered', stage: 'final' },
};

/** Gives one scan its normalised status and stage; null status when nothing matches (event kept). */
export function classifyEvent(facts: RawEventFacts): EventMeaning {
  return (facts.code && MINIMAL[facts.code]) || { status: null, stage: null };
}
