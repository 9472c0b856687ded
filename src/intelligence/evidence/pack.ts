import { analyzeNumber } from '../../core';
import type { Order, TrackingEvent } from '../../domain/model';
import { assessParcel, needsAttention } from '../assess';
import type { EvidenceEvent, EvidenceOrder, EvidencePack, EvidencePackInput, EvidenceParcel, EvidenceParcelInput } from './types';

const iso = (ms: number): string => new Date(ms).toISOString();

function toEvent(e: TrackingEvent): EvidenceEvent {
  return {
    time: e.time,
    timeIso: iso(e.time),
    timeZone: e.timeZone,
    source: e.source,
    number: e.number,
    status: e.status,
    stage: e.stage,
    location: e.location,
    code: e.code,
    text: e.text,
  };
}

function toOrder(o: Order, parcelItems: EvidenceOrder['items']): EvidenceOrder {
  const out: EvidenceOrder = {
    id: o.id,
    site: o.site,
    // The items travelling in this package when the source says which, else the order's.
    items: parcelItems.length > 0 ? parcelItems : o.items.map(({ title, sku, quantity }) => ({ title, sku, quantity })),
  };
  if (o.placedAt !== undefined) out.placedAt = o.placedAt;
  if (o.store?.name) out.store = o.store.name;
  if (o.store?.url) out.storeUrl = o.store.url;
  if (o.destination?.country) out.country = o.destination.country;
  return out;
}

function parcelEvidence({ facts, assessment }: EvidenceParcelInput, now: number): EvidenceParcel {
  const judged = assessment ?? assessParcel(facts, now);
  const p = facts.parcel;
  const items = p.items.map(({ title, sku, quantity }) => ({ title, sku, quantity }));
  // One event written twice (a retried fetch) is one event; the same scan from two sources is two.
  const seen = new Set<string>();
  const events = [...facts.events]
    .sort((a, b) => a.time - b.time)
    .filter((e) => !seen.has(e.id) && Boolean(seen.add(e.id)));
  const out: EvidenceParcel = {
    id: p.id,
    status: facts.status,
    serviceClass: p.serviceClass,
    numbers: p.numbers.map((n) => {
      const a = analyzeNumber(n);
      return a.pattern === undefined ? { number: n, carriers: a.carriers } : { number: n, carriers: a.carriers, pattern: a.pattern };
    }),
    orders: facts.orders.map((o) => toOrder(o, items)),
    flags: judged.flags,
    verdicts: judged.verdicts,
    deadline: judged.deadline,
    eta: judged.eta.best,
    guidance: judged.guidance,
    timeline: events.map(toEvent),
  };
  if (p.service) out.service = p.service;
  if (p.lastMile) out.lastMile = p.lastMile.name;
  if (p.originCountry) out.originCountry = p.originCountry;
  if (p.destCountry) out.destCountry = p.destCountry;
  return out;
}

/** The evidence behind every parcel given, as plain data: the one source of all export formats. */
export function evidencePack(input: EvidencePackInput, now: number): EvidencePack {
  return { generatedAt: now, generatedAtIso: iso(now), parcels: input.parcels.map((p) => parcelEvidence(p, now)) };
}

/** Only the parcels that need attention ("all flagged parcels"), assessed at `now`. */
export function flaggedParcels(input: EvidencePackInput, now: number): EvidencePackInput {
  return {
    parcels: input.parcels
      .map((p) => ({ facts: p.facts, assessment: p.assessment ?? assessParcel(p.facts, now) }))
      .filter((p) => needsAttention(p.assessment.flags)),
  };
}

/** The pack as JSON, for saving beside screenshots or attaching to a dispute. */
export function evidenceJson(input: EvidencePackInput, now: number): string {
  return JSON.stringify(evidencePack(input, now), null, 2);
}
