import { describe, expect, it } from 'vitest';
import { parseShip24Response, ship24Request, type Ship24Answer } from '../../../src/carriers/ship24';
import type { CarrierResult } from '../../../src/carriers/types';
import { at, fixture } from './fixture';

const NOW = at('2024-03-15T00:00:00Z');
const res = (body: string, status = 200, retryAfter: string | null = null) => ({ status, body, contentType: 'application/json', retryAfter });

function ok(answer: Ship24Answer): CarrierResult[] {
  if (answer.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(answer)}`);
  return answer.results;
}

describe('ship24Request', () => {
  it('POSTs one number with the bearer key and optional country hints', () => {
    expect(ship24Request(' nx123456785br ', 'sk_live', { destinationCountryCode: 'BR' })).toEqual({
      url: 'https://api.ship24.com/public/v1/trackers/track',
      method: 'POST',
      headers: { Authorization: 'Bearer sk_live', 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"trackingNumber":"NX123456785BR","destinationCountryCode":"BR"}',
    });
    expect(ship24Request('RB123456785GB', 'k').body).toBe('{"trackingNumber":"RB123456785GB"}');
  });
});

describe('parseShip24Response', () => {
  it('track-brazil-in-transit.json: zone-less wall times, aliases, sharpened milestones', () => {
    const [r] = ok(parseShip24Response(res(fixture('ship24/track-brazil-in-transit.json')), NOW));
    expect(r?.events.map((e) => [e.number, e.time, e.timeZone, e.code, e.status, e.stage])).toEqual([
      ['NX123456785BR', at('2024-03-14T08:30:00Z'), null, 'in_transit', 'at_local_facility', 'last_mile'],
      ['NX123456785BR', at('2024-03-12T09:15:00Z'), null, 'in_transit', 'customs', 'import_customs'],
      ['NX123456785BR', at('2024-03-11T22:05:00Z'), null, 'in_transit', 'arrived_destination', 'line_haul'],
      ['LP00234567890123', at('2024-03-08T03:20:00Z'), null, 'in_transit', 'in_transit', 'line_haul'],
      ['LP00234567890123', at('2024-03-07T11:02:00Z'), null, 'in_transit', 'customs', 'export_customs'],
      ['LP00234567890123', at('2024-03-05T10:00:00Z'), null, 'info_received', 'info_received', 'origin'],
    ]);
    expect(r?.events[0]).toMatchObject({ source: 'ship24', text: 'Objeto recebido na unidade de distribuição', location: 'CURITIBA / PR' });
    expect(r).toMatchObject({
      number: 'NX123456785BR',
      aliases: ['LP00234567890123'],
      notFound: false,
      originCountry: 'CN',
      destCountry: 'BR',
      eta: { to: at('2024-04-02T00:00:00Z'), source: 'ship24' },
      skippedEvents: 0,
      checkedAt: NOW,
    });
  });

  it('track-not-found.json: pending with no events', () => {
    expect(parseShip24Response(res(fixture('ship24/track-not-found.json')), NOW)).toEqual({
      kind: 'ok',
      results: [{ number: 'RP102030405RU', aliases: [], events: [], notFound: true, skippedEvents: 0, checkedAt: NOW }],
    });
  });

  it('error-invalid-number.json: the source error, kept', () => {
    expect(parseShip24Response(res(fixture('ship24/error-invalid-number.json'), 400), NOW)).toEqual({
      kind: 'error',
      code: 'validation_error',
      detail: 'trackingNumber must be between 5 and 50 characters',
    });
  });

  it('error-unauthorized.json: a key problem', () => {
    expect(parseShip24Response(res(fixture('ship24/error-unauthorized.json'), 401), NOW)).toEqual({ kind: 'auth_failed', detail: 'HTTP 401' });
  });

  it('429 honours Retry-After, in seconds or as a date', () => {
    expect(parseShip24Response(res('', 429, '2'), NOW)).toEqual({ kind: 'rate_limited', retryAfterMs: 2000 });
    expect(parseShip24Response(res('', 429, 'Fri, 15 Mar 2024 00:01:00 GMT'), NOW)).toEqual({ kind: 'rate_limited', retryAfterMs: 60_000 });
  });

  it('an event with its own offset keeps it', () => {
    const body = JSON.stringify({
      data: { trackings: [{ tracker: { trackingNumber: 'X1' }, events: [{ status: 'Delivered', occurrenceDatetime: '2024-03-20T10:00:00+01:00', statusMilestone: 'delivered' }] }] },
    });
    const [r] = ok(parseShip24Response(res(body), NOW));
    expect(r?.events[0]).toMatchObject({ time: at('2024-03-20T09:00:00Z'), timeZone: 'GMT+01:00', status: 'delivered', number: 'X1' });
  });

  it('unreadable bodies are typed', () => {
    expect(parseShip24Response(res('nope'), NOW).kind).toBe('unreadable');
    expect(parseShip24Response(res('{"data":null}'), NOW)).toEqual({ kind: 'unreadable', detail: 'no trackings' });
  });
});
