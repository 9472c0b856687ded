import { cainiaoUrls, parseCainiaoResponse, CAINIAO_BATCH } from '../carriers/cainiao';
import { failureForStatus } from '../carriers/http';
import { parseSeventeenTrackInfo, parseSeventeenTrackRegister, seventeenTrackRequests, SEVENTEEN_TRACK_BATCH } from '../carriers/seventeen-track';
import { parseShip24Response, ship24Request } from '../carriers/ship24';
import type { CarrierFailure, CarrierRequest, CarrierResult, RawResponse } from '../carriers/types';
import type { Parcel } from '../domain/model';
import type { Source } from '../domain/vocabulary';
import type { Settings } from '../storage/settings';

/**
 * The tracking sources the poller can ask, behind one shape: which number of a parcel to ask
 * with, how many numbers fit one call, and how a batch is fetched. Cainiao needs no key; the keyed
 * aggregators run only when the user enabled them with their own key (and granted the host).
 */
export type BatchOutcome = { ok: true; results: CarrierResult[] } | { ok: false; failure: CarrierFailure };

export interface PollSource {
  source: Extract<Source, 'cainiao' | '17track' | 'ship24'>;
  host: string;
  jobKind: string;
  batch: number;
  enabled(settings: Settings): boolean;
  numberFor(parcel: Parcel): string;
  fetchBatch(send: (r: CarrierRequest) => Promise<RawResponse>, numbers: string[], ctx: { settings: Settings; now: number; uiLanguage: string; firstTime: (n: string) => boolean }): Promise<BatchOutcome>;
}

const LP = /^LP\d{14}$/;

/** Cainiao knows its own `LP…` code best. */
const cainiaoNumber = (p: Parcel) => p.numbers.find((n) => LP.test(n)) ?? p.numbers[0] ?? p.id;
/** Aggregators follow the international / last-mile number, which national posts know. */
const aggregatorNumber = (p: Parcel) => [...p.numbers].reverse().find((n) => !LP.test(n)) ?? p.numbers[0] ?? p.id;

async function get(send: (r: CarrierRequest) => Promise<RawResponse>, request: CarrierRequest, now: number): Promise<RawResponse | CarrierFailure> {
  try {
    const res = await send(request);
    const byStatus = failureForStatus(res, now);
    if (byStatus) return byStatus;
    if (res.status >= 500) return { kind: 'error', code: `http_${res.status}`, detail: '' };
    return res;
  } catch (e) {
    return { kind: 'error', code: 'network', detail: e instanceof Error ? e.message : String(e) };
  }
}
const failed = (x: RawResponse | CarrierFailure): x is CarrierFailure => 'kind' in x;

export const CAINIAO: PollSource = {
  source: 'cainiao',
  host: 'global.cainiao.com',
  jobKind: 'fetch:cainiao',
  batch: CAINIAO_BATCH,
  enabled: (s) => s.sources.cainiao.enabled,
  numberFor: cainiaoNumber,
  async fetchBatch(send, numbers, { now, uiLanguage }) {
    const res = await get(send, { url: cainiaoUrls(numbers, uiLanguage)[0]!, method: 'GET', headers: { accept: 'application/json' } }, now);
    if (failed(res)) return { ok: false, failure: res };
    const answer = parseCainiaoResponse(res.body, res.contentType ?? undefined, now);
    if (answer.kind === 'ok') return { ok: true, results: answer.results };
    return { ok: false, failure: answer.kind === 'blocked' ? { kind: 'blocked', reason: answer.reason } : { kind: 'unreadable', detail: answer.detail } };
  },
};

export const SEVENTEEN_TRACK: PollSource = {
  source: '17track',
  host: 'api.17track.net',
  jobKind: 'fetch:17track',
  batch: SEVENTEEN_TRACK_BATCH,
  enabled: (s) => s.sources['17track'].enabled && s.sources['17track'].apiKey !== '',
  numberFor: aggregatorNumber,
  async fetchBatch(send, numbers, { settings, now, firstTime }) {
    const key = settings.sources['17track'].apiKey;
    // Registering spends the user's monthly quota: only numbers never tracked there before.
    const fresh = numbers.filter(firstTime);
    if (fresh.length > 0) {
      const res = await get(send, seventeenTrackRequests('register', fresh, key)[0]!, now);
      if (failed(res)) return { ok: false, failure: res };
      const registered = parseSeventeenTrackRegister(res, now);
      if (registered.kind !== 'ok') return { ok: false, failure: registered };
    }
    const res = await get(send, seventeenTrackRequests('gettrackinfo', numbers, key)[0]!, now);
    if (failed(res)) return { ok: false, failure: res };
    const info = parseSeventeenTrackInfo(res, now);
    return info.kind === 'ok' ? { ok: true, results: info.results } : { ok: false, failure: info };
  },
};

export const SHIP24: PollSource = {
  source: 'ship24',
  host: 'api.ship24.com',
  jobKind: 'fetch:ship24',
  batch: 1,
  enabled: (s) => s.sources.ship24.enabled && s.sources.ship24.apiKey !== '',
  numberFor: aggregatorNumber,
  async fetchBatch(send, numbers, { settings, now }) {
    const res = await get(send, ship24Request(numbers[0]!, settings.sources.ship24.apiKey), now);
    if (failed(res)) return { ok: false, failure: res };
    const answer = parseShip24Response(res, now);
    return answer.kind === 'ok' ? { ok: true, results: answer.results } : { ok: false, failure: answer };
  },
};

export const POLL_SOURCES: readonly PollSource[] = [CAINIAO, SEVENTEEN_TRACK, SHIP24];
