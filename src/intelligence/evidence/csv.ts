import type { FlagVerdict } from '../../domain/model';
import { isTimeEvidenceKey } from '../reasons';
import { evidencePack } from './pack';
import type { EvidencePackInput, EvidenceParcel } from './types';

/**
 * A spreadsheet would run a cell starting with = + - @ (or tab / carriage return) as a formula, and
 * carrier texts and store names are written by strangers: such cells get a leading apostrophe.
 */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/** One RFC 4180 field: quoted when it holds a quote, comma or line break; quotes doubled. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'parcel_id',
  'numbers',
  'order_ids',
  'stores',
  'record',
  'time_utc',
  'source',
  'number',
  'status',
  'stage',
  'location',
  'text',
  'flag',
  'reason',
  'confidence',
  'evidence',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null>>;

const iso = (ms: number): string => new Date(ms).toISOString();

/** `key=value; …` with times as ISO dates, so the sheet is readable without a converter. */
function evidenceCell(v: FlagVerdict): string {
  return Object.entries(v.evidence)
    .map(([k, value]) => `${k}=${typeof value === 'number' && isTimeEvidenceKey(k) ? iso(value) : String(value)}`)
    .join('; ');
}

function parcelRows(p: EvidenceParcel): Row[] {
  const common: Row = {
    parcel_id: p.id,
    numbers: p.numbers.map((n) => n.number).join(' '),
    order_ids: p.orders.map((o) => o.id).join(' '),
    stores: p.orders.map((o) => o.store ?? '').filter(Boolean).join(' | '),
  };
  const flags = p.verdicts.map(
    (v): Row => ({
      ...common,
      record: 'flag',
      time_utc: iso(v.judgedAt),
      flag: v.flag,
      reason: v.reason,
      confidence: v.confidence,
      evidence: evidenceCell(v),
    }),
  );
  const orders = p.orders.map(
    (o): Row => ({
      ...common,
      record: 'order',
      time_utc: o.placedAt === undefined ? null : iso(o.placedAt),
      number: o.id,
      location: o.country,
      text: o.items.map((i) => (i.quantity ? `${i.title} ×${i.quantity}` : i.title)).join(' | '),
      source: o.site,
    }),
  );
  const events = p.timeline.map(
    (e): Row => ({
      ...common,
      record: 'event',
      time_utc: e.timeIso,
      source: e.source,
      number: e.number,
      status: e.status,
      stage: e.stage,
      location: e.location,
      text: e.text,
    }),
  );
  return [...flags, ...orders, ...events];
}

/** The pack as one CSV table (CRLF line ends, header first): flags, orders, then the timeline. */
export function evidenceCsv(input: EvidencePackInput, now: number): string {
  const rows = evidencePack(input, now).parcels.flatMap(parcelRows);
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
