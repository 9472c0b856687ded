// @vitest-environment happy-dom
import { missingMessages } from './i18n-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { ROW_HEIGHT } from '../../../src/ui/popup/ParcelList';
import { BLOCK_SIZE } from '../../../src/ui/popup/useParcelRows';
import { LIST_FILTERS } from '../../../src/views/types';
import { MADE_UP_MESSAGES, DAY, HOSTILE, NOW, fakeApi, key, mount, settle, unmountAll } from './fixtures';

const now = () => NOW;
const rows = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[role="option"][data-parcellens-parcel]')];

beforeEach(() => missingMessages.clear());
afterEach(() => {
  unmountAll();
  expect([...missingMessages].filter((name) => !MADE_UP_MESSAGES.includes(name))).toEqual([]);
});

describe('popup list', () => {
  it('renders each parcel with the exact test hooks, empty data-flags when none', async () => {
    const api = fakeApi(20);
    const root = await mount(<PopupApp api={api} now={now} />);
    expect(root.querySelector('[data-parcellens-popup] h1')?.textContent).toBe('ParcelLens');
    const [first, second] = rows(root);
    expect(first?.getAttribute('data-parcellens-parcel')).toBe('LP00000000000');
    expect(first?.getAttribute('data-status')).toBe('in_transit');
    expect(first?.getAttribute('data-flags')).toBe('stalled protection_ending');
    expect(second?.getAttribute('data-parcellens-parcel')).toBe('LP00000000001');
    expect(second?.hasAttribute('data-flags')).toBe(true);
    expect(second?.getAttribute('data-flags')).toBe('');
    expect(rows(root)[9]?.getAttribute('data-status')).toBe('delivered');
  });

  it('shows status, store, item, last event with relative time, and flag badges with reasons', async () => {
    const root = await mount(<PopupApp api={fakeApi(20)} now={now} />);
    const first = rows(root)[0]!;
    expect(first.textContent).toContain('In transit');
    expect(first.textContent).toContain('Store 0');
    expect(first.textContent).toContain('Item 0');
    expect(first.textContent).toContain('Departed from origin country');
    expect(first.querySelector('time')?.textContent).toBe('1 hour ago');
    const stalled = first.querySelector<HTMLElement>('[data-flag="stalled"]')!;
    expect(stalled.textContent).toBe('Stalled');
    expect(stalled.title).toBe('No new event for 23 days (stage: International transit; it usually takes at most 21 days).');
    expect(stalled.getAttribute('aria-label')).toBe(`Stalled: ${stalled.title}`);
    const ending = first.querySelector<HTMLElement>('[data-flag="protection_ending"]')!;
    expect(ending.title).toBe("Buyer protection ends within 7 days and the parcel hasn't been delivered.");
    expect(root.querySelector('.pl-head')?.textContent).toContain('Updated 5 minutes ago');
  });

  it('renders only a window of rows for 2,000 parcels, with an honest scroll height', async () => {
    const api = fakeApi(2000);
    const root = await mount(<PopupApp api={api} now={now} />);
    expect(rows(root).length).toBeGreaterThan(3);
    expect(rows(root).length).toBeLessThanOrEqual(BLOCK_SIZE);
    expect(root.querySelectorAll('[role="option"]').length).toBeLessThan(30);
    expect(api.listParcels).toHaveBeenCalledTimes(1);
    expect(api.listParcels).toHaveBeenCalledWith({ filter: 'all', query: '', offset: 0, limit: BLOCK_SIZE });
    const spacer = root.querySelector<HTMLElement>('.pl-list-spacer')!;
    expect(spacer.style.height).toBe(`${2000 * ROW_HEIGHT}px`);
    expect(rows(root)[0]?.getAttribute('aria-setsize')).toBe('2000');
  });

  it('fetches only the block scrolled to', async () => {
    const api = fakeApi(2000);
    const root = await mount(<PopupApp api={api} now={now} />);
    const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
    await act(() => {
      list.scrollTop = 1000 * ROW_HEIGHT;
      list.dispatchEvent(new Event('scroll'));
    });
    await settle();
    const offsets = api.listParcels.mock.calls.map(([q]) => q.offset);
    expect(offsets).toContain(Math.floor(996 / BLOCK_SIZE) * BLOCK_SIZE);
    expect(offsets.every((o) => o % BLOCK_SIZE === 0)).toBe(true);
    expect(api.listParcels.mock.calls.length).toBeLessThanOrEqual(3);
    const shown = rows(root).map((r) => Number(r.dataset.index));
    expect(shown).toContain(1000);
    expect(Math.max(...shown) - Math.min(...shown)).toBeLessThan(20);
    expect(root.querySelector('[data-index="1000"]')?.getAttribute('data-parcellens-parcel')).toBe('LP00000001000');
  });

  it('filters with tabs (with counts) and asks the api for that filter', async () => {
    const api = fakeApi(30);
    const root = await mount(<PopupApp api={api} now={now} />);
    expect([...root.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => t.dataset.filter)).toEqual([...LIST_FILTERS]);
    const tab = root.querySelector<HTMLElement>('[role="tab"][data-filter="attention"]')!;
    expect(tab.textContent).toBe('Needs attention10');
    expect(root.querySelector('[data-filter="delivered"] .pl-tab-count')?.textContent).toBe('3');
    await act(() => tab.click());
    await settle();
    expect(api.listParcels).toHaveBeenLastCalledWith({ filter: 'attention', query: '', offset: 0, limit: BLOCK_SIZE });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(rows(root).every((r) => r.dataset.flags !== '')).toBe(true);
    // Arrow keys move between tabs.
    await act(() => key(tab, 'ArrowRight'));
    await settle();
    expect(api.listParcels).toHaveBeenLastCalledWith({ filter: 'in_transit', query: '', offset: 0, limit: BLOCK_SIZE });
    expect(document.activeElement?.getAttribute('data-filter')).toBe('in_transit');
  });

  it('debounces the search and sends the query', async () => {
    const api = fakeApi(50);
    const root = await mount(<PopupApp api={api} now={now} />);
    const search = root.querySelector<HTMLInputElement>('[data-parcellens-search]')!;
    api.listParcels.mockClear();
    await act(() => {
      search.value = 'Store 4';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle(10);
    expect(api.listParcels).not.toHaveBeenCalled();
    await settle(60);
    expect(api.listParcels).toHaveBeenCalledTimes(1);
    expect(api.listParcels).toHaveBeenLastCalledWith({ filter: 'all', query: 'Store 4', offset: 0, limit: BLOCK_SIZE });
    const shown = rows(root);
    expect(shown[0]?.getAttribute('aria-setsize')).toBe('11');
    expect(shown.map((r) => r.dataset.parcellensParcel).slice(0, 3)).toEqual(['LP00000000004', 'LP00000000040', 'LP00000000041']);
  });

  it('reloads the visible window when the api reports a change', async () => {
    const api = fakeApi(10);
    const root = await mount(<PopupApp api={api} now={now} />);
    api.parcels.unshift({ ...api.parcels[1]!, id: 'new', number: 'RB123456785CN', numbers: ['RB123456785CN'] });
    await act(() => api.emitChange());
    await settle();
    expect(rows(root)[0]?.dataset.parcellensParcel).toBe('RB123456785CN');
  });

  it('shows a new user what to do, and notices as a banner', async () => {
    const api = fakeApi(0);
    api.notices = [{ code: 'verification', at: NOW - 60_000 }, { code: 'something_new', at: NOW }];
    const root = await mount(<PopupApp api={api} now={now} />);
    const empty = root.querySelector('[data-parcellens-empty]')!;
    expect(empty.textContent).toContain('Open “My Orders” on AliExpress once');
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('https://www.aliexpress.com/p/order/index.html');
    expect(root.querySelector('[data-parcellens-notice="verification"]')?.textContent).toContain('AliExpress asked for verification');
    expect(root.querySelector('[data-parcellens-notice="something_new"]')?.textContent).toContain('Some lookups are paused');
    expect(root.querySelector('textarea[data-parcellens-add]')).not.toBeNull();
  });

  it('says "no match" (not the new-user text) when a search finds nothing', async () => {
    const api = fakeApi(5);
    const root = await mount(<PopupApp api={api} now={now} />);
    const search = root.querySelector<HTMLInputElement>('[data-parcellens-search]')!;
    await act(() => {
      search.value = 'zzz';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle(60);
    expect(root.querySelector('[data-parcellens-no-match]')?.textContent).toBe('No parcels match.');
    expect(root.querySelector('[data-parcellens-empty]')).toBeNull();
  });
});

describe('popup keyboard and parcel view', () => {
  it('moves with arrow keys, opens with Enter, returns with Escape to the same row', async () => {
    const api = fakeApi(40);
    const root = await mount(<PopupApp api={api} now={now} />);
    const first = rows(root)[0]!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    await act(() => key(first, 'ArrowDown'));
    await settle();
    expect(document.activeElement?.getAttribute('data-index')).toBe('1');
    await act(() => key(document.activeElement!, 'ArrowDown'));
    await settle();
    const third = document.activeElement as HTMLElement;
    expect(third.dataset.index).toBe('2');
    expect(third.tabIndex).toBe(0);
    await act(() => key(third, 'Enter'));
    await settle();
    expect(api.parcelDetail).toHaveBeenCalledWith('p2');
    const detail = root.querySelector('[data-parcellens-detail="p2"]')!;
    expect(detail).not.toBeNull();
    expect(root.querySelector<HTMLElement>('.pl-listview')!.hidden).toBe(true);
    expect(document.activeElement?.getAttribute('data-action')).toBe('back');
    await act(() => key(document.activeElement!, 'Escape'));
    await settle();
    expect(root.querySelector('[data-parcellens-detail]')).toBeNull();
    expect(root.querySelector<HTMLElement>('.pl-listview')!.hidden).toBe(false);
    expect(document.activeElement?.getAttribute('data-index')).toBe('2');
  });

  it('opens a parcel on click and renders hostile text as text', async () => {
    const api = fakeApi(5);
    const root = await mount(<PopupApp api={api} now={now} />);
    expect(rows(root)[2]?.textContent).toContain(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
    await act(() => rows(root)[2]!.click());
    await settle();
    const body = root.querySelector<HTMLElement>('article[data-parcellens-parcel]')!;
    expect(body.getAttribute('data-parcellens-parcel')).toBe('LP00000000002');
    expect(body.getAttribute('data-status')).toBe('in_transit');
    expect(body.getAttribute('data-flags')).toBe('');
    expect(body.textContent).toContain(HOSTILE);
    expect(body.querySelector('.pl-order-store')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('[onerror]').length).toBe(0);
  });

  it('shows a low-confidence fake verdict without a flag only as a muted hint in the detail, never as a badge', async () => {
    const api = fakeApi(2, (ps) => {
      ps[1] = {
        ...ps[1]!,
        flags: [],
        verdicts: [
          {
            flag: 'suspected_fake',
            reason: 'carrier_differs',
            evidence: { ordered: 'DHL Express', actual: 'Yanwen', strength: 'weak', signals: 1 },
            confidence: 'low',
            judgedAt: NOW,
          },
        ],
        guidance: [],
      };
    });
    const root = await mount(<PopupApp api={api} now={now} />);
    const row = rows(root)[1]!;
    expect(row.getAttribute('data-flags')).toBe('');
    expect(row.querySelector('[data-flag]')).toBeNull();
    await act(() => row.click());
    await settle();
    const body = root.querySelector<HTMLElement>('article[data-parcellens-parcel]')!;
    expect(body.getAttribute('data-flags')).toBe('');
    expect(body.querySelector('[data-flag]')).toBeNull();
    const hint = body.querySelector<HTMLElement>('.pl-hints [data-parcellens-hint="carrier_differs"]')!;
    expect(hint.textContent).toBe('The order was to ship with DHL Express, but the parcel travels with Yanwen.');
    expect(body.querySelector('.pl-hints .pl-subtitle')?.textContent).toBe('Minor doubts (not enough for a warning)');
  });

  it('shows the unified timeline, flags with evidence and advice, order, links, ETA and freshness', async () => {
    const api = fakeApi(5, (ps) => {
      ps[0] = { ...ps[0]!, numbers: ['LP00000000000', 'RB123456785CN'], deadline: { at: NOW + 5 * DAY, basis: 'estimated' }, health: { lastSuccessAt: NOW - 2 * 3_600_000, lastError: 'blocked' } };
    });
    const root = await mount(<PopupApp api={api} now={now} />);
    await act(() => rows(root)[0]!.click());
    await settle();
    const body = root.querySelector<HTMLElement>('article[data-parcellens-parcel]')!;
    expect(body.getAttribute('data-flags')).toBe('stalled protection_ending');
    // Newest leg first, each under its stage header, carrier's own words beside the label.
    const legs = [...body.querySelectorAll('.pl-leg')];
    expect(legs.map((l) => l.getAttribute('data-stage'))).toEqual(['last_mile', 'line_haul']);
    expect(legs[0]?.querySelector('.pl-leg-title')?.textContent).toBe(`Local delivery · ${HOSTILE}`);
    const events = [...body.querySelectorAll('.pl-event')];
    expect(events[0]?.querySelector('.pl-event-label')?.textContent).toBe('At local facility');
    expect(events[0]?.textContent).toContain('reported under RB123456785CN');
    expect(events[1]?.querySelector('.pl-event-label')?.textContent).toBe('In transit');
    expect([...events[1]!.querySelectorAll('.pl-event-text')].map((p) => p.textContent)).toEqual(['Departed from origin country', 'Отправлено из страны']);
    expect(events[1]?.textContent).toContain('source: Cainiao, AliExpress');
    expect(events[1]?.textContent).toContain('Shenzhen');
    expect(events[1]?.textContent).toMatch(/carrier's local time Nov 19, 2026, 8:00\s?PM \(GMT\+8\)/);
    expect(events[2]?.querySelector('.pl-event-label')?.textContent).toBe('Accepted');
    // Flags explained, advice translated, unknown advice codes left out.
    const stalled = body.querySelector('.pl-flag[data-flag="stalled"]')!;
    expect(stalled.textContent).toContain('No new event for 23 days (stage: International transit; it usually takes at most 21 days).');
    expect(stalled.textContent).toContain('Confidence: high · judged on Nov 21, 2026');
    expect(body.querySelector('.pl-flag[data-flag="protection_ending"]')?.textContent).toContain('Buyer protection ends within 7 days');
    expect(body.querySelector('.pl-guidance')?.textContent).toBe(
      "What to doYou can already open a dispute from the order page. If the parcel starts moving again you may wait, but if it doesn't arrive, open one before buyer protection ends.",
    );
    // Numbers, with a copy button for every alias.
    expect([...body.querySelectorAll('[data-parcellens-copy]')].map((b) => b.getAttribute('data-parcellens-copy'))).toEqual(['LP00000000000', 'RB123456785CN']);
    expect(body.querySelector('[data-parcellens-copy="RB123456785CN"]')?.getAttribute('aria-label')).toBe('Copy RB123456785CN');
    // ETA with its basis, estimated deadline labelled, order link, carrier link.
    expect(body.textContent).toContain('Nov 24, 2026 – Nov 30, 2026');
    expect(body.textContent).toContain('from 9 of your parcels');
    expect(body.querySelector('[data-parcellens-deadline="estimated"]')?.textContent).toContain('estimated, not read from AliExpress');
    expect(body.querySelector<HTMLAnchorElement>('.pl-order a')?.href).toBe('https://www.aliexpress.com/p/order/detail.html?orderId=8000000000000001');
    expect(body.querySelector('[data-parcellens-link="Cainiao"]')?.textContent).toBe('Track on Cainiao');
    // Freshness, and the last known data kept with a visible note.
    expect(body.querySelector('.pl-health')?.textContent).toContain('Updated 2 hours ago');
    expect(body.querySelector('[data-parcellens-stale]')?.textContent).toBe('Source unreachable, showing last known data');
  });

  it('disables refresh until allowed, archives, and deletes only after a confirm step', async () => {
    const api = fakeApi(3, (ps) => {
      ps[1] = { ...ps[1]!, health: { lastSuccessAt: NOW - 60_000, refreshAllowedAt: NOW + 4.5 * 60_000 } };
    });
    const root = await mount(<PopupApp api={api} now={now} />);
    await act(() => rows(root)[1]!.click());
    await settle();
    const refresh = root.querySelector<HTMLButtonElement>('[data-action="refresh"]')!;
    expect(refresh.disabled).toBe(true);
    expect(refresh.textContent).toBe('Refresh available in 5 min');
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="archive"]')!.click());
    await settle();
    expect(api.setArchived).toHaveBeenCalledWith('p1', true);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click());
    await settle();
    expect(api.remove).not.toHaveBeenCalled();
    expect(root.querySelector('.pl-confirm')?.textContent).toContain('Delete this parcel and its history?');
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel-delete');
    // Escape cancels the confirm step only, not the parcel view.
    await act(() => key(document.activeElement!, 'Escape'));
    await settle();
    expect(root.querySelector('.pl-confirm')).toBeNull();
    expect(root.querySelector('[data-parcellens-detail]')).not.toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click());
    await settle();
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="confirm-delete"]')!.click());
    await settle();
    expect(api.remove).toHaveBeenCalledWith('p1');
    expect(root.querySelector('[data-parcellens-detail]')).toBeNull();
  });

  it('refresh says when it may run again when the background refuses', async () => {
    const api = fakeApi(1);
    api.refresh.mockResolvedValueOnce({ ok: false, retryAt: NOW + 9 * 60_000 });
    const root = await mount(<PopupApp api={api} now={now} />);
    await act(() => rows(root)[0]!.click());
    await settle();
    const refresh = root.querySelector<HTMLButtonElement>('[data-action="refresh"]')!;
    expect(refresh.disabled).toBe(false);
    await act(() => refresh.click());
    await settle();
    expect(api.refresh).toHaveBeenCalledWith('p0');
    expect(refresh.textContent).toBe('Refresh available in 9 min');
    expect(refresh.disabled).toBe(true);
  });
});

describe('add by paste', () => {
  it('refuses order numbers per number, shows corrections, invalid and added numbers', async () => {
    const api = fakeApi(1);
    api.addFromText.mockResolvedValueOnce({
      added: ['LZ012345678CN', 'RB123456785CN'],
      alreadyTracked: ['LP00000000000'],
      orderIds: ['8123456789012345', '8123456789012346'],
      corrected: [{ number: 'LZ012345678CN', corrections: ['lowercase', 'removed_spaces', 'confusable:O→0@2', 'some_new_kind'] }],
      invalid: ['RB123456789CN'],
    });
    const root = await mount(<PopupApp api={api} now={now} />);
    const box = root.querySelector<HTMLTextAreaElement>('textarea[data-parcellens-add]')!;
    await act(() => {
      box.value = 'lz O12345678cn, order 8123456789012345 8123456789012346';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => root.querySelector<HTMLButtonElement>('[data-parcellens-add-submit]')!.click());
    await settle();
    expect(api.addFromText).toHaveBeenCalledWith('lz O12345678cn, order 8123456789012345 8123456789012346');
    const result = root.querySelector<HTMLElement>('[data-parcellens-add-result]')!;
    for (const id of ['8123456789012345', '8123456789012346']) {
      expect(result.querySelector(`[data-parcellens-refused="${id}"]`)?.textContent).toBe(`${id} this is an order number, not a tracking number`);
    }
    expect(result.textContent).toContain('Added 2 parcels:');
    expect(result.textContent).toContain('1 already tracked:');
    const corrections = [...result.querySelectorAll('[data-parcellens-corrected="LZ012345678CN"] li')].map((li) => li.textContent);
    expect(corrections).toEqual(['changed to capital letters', 'removed spaces', 'read “O” as “0” at position 3', 'some_new_kind']);
    expect(result.querySelector('[data-parcellens-invalid="RB123456789CN"]')?.textContent).toContain('this number looks wrong');
    // Refused numbers: the text stays for the user to fix.
    expect(box.value).not.toBe('');
  });

  it('submits with Ctrl+Enter and Cmd+Enter, and clears the box when all went in', async () => {
    const api = fakeApi(1);
    api.addFromText.mockResolvedValue({ added: ['RB123456785CN'], alreadyTracked: [], orderIds: [], corrected: [], invalid: [] });
    const root = await mount(<PopupApp api={api} now={now} />);
    const box = root.querySelector<HTMLTextAreaElement>('textarea[data-parcellens-add]')!;
    await act(() => {
      box.value = 'RB123456785CN';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => key(box, 'Enter'));
    await settle();
    expect(api.addFromText).not.toHaveBeenCalled();
    await act(() => key(box, 'Enter', { ctrlKey: true }));
    await settle();
    expect(api.addFromText).toHaveBeenCalledTimes(1);
    expect(box.value).toBe('');
    expect(root.querySelector('[data-parcellens-add-result]')?.textContent).toContain('Added 1 parcel:');
    await act(() => {
      box.value = 'RB123456785CN';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => key(box, 'Enter', { metaKey: true }));
    await settle();
    expect(api.addFromText).toHaveBeenCalledTimes(2);
  });
});
