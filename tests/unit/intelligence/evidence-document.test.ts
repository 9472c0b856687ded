// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildEvidenceDocument, evidencePack } from '../../../src/intelligence/evidence';
import { day } from './fixtures';
import { HOSTILE_STORE, HOSTILE_TEXT, LABELS, PACK_INPUT } from './evidence-fixtures';

const NOW = day(5);

function build(): Document {
  return buildEvidenceDocument(document.implementation.createHTMLDocument('x'), evidencePack(PACK_INPUT, NOW), LABELS);
}

describe('buildEvidenceDocument', () => {
  it('is a self-contained, printable page: CSP, inline print CSS, title', () => {
    const doc = build();
    expect(doc.title).toBe('ParcelLens evidence');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    expect(doc.querySelectorAll('link, script, img, iframe')).toHaveLength(0);
    expect(doc.querySelector('.generated')?.textContent).toBe('Generated: 2026-03-06');
  });

  it('keeps hostile store names and carrier texts as text, never markup', () => {
    const doc = build();
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toContain(HOSTILE_STORE);
    expect(cells).toContain(HOSTILE_TEXT);
  });

  it('shows one section per parcel with flags, evidence, orders and the timeline with sources', () => {
    const doc = build();
    const sections = doc.querySelectorAll('section.parcel');
    expect(sections).toHaveLength(2);
    const first = sections[0];
    expect(first?.querySelector('h2')?.textContent).toBe('Parcel: RB123456785CN');
    const flags = [...(first?.querySelectorAll('ul.flags li') ?? [])].map((li) => li.getAttribute('data-reason'));
    expect(flags).toEqual(['delivered_in_origin_country', 'delivered_too_fast', 'deadline_soon']);
    expect(first?.querySelector('ul.flags li')?.textContent).toContain('location: Shenzhen');
    const rows = [...(first?.querySelectorAll('table')[1]?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent))).toEqual([
      ['Cainiao', 'RB123456785CN', 'Accepted'],
      ['Cainiao', 'RB123456785CN', 'Delivered'],
    ]);
    expect(rows[0]?.querySelector('.zone')?.textContent).toBe('GMT+8');
    expect(sections[1]?.textContent).toContain('Nothing unusual');
  });

  it('replaces whatever the document held', () => {
    const doc = document.implementation.createHTMLDocument('old');
    doc.body.textContent = 'stale';
    buildEvidenceDocument(doc, evidencePack(PACK_INPUT, NOW), LABELS);
    expect(doc.body.textContent).not.toContain('stale');
  });
});
