import { vi } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { AddResult, ListQuery, PopupApi, RefreshResult } from '../../../src/views/api';
import type { EventView, ListFilter, ParcelDetail, ParcelPage, ParcelView } from '../../../src/views/types';

/** 21 Nov 2026, 12:00 UTC: every relative time in these tests is computed from here. */
export const NOW = Date.parse('2026-11-21T12:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const HOSTILE = '<img src=x onerror=alert(1)>';

export function event(overrides: Partial<EventView> = {}): EventView {
  return {
    time: NOW - 2 * DAY,
    timeZone: 'GMT+8',
    status: 'in_transit',
    stage: 'line_haul',
    texts: ['Departed from origin country'],
    sources: ['cainiao'],
    location: 'Shenzhen',
    number: 'LP00000000000',
    ...overrides,
  };
}

/** Parcel `i` of a generated list: every third has warnings, every tenth is delivered, #2 has a hostile store. */
export function parcel(i: number, overrides: Partial<ParcelView> = {}): ParcelView {
  const number = `LP${String(i).padStart(11, '0')}`;
  const flagged = i % 3 === 0;
  return {
    id: `p${i}`,
    number,
    numbers: [number],
    status: i % 10 === 9 ? 'delivered' : 'in_transit',
    flags: flagged ? ['stalled', 'protection_ending'] : [],
    verdicts: flagged
      ? [
          {
            flag: 'stalled',
            reason: 'no_event_for_days',
            evidence: { stage: 'line_haul', days: 23, allowanceDays: 21, defaultDays: 21, basis: 'default', serviceClass: 'economy', lastEventAt: NOW - 23 * DAY },
            confidence: 'high',
            judgedAt: NOW - HOUR,
          },
        ]
      : [],
    lastEvent: event({ number, time: NOW - (i + 1) * HOUR }),
    orderIds: [`80000000000000${String(i).padStart(2, '0')}`.slice(0, 16)],
    storeNames: [i === 2 ? HOSTILE : `Store ${i}`],
    itemTitles: [`Item ${i}`],
    links: [{ name: 'Cainiao', url: `https://global.cainiao.com/detail.htm?mailNoList=${number}` }],
    guidance: flagged ? ['dispute_possible', 'no_such_advice_code'] : [],
    archived: false,
    addedAt: NOW - 30 * DAY,
    health: { lastSuccessAt: NOW - 5 * 60_000, lastCheckedAt: NOW - 5 * 60_000 },
    ...overrides,
  };
}

function matches(p: ParcelView, filter: ListFilter, query: string): boolean {
  if (filter === 'archived') {
    if (!p.archived) return false;
  } else if (p.archived) return false;
  if (filter === 'attention' && p.flags.length === 0) return false;
  if (filter === 'in_transit' && p.status === 'delivered') return false;
  if (filter === 'delivered' && p.status !== 'delivered') return false;
  if (!query) return true;
  const q = query.toLowerCase();
  return [p.number, ...p.storeNames, ...p.itemTitles].some((s) => s.toLowerCase().includes(q));
}

export interface FakeApi extends PopupApi {
  parcels: ParcelView[];
  notices: ParcelPage['notices'];
  listParcels: ReturnType<typeof vi.fn<(q: ListQuery) => Promise<ParcelPage>>>;
  parcelDetail: ReturnType<typeof vi.fn<(id: string) => Promise<ParcelDetail | null>>>;
  addFromText: ReturnType<typeof vi.fn<(text: string) => Promise<AddResult>>>;
  refresh: ReturnType<typeof vi.fn<(id: string) => Promise<RefreshResult>>>;
  setArchived: ReturnType<typeof vi.fn<(id: string, archived: boolean) => Promise<void>>>;
  remove: ReturnType<typeof vi.fn<(id: string) => Promise<void>>>;
  /** Tell the popup stored parcels changed, as the background's broadcast would. */
  emitChange(): void;
}

/** An in-memory PopupApi over `count` generated parcels (the background sorts; this keeps the order). */
export function fakeApi(count: number, edit: (parcels: ParcelView[]) => void = () => {}): FakeApi {
  const parcels = Array.from({ length: count }, (_, i) => parcel(i));
  edit(parcels);
  const listeners = new Set<() => void>();
  const api: FakeApi = {
    parcels,
    notices: [],
    listParcels: vi.fn(async ({ filter, query, offset, limit }: ListQuery) => {
      const all = api.parcels.filter((p) => matches(p, filter, query));
      const counts = Object.fromEntries(
        (['all', 'attention', 'in_transit', 'delivered', 'archived'] as const).map((f) => [f, api.parcels.filter((p) => matches(p, f, '')).length]),
      ) as ParcelPage['counts'];
      return { items: all.slice(offset, offset + limit), total: all.length, counts, notices: api.notices };
    }),
    parcelDetail: vi.fn(async (id: string) => {
      const p = api.parcels.find((x) => x.id === id);
      if (!p) return null;
      return {
        parcel: p,
        timeline: [],
        legs: [
          {
            stage: 'line_haul',
            carrier: 'Cainiao',
            events: [
              event({ number: p.number, time: NOW - 3 * DAY, status: 'accepted', texts: ['Accepted by carrier'] }),
              event({ number: p.number, time: NOW - 2 * DAY, texts: ['Departed from origin country', 'Отправлено из страны'], sources: ['cainiao', 'aliexpress'] }),
            ],
          },
          {
            stage: 'last_mile',
            carrier: HOSTILE,
            events: [event({ number: 'RB123456785CN', time: NOW - DAY, status: 'at_local_facility', stage: 'last_mile', texts: [HOSTILE], location: HOSTILE, timeZone: null })],
          },
        ],
        orders: [
          {
            id: '8000000000000001',
            site: 'www.aliexpress.com',
            state: 'awaiting_delivery',
            placedAt: NOW - 20 * DAY,
            storeName: p.storeNames[0] ?? '',
            items: [{ title: p.itemTitles[0] ?? '' }],
            detailUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8000000000000001',
          },
        ],
        etas: [{ from: NOW + 3 * DAY, to: NOW + 9 * DAY, basis: 'history', samples: 9 }],
      } satisfies ParcelDetail;
    }),
    addFromText: vi.fn(async () => ({ added: [], alreadyTracked: [], orderIds: [], corrected: [], invalid: [] })),
    refresh: vi.fn(async () => ({ ok: true as const })),
    setArchived: vi.fn(async () => {}),
    remove: vi.fn(async () => {}),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emitChange() {
      for (const listener of listeners) listener();
    },
  };
  return api;
}

const mounted: HTMLElement[] = [];

/** Renders into a fresh container attached to the document, and lets effects and fetches settle. */
export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => {
    render(vnode, container);
  });
  await settle();
  return container;
}

export function unmountAll(): void {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
}

/** Lets pending promises (the fake api's answers) resolve and the renders they cause run. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, ms));
    });
  }
}

export function key(target: Element, keyName: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ...init }));
}

/** Codes the tests make up on purpose to reach the fallbacks: the only messages allowed to be missing. */
export const MADE_UP_MESSAGES = ['notice_something_new', 'guidance_no_such_advice_code', 'correction_some_new_kind', 'page_problem_made_up'];
