import { MINUTE_MS } from '../domain/clock';

/**
 * Carriers write zones every which way ("GMT+8", "GMT+0800", "GMT+08:00", "GMT-3", "UTC+5:30", "").
 * Returns the offset from UTC in minutes, or null when the zone is empty or unreadable: unknown is
 * not the same as UTC, and the timeline treats unknown zones with more suspicion when merging.
 */
export function parseGmtOffset(zone: string | null | undefined): number | null {
  const text = (zone ?? '').trim().toUpperCase();
  if (!text) return null;
  if (text === 'Z' || text === 'GMT' || text === 'UTC') return 0;
  const m = /^(?:GMT|UTC)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return null;
  const [, sign, hh = '0', mm = '0'] = m;
  const hours = Number(hh);
  const minutes = Number(mm);
  if (hours > 14 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  return sign === '-' ? -total : total;
}

/**
 * "2023-01-29 08:31:00" in the given zone → epoch ms. An unknown zone reads the time as UTC (the
 * caller keeps the zone as null beside it, so nobody mistakes it for a known one). Null when the
 * local time itself is not a real date and time.
 */
export function localTimeToEpoch(local: string, zone: string | null | undefined): number | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = m;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0'))] as const;
  const utc = Date.UTC(...parts);
  const back = new Date(utc);
  // Date.UTC rolls 2023-02-30 over to March: refuse instead of guessing.
  if (back.getUTCMonth() !== parts[1] || back.getUTCDate() !== parts[2] || back.getUTCHours() !== parts[3]) return null;
  return utc - (parseGmtOffset(zone) ?? 0) * MINUTE_MS;
}
