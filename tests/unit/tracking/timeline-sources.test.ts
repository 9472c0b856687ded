import { describe, expect, it } from 'vitest';
import { parseCainiaoResponse } from '../../../src/carriers/cainiao';
import { parseSeventeenTrackInfo } from '../../../src/carriers/seventeen-track';
import { parseShip24Response } from '../../../src/carriers/ship24';
import type { CarrierResult } from '../../../src/carriers/types';
import { buildTimeline } from '../../../src/tracking/timeline';
import { fixture as body } from '../carriers/fixture';

/** The unified timeline over real parser output: the fixtures describe one parcel per pair. */
const NOW = Date.parse('2024-04-06T00:00:00Z');

function only(answer: { kind: string; results?: CarrierResult[] }): CarrierResult {
  const first = answer.results?.[0];
  if (answer.kind !== 'ok' || !first) throw new Error(`expected one result, got ${answer.kind}`);
  return first;
}

const cainiao = (name: string) => only(parseCainiaoResponse(body(`cainiao/${name}`), 'application/json', NOW));

describe('unified timeline from several sources', () => {
  it('Cainiao + 17TRACK (Israel): same scans merge, the return after delivery wins', () => {
    const c = cainiao('delivered.json');
    const s = only(parseSeventeenTrackInfo({ status: 200, body: body('17track/gettrackinfo-returned.json') }, NOW));
    expect(buildTimeline(c.events).status).toBe('delivered');

    const t = buildTimeline([...c.events, ...s.events], { lastMile: s.lastMile });
    expect(t.status).toBe('exception');
    expect(t.events.map((e) => [e.status, e.sources.join('+')])).toEqual([
      ['exception', '17track'],
      ['delivered', 'cainiao+17track'],
      ['out_for_delivery', 'cainiao+17track'], // a minute apart
      ['at_local_facility', 'cainiao+17track'],
      ['at_local_facility', 'cainiao'], // Cainiao's own acceptance scan by the last mile
      ['customs', 'cainiao+17track'],
      ['arrived_destination', 'cainiao+17track'],
      ['in_transit', 'cainiao+17track'],
      ['accepted', 'cainiao+17track'],
    ]);
    expect(t.events[2]?.time).toBe(Date.parse('2024-03-21T06:05:00Z'));
    expect(t.lastEventAt).toBe(Date.parse('2024-03-29T07:15:00Z'));
    expect(t.legs.map((l) => [l.stage, l.events.length, l.carrier?.name])).toEqual([
      ['final', 2, 'Israel Post'],
      ['last_mile', 3, 'Israel Post'],
      ['import_customs', 1, undefined],
      ['line_haul', 2, undefined],
      ['origin', 1, undefined],
    ]);
  });

  it('Cainiao + Ship24 (Brazil): zone-less Ship24 times meet Cainiao scans across aliases', () => {
    const c = cainiao('customs-chinese-mixed-zones.json');
    const s = only(parseShip24Response({ status: 200, body: body('ship24/track-brazil-in-transit.json') }, NOW));
    expect(s.aliases).toContain(c.number);

    const t = buildTimeline([...c.events, ...s.events]);
    expect(t.status).toBe('at_local_facility');
    expect(t.events).toHaveLength(10);
    const merged = t.events.filter((e) => e.sources.length === 2);
    expect(merged.map((e) => [e.status, e.stage, e.time, e.timeZone, e.numbers])).toEqual([
      ['customs', 'import_customs', Date.parse('2024-03-12T12:15:00Z'), 'GMT-3', ['LP00234567890123', 'NX123456785BR']],
      ['arrived_destination', 'line_haul', Date.parse('2024-03-12T01:05:00Z'), 'GMT-0300', ['LP00234567890123', 'NX123456785BR']],
      ['in_transit', 'line_haul', Date.parse('2024-03-07T19:20:00Z'), 'GMT+8', ['LP00234567890123']],
      ['customs', 'export_customs', Date.parse('2024-03-07T03:02:00Z'), 'GMT+0800', ['LP00234567890123']],
      ['info_received', 'origin', Date.parse('2024-03-05T02:00:00Z'), 'GMT+8', ['LP00234567890123']],
    ]);
    expect(merged[0]?.texts).toEqual(['进口清关开始', 'Import customs clearance started']);
    expect(t.events[0]).toMatchObject({ sources: ['ship24'], status: 'at_local_facility', timeZone: null });
  });

  it('a number Cainiao has not scanned yet has an empty, not_found timeline', () => {
    const t = buildTimeline(cainiao('unknown-number.json').events);
    expect(t.status).toBe('not_found');
    expect(t.lastEvent).toBeUndefined();
  });

  it('a pickup-station signature stays available_for_pickup', () => {
    const batch = parseCainiaoResponse(body('cainiao/batch-of-3.json'), 'application/json', NOW);
    if (batch.kind !== 'ok') throw new Error(batch.kind);
    expect(batch.results.map((r) => buildTimeline(r.events).status)).toEqual(['arrived_destination', 'not_found', 'available_for_pickup']);
  });
});
