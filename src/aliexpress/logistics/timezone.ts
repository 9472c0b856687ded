/**
 * The querydetail request names the buyer's zone as "GMT+hh:mm"; the same string travels beside every
 * event time and sets where a refund deadline's day ends. Offsets are minutes EAST of UTC
 * (GMT+02:00 → 120), the opposite sign of `Date.prototype.getTimezoneOffset()`.
 */

export function formatGmtOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.trunc(offsetMinutes));
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `GMT${sign}${hh}:${mm}`;
}

/** Reads "GMT+02:00", "GMT-3", "UTC+05:30", "GMT" back to minutes; undefined for anything else. */
export function parseGmtOffset(zone: string | null | undefined): number | undefined {
  if (!zone) return undefined;
  const match = /^\s*(?:GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\s*$/i.exec(zone);
  if (!match) return undefined;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 14 * 60) return undefined;
  return match[1] === '-' ? -minutes : minutes;
}
