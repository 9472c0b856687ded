import { z } from 'zod/mini';
import { localTimeToEpoch } from '../tracking/zones';

/**
 * Carrier answers change without notice. A field of the wrong type becomes "absent" instead of
 * failing the whole answer: the parsers then degrade one field, never the parcel.
 */
export const lenient = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(z.nullable(schema)), undefined);

// Built once and shared by every field that uses them (a schema holds no state between parses).
const TEXT = lenient(z.string());
const TIME_LIKE = lenient(z.union([z.number(), z.string()]));

export const text = () => TEXT;
/** Epoch ms or a date string, as carriers write times. */
export const timeLike = () => TIME_LIKE;

/** Trimmed text or undefined: payloads pad with spaces and tabs ("statusDesc " with a trailing space). */
export function clean(value: string | null | undefined): string | undefined {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** Epoch ms from a number (ms, or seconds when too small to be ms) or a date string. */
export function epochOf(value: number | string | null | undefined, zone?: string | null): number | undefined {
  if (value === null || value === undefined) return undefined;
  const raw = typeof value === 'string' ? value.trim() : value;
  if (raw === '') return undefined;
  const n = typeof raw === 'number' ? raw : /^\d+$/.test(raw) ? Number(raw) : undefined;
  if (n !== undefined) {
    if (!Number.isFinite(n) || n <= 0) return undefined;
    // 1e11 ms is 1973; 1e11 s is the year 5138: below it, the number counts seconds.
    return Math.round(n < 1e11 ? n * 1000 : n);
  }
  const s = String(raw);
  // With its own offset or Z, the string is unambiguous; without, it is wall time in `zone`.
  if (/(?:Z|[+-]\d{2}:?\d{2})$/i.test(s)) {
    const at = Date.parse(s);
    return Number.isNaN(at) ? undefined : at;
  }
  return localTimeToEpoch(s, zone) ?? undefined;
}

/** "2024-03-08T18:01:00+03:00" → "GMT+03:00"; "…Z" → "GMT"; no offset → null (zone unknown). */
export function zoneOfIso(iso: string | null | undefined): string | null {
  const m = /(Z|[+-]\d{2}:?\d{2})$/i.exec(iso?.trim() ?? '');
  if (!m?.[1]) return null;
  return m[1].toUpperCase() === 'Z' ? 'GMT' : `GMT${m[1]}`;
}

