// @vitest-environment happy-dom
import { missingMessages } from './i18n-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OrderChip } from '../../../src/ui/page/OrderChip';
import { PageProblem } from '../../../src/ui/page/PageProblem';
import { TrackingPanel } from '../../../src/ui/page/TrackingPanel';
import type { LookupState, OrderAnnotation, ParcelDetail } from '../../../src/views/types';
import { MADE_UP_MESSAGES, DAY, HOSTILE, HOUR, NOW, event, fakeApi, key, mount, parcel, settle, unmountAll } from './fixtures';

beforeEach(() => missingMessages.clear());
afterEach(() => {
  unmountAll();
  expect([...missingMessages].filter((name) => !MADE_UP_MESSAGES.includes(name))).toEqual([]);
});

const annotation = (lookup: LookupState, parcels = [] as OrderAnnotation['parcels']): OrderAnnotation => ({
  orderId: '8123456789012345',
  state: lookup === 'not_shipped' ? 'awaiting_shipment' : 'awaiting_delivery',
  lookup,
  parcels,
});

describe('OrderChip', () => {
  it.each([
    ['not_shipped', 'Not shipped yet'],
    ['pending', 'Shipped, looking up tracking…'],
    ['no_tracking', 'Shipped, but no tracking number yet'],
    ['ok', 'Shipped, but no tracking number yet'],
    ['logged_out', "Couldn't look up tracking: you're signed out of AliExpress"],
    ['verification', "Couldn't look up tracking: AliExpress asked for verification"],
    ['traffic_limit', "Couldn't look up tracking: AliExpress is limiting requests. Will try again later"],
    ['error', "Couldn't look up tracking. Will try again later"],
  ] as const)('says why there is nothing to show: %s', async (lookup, text) => {
    const root = await mount(<OrderChip annotation={annotation(lookup)} now={NOW} />);
    const chip = root.querySelector('[data-parcellens-order="8123456789012345"]')!;
    expect(chip).not.toBeNull();
    expect(chip.querySelector('.pl-chip-state')?.textContent).toBe(text);
    expect(chip.querySelector('[data-parcellens-parcel]')).toBeNull();
  });

  it('shows each parcel: hooks, status, newest event and when, every number with a copy button', async () => {
    const copy = vi.fn(async () => {});
    const withAlias = parcel(0, { numbers: ['LP00000000000', 'RB123456785CN'] });
    const plain = parcel(1, { status: 'available_for_pickup', lastEvent: event({ status: 'available_for_pickup', texts: ['Ready at pickup point'], time: NOW - 3 * DAY }) });
    const onOpen = vi.fn();
    const root = await mount(<OrderChip annotation={annotation('ok', [withAlias, plain])} now={NOW} onOpen={onOpen} copy={copy} />);
    const [first, second] = [...root.querySelectorAll<HTMLElement>('[data-parcellens-parcel]')];
    expect(first?.dataset.parcellensParcel).toBe('LP00000000000');
    expect(first?.dataset.status).toBe('in_transit');
    expect(first?.dataset.flags).toBe('stalled protection_ending');
    expect(second?.dataset.parcellensParcel).toBe('LP00000000001');
    expect(second?.getAttribute('data-flags')).toBe('');
    expect(second?.querySelector('.pl-status')?.textContent).toBe('Ready for pickup');
    expect(second?.querySelector('.pl-chip-event')?.textContent).toBe('Ready at pickup point');
    expect(second?.querySelector('.pl-chip-time')?.textContent).toBe('3 days ago');
    expect(root.querySelector('.pl-chip-state')).toBeNull();
    const copies = [...first!.querySelectorAll<HTMLButtonElement>('[data-parcellens-copy]')];
    expect(copies.map((b) => b.dataset.parcellensCopy)).toEqual(['LP00000000000', 'RB123456785CN']);
    await act(() => copies[1]!.click());
    await settle();
    expect(copy).toHaveBeenCalledWith('RB123456785CN');
    expect(copies[1]?.textContent).toBe('Copied');
    await act(() => first!.querySelector<HTMLButtonElement>('[data-action="open"]')!.click());
    expect(onOpen).toHaveBeenCalledWith('p0');
  });

  it('keeps last known parcels visible and says why the lookup failed', async () => {
    const root = await mount(<OrderChip annotation={annotation('verification', [parcel(1)])} now={NOW} />);
    expect(root.querySelector('[data-parcellens-parcel="LP00000000001"]')).not.toBeNull();
    expect(root.querySelector('.pl-chip-state')?.textContent).toBe("Couldn't look up tracking: AliExpress asked for verification");
    expect(root.querySelector('[data-action="open"]')).toBeNull();
  });

  it('explains each warning in a real tooltip on focus and hover, linked by aria-describedby', async () => {
    const root = await mount(<OrderChip annotation={annotation('ok', [parcel(0)])} now={NOW} />);
    const triggers = [...root.querySelectorAll<HTMLElement>('.pl-badge[aria-describedby]')];
    expect(triggers.map((t) => t.textContent)).toEqual(['Stalled', 'Protection ending']);
    const stalled = triggers[0]!;
    expect(stalled.tabIndex).toBe(0);
    const tip = root.querySelector<HTMLElement>(`#${stalled.getAttribute('aria-describedby')}`)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toBe('No new event for 23 days (stage: International transit; it usually takes at most 21 days).');
    expect(tip.hidden).toBe(true);
    await act(() => stalled.focus());
    expect(tip.hidden).toBe(false);
    await act(() => key(stalled, 'Escape'));
    expect(tip.hidden).toBe(true);
    await act(() => stalled.blur());
    await act(() => {
      stalled.parentElement!.dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(tip.hidden).toBe(false);
    await act(() => {
      stalled.parentElement!.dispatchEvent(new MouseEvent('mouseleave'));
    });
    expect(tip.hidden).toBe(true);
    // Two chips on one page never share tooltip ids.
    const other = await mount(<OrderChip annotation={annotation('ok', [parcel(3)])} now={NOW} />);
    const otherId = other.querySelector('.pl-badge[aria-describedby]')?.getAttribute('aria-describedby');
    expect(otherId).not.toBe(stalled.getAttribute('aria-describedby'));
  });

  it('renders hostile event text as text', async () => {
    const hostile = parcel(1, { lastEvent: event({ texts: [HOSTILE] }) });
    const root = await mount(<OrderChip annotation={annotation('ok', [hostile])} now={NOW} />);
    expect(root.querySelector('.pl-chip-event')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('TrackingPanel', () => {
  async function details(): Promise<ParcelDetail[]> {
    const api = fakeApi(2, (ps) => {
      ps[0] = { ...ps[0]!, lastMile: { name: 'Correos', url: 'https://www.correos.es/track?n=RB123456785CN' }, health: { lastSuccessAt: NOW - 3 * HOUR, lastError: 'network' } };
      ps[1] = { ...ps[1]!, lastMile: { name: 'Evil', url: 'javascript:alert(1)' } };
    });
    return [(await api.parcelDetail('p0'))!, (await api.parcelDetail('p1'))!];
  }

  it('shows each package: hooks, legs newest first, carrier words with labels, flags with evidence, links, freshness', async () => {
    const root = await mount(<TrackingPanel details={await details()} now={NOW} updatedAt={NOW - 60_000} />);
    const panel = root.querySelector<HTMLElement>('[data-parcellens-panel]')!;
    expect(panel.querySelector('.pl-panel-head')?.textContent).toBe('ParcelLensUpdated 1 minute ago');
    const packages = [...panel.querySelectorAll<HTMLElement>('article[data-parcellens-parcel]')];
    expect(packages.map((p) => [p.dataset.parcellensParcel, p.dataset.status, p.getAttribute('data-flags')])).toEqual([
      ['LP00000000000', 'in_transit', 'stalled protection_ending'],
      ['LP00000000001', 'in_transit', ''],
    ]);
    const [first, second] = packages as [HTMLElement, HTMLElement];
    expect(first.querySelector('.pl-package-title')?.textContent).toBe('Package 1 of 2');
    expect([...first.querySelectorAll('.pl-leg-title')].map((h) => h.textContent)).toEqual([`Local delivery · ${HOSTILE}`, 'International transit · Cainiao']);
    expect(first.querySelector('.pl-event .pl-event-label')?.textContent).toBe('At local facility');
    expect(first.querySelector('.pl-event .pl-event-text')?.textContent).toBe(HOSTILE);
    expect(first.querySelector('.pl-flag[data-flag="stalled"]')?.textContent).toContain('No new event for 23 days');
    expect(first.querySelector<HTMLAnchorElement>('.pl-package-link a')?.href).toBe('https://www.correos.es/track?n=RB123456785CN');
    expect(first.querySelector('.pl-package-link')?.textContent).toBe('Track on Correos');
    expect(first.querySelector('.pl-health')?.textContent).toBe('Updated 3 hours agoSource unreachable, showing last known data');
    // A javascript: URL never becomes a link.
    expect(second.querySelector('.pl-package-link')).toBeNull();
    expect(panel.querySelector('a[href^="javascript"]')).toBeNull();
    expect(panel.querySelector('img')).toBeNull();
  });

  it('says when there is no package yet', async () => {
    const root = await mount(<TrackingPanel details={[]} now={NOW} />);
    expect(root.querySelector('[data-parcellens-panel]')?.textContent).toBe('ParcelLensNo package with a tracking number yet.');
  });
});

describe('PageProblem', () => {
  it.each([
    ['unreadable', "ParcelLens couldn't read this page"],
    ['verification', 'AliExpress asked for verification'],
    ['logged_out', "You're signed out of AliExpress"],
    ['made_up', "ParcelLens couldn't load tracking for this page"],
  ])('%s', async (code, text) => {
    const root = await mount(<PageProblem code={code} />);
    expect(root.querySelector(`[data-parcellens-problem="${code}"]`)?.textContent).toBe(text);
  });
});
