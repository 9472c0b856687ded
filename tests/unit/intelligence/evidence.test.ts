import { describe, expect, it } from 'vitest';
import { csvCell, evidenceCsv, evidenceJson, evidencePack, evidenceText, flaggedParcels } from '../../../src/intelligence/evidence';
import type { EvidencePack } from '../../../src/intelligence/evidence';
import { day } from './fixtures';
import { HOSTILE_STORE, HOSTILE_TEXT, LABELS, PACK_INPUT } from './evidence-fixtures';

const NOW = day(5);

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+34 600', "'+34 600"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['  =1', "'  =1"],
    ['=a,"b"', `"'=a,""b"""`],
    [null, ''],
    [12, '12'],
  ] as const)('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('evidencePack / JSON', () => {
  it('keeps the timeline oldest first with sources, the verdicts with judgedAt, numbers with carriers', () => {
    const pack: EvidencePack = JSON.parse(evidenceJson(PACK_INPUT, NOW));
    expect(pack.generatedAt).toBe(NOW);
    expect(pack.generatedAtIso).toBe(new Date(NOW).toISOString());
    const [fake, quiet] = pack.parcels;
    expect(fake?.timeline.map((e) => [e.time, e.source, e.status])).toEqual([
      [day(0), 'cainiao', 'accepted'],
      [day(2), 'cainiao', 'delivered'],
    ]);
    expect(fake?.flags).toEqual(['suspected_fake', 'protection_ending']);
    expect(fake?.verdicts.every((v) => v.judgedAt === NOW)).toBe(true);
    expect(fake?.numbers).toEqual([{ number: 'RB123456785CN', carriers: ['china-post', 'upu:CN'], pattern: 's10' }]);
    expect(fake?.orders[0]).toMatchObject({ store: HOSTILE_STORE, country: 'ES', items: [{ title: 'USB-C cable 2 m', quantity: 2 }] });
    expect(fake?.orders[0]).not.toHaveProperty('city');
    expect(quiet?.flags).toEqual([]);
  });

  it('"all flagged parcels" keeps only the ones needing attention', () => {
    const flagged = flaggedParcels(PACK_INPUT, NOW);
    expect(flagged.parcels).toHaveLength(1);
    expect(evidencePack(flagged, NOW).parcels[0]?.flags).toContain('suspected_fake');
  });
});

describe('evidenceCsv', () => {
  const csv = evidenceCsv(PACK_INPUT, NOW);
  it('is a header plus flag, order and event rows, CRLF-terminated', () => {
    expect(csv.startsWith('parcel_id,numbers,order_ids,stores,record,time_utc,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = csv.split('\r\n').slice(1, -1).map((line) => line.split(',')[4]);
    // (naive split is enough for the record column: it comes before any free text)
    expect(records.filter((r) => r === 'flag')).toHaveLength(3);
    expect(records.filter((r) => r === 'order')).toHaveLength(2);
    expect(records.filter((r) => r === 'event')).toHaveLength(6);
  });

  it('defuses formulas and keeps hostile text inside one quoted cell', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"") <script>alert(1)</script>\nforged line\u202Eevil"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('writes evidence times as ISO dates', () => {
    expect(csv).toContain(`deadline=${new Date(day(10)).toISOString()}`);
  });
});

describe('evidenceText', () => {
  const text = evidenceText(PACK_INPUT, NOW, LABELS);
  it('summarises parcels with translated labels, flags with reasons, and the timeline', () => {
    expect(text.split('\n').slice(0, 2)).toEqual(['ParcelLens evidence', 'Generated: 2026-03-06']);
    expect(text).toContain('Tracking numbers: RB123456785CN (china-post, upu:CN)');
    expect(text).toContain('  - Suspected fake: delivered_in_origin_country (');
    expect(text).toContain('[high; judged 2026-03-06]');
    expect(text).toContain('Protection ends: 2026-03-11 (AliExpress)');
    expect(text).toContain('  2026-03-01 · cainiao · RB123456785CN · Accepted · Picked up · Shenzhen');
    expect(text).toContain('Nothing unusual');
  });

  it('cannot be forged by carrier text: no extra line, no bidi override', () => {
    expect(text).not.toContain('\nforged line');
    expect(text).not.toContain('\u202E');
    expect(text).toContain(HOSTILE_TEXT.replace('\n', ' ').replace('\u202E', ' '));
  });
});
