import type { Source, Stage, StatusCode } from '../domain/vocabulary';
import { meaningOfCode, meaningOfGroup } from './codes';
import { meaningOfText } from './text-rules';

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

/** Where a status sits when neither the words nor the source's group say: the usual place for it. */
const USUAL_STAGE: Readonly<Partial<Record<StatusCode, Stage>>> = {
  info_received: 'origin',
  accepted: 'origin',
  arrived_destination: 'line_haul',
  customs: 'import_customs', // what buyers see most; export clearance says so in its words or group
  at_local_facility: 'last_mile',
  out_for_delivery: 'last_mile',
  available_for_pickup: 'last_mile',
  failed_attempt: 'last_mile',
  delivered: 'final',
};

/**
 * Gives one scan its normalised status and stage; null status when nothing matches (event kept).
 * Precedence: a specific code > the carrier's words > the coarse group. A catch-all code
 * ("InTransit_Other", Ship24 "in_transit") lets the words sharpen it, but only within its kind,
 * so words alone never turn a "moving" code into "delivered".
 */
export function classifyEvent(facts: RawEventFacts): EventMeaning {
  const code = facts.code?.trim();
  const group = facts.group?.trim();
  const byCode = code ? meaningOfCode(facts.source, code) : undefined;
  const byGroup = group ? meaningOfGroup(group) : undefined;

  if (byCode && !byCode.refinesTo) return { status: byCode.status, stage: byCode.stage };

  const byText = facts.text ? meaningOfText(facts.text) : undefined;
  if (byCode) {
    if (byText?.status && byCode.refinesTo?.has(byText.status)) {
      return { status: byText.status, stage: byText.stage ?? byCode.stage ?? byGroup?.stage ?? usualStage(byText.status) };
    }
    return { status: byCode.status, stage: byCode.stage ?? byText?.stage ?? byGroup?.stage ?? null };
  }
  if (byText) {
    return {
      status: byText.status,
      stage: byText.stage ?? byGroup?.stage ?? (byText.status ? usualStage(byText.status) : null),
    };
  }
  if (byGroup) return { status: byGroup.status, stage: byGroup.stage };
  return { status: null, stage: null };
}

function usualStage(status: StatusCode): Stage | null {
  return USUAL_STAGE[status] ?? null;
}
