import { DAY_MS, HOUR_MS, MINUTE_MS } from '../domain/clock';

/**
 * Dates, numbers and "3 days ago" go through Intl in the user's language, never hand-built.
 * Pure functions of (value, now, locale) so they are testable in Node.
 */

const YEAR_MS = 365 * DAY_MS;
const MONTH_MS = 30 * DAY_MS;
const WEEK_MS = 7 * DAY_MS;

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', YEAR_MS],
  ['month', MONTH_MS],
  ['week', WEEK_MS],
  ['day', DAY_MS],
  ['hour', HOUR_MS],
  ['minute', MINUTE_MS],
];

/** "3 days ago", "in 2 hours", "just now" (as Intl says it in `locale`). */
export function relativeTime(at: number, now: number, locale: string): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (abs >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'second');
}

/** A calendar date in the user's language ("21 нояб. 2026 г."). */
export function formatDate(at: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(at);
}

/** Date and time of an event, in the viewer's zone (the carrier's zone is shown beside when known). */
export function formatDateTime(at: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(at);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Whole days between two instants, rounded down: "age" of a parcel or an event. */
export function wholeDays(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}

/** CLDR plural category of `n` in `locale` ("one", "few", "many", "other"…) for count messages. */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(n);
}
