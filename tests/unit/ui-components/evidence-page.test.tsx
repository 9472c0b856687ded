// @vitest-environment happy-dom
import { missingMessages, useLocale } from './i18n-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evidenceCsv, evidenceJson, evidenceText, type EvidencePackInput } from '../../../src/intelligence/evidence';
import { showEvidencePage, type EvidencePageOptions } from '../../../src/ui/evidence/page';
import { requestEvidence } from '../../../src/ui/evidence/request';
import { evidenceLabels } from '../../../src/ui/evidence/labels';
import { evidenceMessage, evidenceSearch, parseEvidenceTarget } from '../../../src/ui/evidence/target';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { EvidenceFactsSchema, type EvidenceFacts } from '../../../src/views/evidence';
import { S10_EPACKET, S10_OK, day, ev, journeyTo, makeFacts, makeOrder, makeParcel } from '../intelligence/fixtures';
import { HOSTILE, MADE_UP_MESSAGES, NOW as POPUP_NOW, fakeApi, mount, settle, unmountAll } from './fixtures';

/** Three days after a "delivery" that happened where the parcel was sent from. */
const NOW = day(5);
const ZONE = 'UTC';
const CARRIER_HOSTILE = '<script>alert(1)</script> Delivered, signed by <b>nobody</b>';

/**
 * What the background answers, as it crosses the message boundary (JSON): a parcel "delivered" in
 * Shenzhen two days after pickup, bought from a store with a hostile name, and a quiet one in transit.
 */
function answerFacts(): EvidenceFacts[] {
  const facts = [
    makeFacts({
      parcel: makeParcel({ deadline: { at: day(10), basis: 'aliexpress' } }),
      orders: [makeOrder({ store: { name: HOSTILE } })],
      events: [
        ev(day(0), 'accepted', 'origin', { location: 'Shenzhen', text: 'Picked up' }),
        ev(day(2), 'delivered', 'final', { location: 'Shenzhen', text: CARRIER_HOSTILE }),
      ],
    }),
    makeFacts({
      parcel: makeParcel({ numbers: [S10_EPACKET], deadline: { at: day(60), basis: 'aliexpress' } }),
      events: journeyTo('line_haul', { number: S10_EPACKET }),
    }),
  ];
  return JSON.parse(JSON.stringify(facts.map((f) => EvidenceFactsSchema.parse({ sameNumberOrders: [], ...f })))) as EvidenceFacts[];
}

const packInput = (facts: EvidenceFacts[]): EvidencePackInput => ({ parcels: facts.map((f) => ({ facts: f })) });

interface Captured {
  downloads: { name: string; href: string; blob: Blob }[];
  copied: string[];
  prints: number;
}

let captured: Captured;
let clipboardFails = false;

beforeEach(() => {
  missingMessages.clear();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  captured = { downloads: [], copied: [], prints: 0 };
  clipboardFails = false;
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:parcellens/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  // A real click would navigate the test window to the blob URL.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    captured.downloads.push({ name: this.download, href: this.getAttribute('href') ?? '', blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
    if (clipboardFails) throw new DOMException('not allowed', 'NotAllowedError');
    captured.copied.push(text);
  });
  // happy-dom has no print(); the browser's opens its print dialog.
  Object.defineProperty(window, 'print', {
    configurable: true,
    writable: true,
    value: () => {
      captured.prints += 1;
    },
  });
});

afterEach(() => {
  for (const ui of document.querySelectorAll('.pl-evidence-ui')) render(null, ui);
  unmountAll();
  vi.restoreAllMocks();
  useLocale('en');
  expect([...missingMessages].filter((name) => !MADE_UP_MESSAGES.includes(name))).toEqual([]);
});

async function open(search: string, load: EvidencePageOptions['load']) {
  let state: Awaited<ReturnType<typeof showEvidencePage>> | undefined;
  await act(async () => {
    state = await showEvidencePage({ doc: document, search, now: NOW, load, timeZone: ZONE });
  });
  await settle();
  return state;
}

const answer = (facts = answerFacts()) => vi.fn(async () => ({ ok: true, parcels: facts }));
const button = (action: string) => document.querySelector<HTMLButtonElement>(`[data-parcellens-evidence-toolbar] [data-action="${action}"]`)!;
const click = async (el: HTMLElement) => {
  await act(() => el.click());
  await settle();
};

