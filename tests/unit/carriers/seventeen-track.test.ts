import { describe, expect, it } from 'vitest';
import {
  parseSeventeenTrackInfo,
  parseSeventeenTrackRegister,
  seventeenTrackRequests,
  type TrackInfoAnswer,
} from '../../../src/carriers/seventeen-track';
import type { CarrierResult } from '../../../src/carriers/types';
import { at, fixture } from './fixture';

const NOW = at('2024-03-29T08:30:00Z');
const res = (body: string, status = 200, retryAfter: string | null = null) => ({ status, body, contentType: 'application/json', retryAfter });

function ok(answer: TrackInfoAnswer): CarrierResult[] {
  if (answer.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(answer)}`);
  return answer.results;
}

describe('seventeenTrackRequests', () => {
  it('POSTs batches of at most 40 numbers with the user key', () => {
    const numbers = Array.from({ length: 85 }, (_, i) => `LP${String(i).padStart(14, '0')}`);
    const reqs = seventeenTrackRequests('register', [...numbers, numbers[0] ?? ''], 'KEY-123');
    expect(reqs.map((r) => (JSON.parse(r.body ?? '[]') as unknown[]).length)).toEqual([40, 40, 5]);
    expect(reqs[0]).toEqual({
      url: 'https://api.17track.net/track/v2.2/register',
      method: 'POST',
      headers: { '17token': 'KEY-123', 'Content-Type': 'application/json' },
      body: JSON.stringify(numbers.slice(0, 40).map((number) => ({ number }))),
    });
    expect(seventeenTrackRequests('gettrackinfo', ['rb123456785gb'], 'K')[0]?.url).toBe('https://api.17track.net/track/v2.2/gettrackinfo');
    expect(seventeenTrackRequests('gettrackinfo', ['rb123456785gb'], 'K')[0]?.body).toBe('[{"number":"RB123456785GB"}]');
  });
});

describe('parseSeventeenTrackRegister', () => {
  it('register.json: "already registered" counts as registered', () => {
    expect(parseSeventeenTrackRegister(res(fixture('17track/register.json')), NOW)).toEqual({
      kind: 'ok',
      registered: ['LP00345678901234', 'LZ234567816CN'],
      rejected: [{ number: 'ABC', code: -18010012, message: "The format of 'ABC' is invalid." }],
    });
  });

  it('error-invalid-key.json: the envelope error is kept', () => {
    expect(parseSeventeenTrackRegister(res(fixture('17track/error-invalid-key.json')), NOW)).toEqual({
      kind: 'error',
      code: '-18010002',
      detail: 'Access token is invalid.',
    });
  });

  it('429 is a typed rate limit with the server wait', () => {
    expect(parseSeventeenTrackRegister(res('', 429, '30'), NOW)).toEqual({ kind: 'rate_limited', retryAfterMs: 30_000 });
    expect(parseSeventeenTrackRegister(res('', 429), NOW)).toEqual({ kind: 'rate_limited' });
  });

  it('401 is a key problem', () => {
    expect(parseSeventeenTrackRegister(res('{}', 401), NOW)).toEqual({ kind: 'auth_failed', detail: 'HTTP 401' });
  });
});

describe('parseSeventeenTrackInfo', () => {
  it('gettrackinfo-returned.json: both providers, newest first, returning after delivery', () => {
    const [r] = ok(parseSeventeenTrackInfo(res(fixture('17track/gettrackinfo-returned.json')), NOW));
    expect(r?.events.map((e) => [e.time, e.timeZone, e.code, e.text, e.status, e.stage])).toEqual([
      [at('2024-03-29T07:15:00Z'), 'GMT+03:00', 'Returning', 'Item not collected, returning to sender', 'exception', 'final'],
      [at('2024-03-21T12:32:00Z'), 'GMT+02:00', 'Delivered', 'Delivered', 'delivered', 'final'],
      [at('2024-03-21T06:06:00Z'), 'GMT+02:00', 'OutForDelivery', 'Out for delivery', 'out_for_delivery', 'last_mile'],
      [at('2024-03-20T15:40:00Z'), 'GMT+02:00', 'InTransit_Other', 'Arrived at local delivery center', 'at_local_facility', 'last_mile'],
      [at('2024-03-18T14:20:00Z'), 'GMT+08:00', 'InTransit_CustomsReleased', 'Import customs clearance complete', 'customs', 'import_customs'],
      [at('2024-03-17T03:50:00Z'), 'GMT+08:00', 'Arrival', 'Arrived at destination country', 'arrived_destination', 'line_haul'],
      [at('2024-03-14T17:10:00Z'), 'GMT+08:00', 'Departure', 'Departed from origin country', 'in_transit', 'line_haul'],
      [at('2024-03-12T07:00:00Z'), 'GMT+08:00', 'PickedUp', 'Picked up', 'accepted', 'origin'],
    ]);
    expect(r?.events[0]).toMatchObject({ number: 'LP00345678901234', source: '17track', location: 'TEL AVIV' });
    expect(r?.events[4]?.location).toBeNull();
    expect(r).toMatchObject({
      number: 'LP00345678901234',
      aliases: [],
      notFound: false,
      originCountry: 'CN',
      destCountry: 'IL',
      eta: { source: '17track', from: at('2024-03-18T22:00:00Z'), to: at('2024-03-25T22:00:00Z') },
      lastMile: { name: 'Israel Post', url: 'https://israelpost.co.il/' },
      skippedEvents: 0,
      checkedAt: NOW,
    });
  });

  it('gettrackinfo-not-found.json: not found is a result, not registered is a rejection', () => {
    const answer = parseSeventeenTrackInfo(res(fixture('17track/gettrackinfo-not-found.json')), NOW);
    expect(answer).toEqual({
      kind: 'ok',
      results: [{ number: 'LV775123458US', aliases: [], events: [], notFound: true, skippedEvents: 0, checkedAt: NOW }],
      rejected: [{ number: 'RR314159268RU', code: -18019902, message: "The tracking number 'RR314159268RU' does not register, please register first." }],
    });
  });

  it('unreadable bodies are typed, never thrown', () => {
    expect(parseSeventeenTrackInfo(res('<html>'), NOW).kind).toBe('unreadable');
    expect(parseSeventeenTrackInfo(res('{"code":0}'), NOW)).toEqual({ kind: 'unreadable', detail: 'no data' });
    expect(parseSeventeenTrackInfo(res('[]'), NOW)).toEqual({ kind: 'unreadable', detail: 'not an object' });
  });
});