describe('evidence page', () => {
  it('asks for the parcels of its link and renders the printable pack: parcels, flags with evidence, orders, timeline', async () => {
    const load = answer();
    const state = await open(`?ids=${S10_OK},${S10_EPACKET}`, load);
    expect(state).toBe('ready');
    expect(load).toHaveBeenCalledWith({ ids: [S10_OK, S10_EPACKET] });

    expect(document.title).toBe('ParcelLens evidence pack');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(document.querySelector('header h1')?.textContent).toBe('ParcelLens evidence pack');
    expect(document.querySelector('.generated')?.textContent).toBe('Generated: Mar 6, 2026, 12:00 AM UTC');

    const sections = document.querySelectorAll('section.parcel');
    expect(sections).toHaveLength(2);
    const [fake, quiet] = [...sections];
    expect(fake?.querySelector('h2')?.textContent).toBe(`Parcel: ${S10_OK}`);
    const facts = Object.fromEntries([...fake!.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts['Tracking numbers']).toContain(S10_OK);
    expect(facts['Status']).toBe('Delivered');
    expect(facts['Service']).toBe('AliExpress Standard Shipping');
    expect(facts['Buyer protection']).toBe('Mar 11, 2026, 12:00 AM UTC (as shown by AliExpress)');

    const flags = [...fake!.querySelectorAll<HTMLElement>('ul.flags li')];
    expect(flags.map((li) => li.dataset['reason'])).toEqual(['delivered_in_origin_country', 'delivered_too_fast', 'deadline_soon']);
    expect(flags[0]?.querySelector('strong')?.textContent).toBe('Suspicious');
    expect(flags[0]?.textContent).toContain('Marked as delivered at “Shenzhen” in China, the country it was sent from, but your order ships to Spain.');
    expect(flags[0]?.querySelector('.meta')?.textContent).toBe('(confidence: high; judged on Mar 6, 2026, 12:00 AM UTC)');
    expect(flags[1]?.textContent).toContain('Marked as delivered on Mar 3, 2026, only 2 days after the first scan on Mar 1, 2026');

    const [orders, timeline] = [...fake!.querySelectorAll('table')];
    expect([...orders!.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Order', 'Store', 'Placed', 'Items']);
    expect([...orders!.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual([
      '8123456789012345',
      HOSTILE,
      'Feb 26, 2026, 12:00 AM UTC',
      'USB-C cable 2 m ×2',
    ]);
    const events = [...timeline!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(events).toEqual([
      ['Mar 1, 2026, 12:00 AM UTC GMT+8', 'Cainiao', S10_OK, 'Accepted', 'Shenzhen', 'Picked up'],
      ['Mar 3, 2026, 12:00 AM UTC GMT+8', 'Cainiao', S10_OK, 'Delivered', 'Shenzhen', CARRIER_HOSTILE],
    ]);

    expect(quiet?.querySelector('h2')?.textContent).toBe(`Parcel: ${S10_EPACKET}`);
    expect(quiet?.textContent).toContain('No warnings: nothing unusual was found.');
    expect(quiet?.querySelectorAll('table')[1]?.querySelectorAll('tbody tr')).toHaveLength(4);
  });

  it('keeps a hostile store name and carrier text as text: no element is ever made from them', async () => {
    await open(`?ids=${S10_OK},${S10_EPACKET}`, answer());
    expect(document.querySelectorAll('img, script, b, iframe, [onerror]')).toHaveLength(0);
    const cells = [...document.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toContain(HOSTILE);
    expect(cells).toContain(CARRIER_HOSTILE);
  });

  it('puts a toolbar on top that never prints', async () => {
    await open(`?ids=${S10_OK},${S10_EPACKET}`, answer());
    const bar = document.body.firstElementChild?.firstElementChild as HTMLElement;
    expect(bar.hasAttribute('data-parcellens-evidence-toolbar')).toBe(true);
    expect(bar.getAttribute('role')).toBe('group');
    expect(bar.getAttribute('aria-label')).toBe('Evidence pack actions');
    expect([...bar.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Print or save as PDF', 'Download JSON', 'Download CSV', 'Copy summary']);
    expect(bar.textContent).toContain('2 parcels');
    const css = [...document.querySelectorAll('head style')].map((s) => s.textContent).join('\n');
    expect(css).toMatch(/@media print \{ \.pl-evidence-bar \{ display: none !important; \} \}/);
    // The evidence document's own print styles are still there, and the page loads nothing.
    expect(css).toContain('break-before: page');
    expect(document.querySelectorAll('link, script')).toHaveLength(0);
  });

  it('prints with the browser', async () => {
    await open(`?ids=${S10_OK}`, answer());
    await click(button('print'));
    expect(captured.prints).toBe(1);
  });

  it('downloads the pack as JSON and as CSV, named by date', async () => {
    const facts = answerFacts();
    await open(`?ids=${S10_OK},${S10_EPACKET}`, answer(facts));

    await click(button('download-json'));
    expect(captured.downloads).toHaveLength(1);
    const json = captured.downloads[0]!;
    expect(json.name).toBe('parcellens-evidence-2026-03-06.json');
    expect(json.href).toMatch(/^blob:/);
    expect(json.blob.type).toBe('application/json');
    const text = await json.blob.text();
    expect(text).toBe(evidenceJson(packInput(facts), NOW));
    const pack = JSON.parse(text) as { generatedAtIso: string; parcels: { id: string; flags: string[]; orders: { store: string }[] }[] };
    expect(pack.generatedAtIso).toBe('2026-03-06T00:00:00.000Z');
    expect(pack.parcels.map((p) => p.id)).toEqual([S10_OK, S10_EPACKET]);
    expect(pack.parcels[0]?.flags).toContain('suspected_fake');
    expect(pack.parcels[0]?.orders[0]?.store).toBe(HOSTILE);

    await click(button('download-csv'));
    expect(captured.downloads).toHaveLength(2);
    const csv = captured.downloads[1]!;
    expect(csv.name).toBe('parcellens-evidence-2026-03-06.csv');
    expect(csv.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await csv.blob.arrayBuffer());
    // A byte-order mark first, so spreadsheet apps read the carriers' non-Latin texts as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(body).toBe(evidenceCsv(packInput(facts), NOW));
    expect(body.split('\r\n')[0]).toMatch(/^parcel_id,numbers,order_ids,stores,record,time_utc/);
    expect(body).toContain(HOSTILE);
  });

  it('copies a plain-text summary and says so', async () => {
    const facts = answerFacts();
    await open(`?ids=${S10_OK},${S10_EPACKET}`, answer(facts));
    const note = document.querySelector('[data-parcellens-evidence-toolbar] [role="status"]')!;
    expect(note.textContent).toBe('');

    await click(button('copy-summary'));
    expect(captured.copied).toEqual([evidenceText(packInput(facts), NOW, evidenceLabels('en', ZONE))]);
    const summary = captured.copied[0]!;
    expect(summary.split('\n').slice(0, 2)).toEqual(['ParcelLens evidence pack', 'Generated: Mar 6, 2026, 12:00 AM UTC']);
    expect(summary).toContain(`== Parcel: ${S10_OK} ==`);
    expect(summary).toContain('  - Suspicious: Marked as delivered at “Shenzhen” in China');
    expect(note.textContent).toBe('Summary copied to the clipboard.');
  });

  it('says when the clipboard refuses', async () => {
    await open(`?ids=${S10_OK}`, answer());
    clipboardFails = true;
    await click(button('copy-summary'));
    expect(captured.copied).toEqual([]);
    expect(document.querySelector('[data-parcellens-evidence-toolbar] [role="status"]')?.textContent).toBe("Couldn't copy the summary. Please try again.");
  });

  it('shows "couldn\'t load" for an answer that does not validate, a failed request, or a link naming no parcel', async () => {
    const bad = vi.fn(async () => ({ ok: true, parcels: [{ parcel: { id: HOSTILE } }] }));
    expect(await open(`?ids=${S10_OK}`, bad)).toBe('failed');
    const failed = document.querySelector<HTMLElement>('[data-parcellens-evidence-state="failed"]')!;
    expect(failed.querySelector('[role="alert"]')?.textContent).toBe("Couldn't load the evidence. Close this tab and open it again from ParcelLens.");
    expect(document.querySelectorAll('section.parcel, [data-parcellens-evidence-toolbar], img')).toHaveLength(0);

    expect(await open(`?ids=${S10_OK}`, vi.fn(async () => Promise.reject(new Error('no receiver'))))).toBe('failed');
    expect(document.querySelector('[data-parcellens-evidence-state="failed"]')).not.toBeNull();

    const unused = answer();
    expect(await open('?ids=', unused)).toBe('failed');
    expect(await open('', unused)).toBe('failed');
    expect(unused).not.toHaveBeenCalled();
    expect(document.querySelector('[data-parcellens-evidence-state="failed"]')).not.toBeNull();
  });

  it('says clearly when there is nothing to put in a pack', async () => {
    const none = answer([]);
    expect(await open('?flagged=1', none)).toBe('emptyFlagged');
    expect(none).toHaveBeenCalledWith({ flagged: true });
    expect(document.querySelector('[data-parcellens-evidence-state="emptyFlagged"] [role="status"]')?.textContent).toBe(
      'No parcel needs attention right now, so there is nothing to put in an evidence pack.',
    );
    expect(await open(`?ids=${S10_OK}`, none)).toBe('emptyIds');
    expect(document.querySelector('[data-parcellens-evidence-state="emptyIds"]')?.textContent).toContain('The parcel is no longer tracked');
    expect(document.querySelectorAll('[data-parcellens-evidence-toolbar]')).toHaveLength(0);
  });

  it('speaks the user language, right to left in Hebrew', async () => {
    useLocale('he');
    await open(`?ids=${S10_OK}`, answer());
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('he');
    expect(document.title).toBe('ParcelLens: ראיות למחלוקת');
    expect(button('print').textContent).toBe('הדפסה או שמירה כ־PDF');
  });
});

describe('evidence links and the request', () => {
  it('round-trips targets through the address, ids encoded one by one', () => {
    const ids = ['RB123456785CN', 'odd,id &=?', 'ä'];
    expect(evidenceSearch({ ids })).toBe('?ids=RB123456785CN,odd%2Cid%20%26%3D%3F,%C3%A4');
    expect(parseEvidenceTarget(evidenceSearch({ ids }))).toEqual({ ids });
    expect(parseEvidenceTarget(evidenceSearch({ flagged: true }))).toEqual({ flagged: true });
    expect(parseEvidenceTarget('?ids=A,,A,%E0%A4%A,B')).toEqual({ ids: ['A', 'B'] });
    expect(parseEvidenceTarget('?flagged=0')).toBeNull();
    expect(parseEvidenceTarget(`?ids=${'x'.repeat(65)}`)).toBeNull();
  });

  it('asks the background with an evidence/facts message and validates its answer', async () => {
    const facts = answerFacts();
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      seen.push(message);
      sendResponse((message as { flagged?: boolean }).flagged ? { ok: false, error: 'boom' } : { ok: true, parcels: facts });
      return true;
    });
    await expect(requestEvidence({ ids: [S10_OK] })).resolves.toEqual({ ok: true, parcels: facts });
    await expect(requestEvidence({ flagged: true })).rejects.toThrow('boom');
    expect(seen).toEqual([evidenceMessage({ ids: [S10_OK] }), evidenceMessage({ flagged: true })]);
    expect(seen).toEqual([{ type: 'evidence/facts', ids: [S10_OK] }, { type: 'evidence/facts', flagged: true }]);
  });
});

describe('evidence buttons in the popup', () => {
  const now = () => POPUP_NOW;

  it('offers the pack for all flagged parcels in the list, and for one parcel in its view', async () => {
    const openEvidence = vi.fn();
    const api = fakeApi(5);
    const root = await mount(<PopupApp api={api} now={now} openEvidence={openEvidence} />);
    const all = root.querySelector<HTMLButtonElement>('[data-parcellens-evidence="flagged"]')!;
    expect(all.textContent).toBe('Evidence for all flagged');
    await act(() => all.click());
    expect(openEvidence).toHaveBeenLastCalledWith({ flagged: true });

    await act(() => root.querySelector<HTMLElement>('[role="option"][data-parcellens-parcel]')!.click());
    await settle();
    const one = root.querySelector<HTMLButtonElement>('.pl-actions [data-parcellens-evidence]')!;
    expect(one.getAttribute('data-parcellens-evidence')).toBe('p0');
    expect(one.textContent).toBe('Evidence pack');
    await act(() => one.click());
    expect(openEvidence).toHaveBeenLastCalledWith({ ids: ['p0'] });
    expect(openEvidence).toHaveBeenCalledTimes(2);
  });

  it('offers nothing when no parcel is flagged, or when the popup cannot open the page', async () => {
    const calm = await mount(<PopupApp api={fakeApi(5, (ps) => ps.forEach((p) => (p.flags = [])))} now={now} openEvidence={vi.fn()} />);
    expect(calm.querySelector('[data-parcellens-parcel]')).not.toBeNull();
    expect(calm.querySelector('[data-parcellens-evidence]')).toBeNull();

    const bare = await mount(<PopupApp api={fakeApi(5)} now={now} />);
    expect(bare.querySelector('[data-parcellens-evidence]')).toBeNull();
    await act(() => bare.querySelector<HTMLElement>('[role="option"][data-parcellens-parcel]')!.click());
    await settle();
    expect(bare.querySelector('.pl-actions')).not.toBeNull();
    expect(bare.querySelector('[data-parcellens-evidence]')).toBeNull();
  });
});
