import { DAY_MS } from '../../domain/clock';
import { monthTables, stripAccents, type MonthTables } from './months';

/**
 * Finds one calendar date in a sentence written in any AliExpress language: "Sep 3, 2026",
 * "3 de set. de 2026", "3. Sept. 2026", "3 сент. 2026 г.", "3 בספט׳ 2026", "٣ سبتمبر ٢٠٢٦",
 * "3 tháng 9, 2026", "2026년 9월 3일", "2026年9月3日前". The month comes from the Intl tables; the day
 * and year are the numbers nearest to it, so word order never matters.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

interface Span {
  start: number;
  end: number;
  month: number;
}

/** Arabic-Indic, Persian, Thai and full-width digits: where each block's zero sits. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0e50, 0xff10];
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59\uff10-\uff19]/g;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}

/** Lower case, no accents, ASCII digits, plain spaces; keeps dots (Thai "ก.ย." needs them). */
function normalise(text: string): string {
  return stripAccents(text).toLowerCase().replace(/[\u00a0\u202f]/g, ' ').replace(NON_ASCII_DIGIT, asciiDigit);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let patterns: { names: RegExp; numeric: RegExp[] } | undefined;

function buildPatterns(tables: MonthTables): { names: RegExp; numeric: RegExp[] } {
  // Longest first, so "septiembre" wins over "sept" and "تشرين الثاني" over any shorter name.
  const alternatives = [...tables.names.keys()].sort((a, b) => b.length - a.length).map(escape);
  const attached = tables.attachedPrefixes.map(escape).join('|');
  const names = new RegExp(`(?<!\\p{L})(?:${attached ? `(?:${attached})?` : ''})(${alternatives.join('|')})\\.?(?!\\p{L})`, 'gu');
  const numeric = tables.numericForms.map(
    ({ prefix, suffix }) =>
      new RegExp(`${prefix ? `(?<!\\p{L})${escape(prefix)}\\s*` : ''}(?<!\\d)(\\d{1,2})(?!\\d)${suffix ? `\\s*${escape(suffix)}` : ''}`, 'gu'),
  );
  return { names, numeric };
}

function monthSpans(text: string, tables: MonthTables): Span[] {
  patterns ??= buildPatterns(tables);
  const spans: Span[] = [];
  for (const match of text.matchAll(patterns.names)) {
    const month = tables.names.get(match[1] ?? '');
    if (month) spans.push({ start: match.index, end: match.index + match[0].length, month });
  }
  for (const pattern of patterns.numeric) {
    for (const match of text.matchAll(pattern)) {
      const month = Number(match[1]);
      if (month >= 1 && month <= 12) spans.push({ start: match.index, end: match.index + match[0].length, month });
    }
  }
  if (spans.length > 0) return spans.sort((a, b) => a.start - b.start);
  return prefixSpans(text, tables);
}

/** Last resort for abbreviations Intl does not produce ("Sep" in Spanish, "ספט'" with an apostrophe). */
function prefixSpans(text: string, tables: MonthTables): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/\p{L}{3,}/gu)) {
    const token = match[0];
    const bare = tables.attachedPrefixes.filter((p) => token.startsWith(p)).map((p) => token.slice(p.length));
    for (const candidate of [token, ...bare]) {
      if (candidate.length < 3) continue;
      const months = new Set([...tables.names].filter(([name]) => name.startsWith(candidate)).map(([, month]) => month));
      const [month] = months;
      if (months.size === 1 && month) {
        spans.push({ start: match.index, end: match.index + token.length, month });
        break;
      }
    }
  }
  return spans;
}

interface NumberRun {
  start: number;
  end: number;
  value: number;
  digits: number;
}

function numberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  for (const match of text.matchAll(/(?<!\d[.,]?)\d+(?![.,]?\d)/g)) {
    runs.push({ start: match.index, end: match.index + match[0].length, value: Number(match[0]), digits: match[0].length });
  }
  return runs;
}

const distance = (run: NumberRun, span: Span) => (run.start >= span.end ? run.start - span.end : span.start - run.end);

function nearest(runs: NumberRun[], span: Span, accept: (run: NumberRun) => boolean): NumberRun | undefined {
  return runs
    .filter((run) => (run.end <= span.start || run.start >= span.end) && accept(run))
    .sort((a, b) => distance(a, span) - distance(b, span))[0];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date without a year is the one within half a year of when the text was read. */
function inferYear(month: number, day: number, referenceMs: number): number {
  const year = new Date(referenceMs).getUTCFullYear();
  const at = Date.UTC(year, month - 1, day);
  if (at < referenceMs - 183 * DAY_MS) return year + 1;
  if (at > referenceMs + 183 * DAY_MS) return year - 1;
  return year;
}

export function findLocalisedDate(text: string, referenceMs?: number): CalendarDate | undefined {
  const tables = monthTables();
  const normalised = normalise(text);
  const runs = numberRuns(normalised);
  let best: { date: CalendarDate; gap: number } | undefined;
  for (const span of monthSpans(normalised, tables)) {
    const yearRun = nearest(runs, span, (run) => run.digits === 4 && ((run.value >= 1970 && run.value <= 2200) || (run.value >= 2513 && run.value <= 2743)));
    const dayRun = nearest(runs, span, (run) => run.digits <= 2 && run.value >= 1 && run.value <= 31);
    if (!dayRun) continue;
    // Thai dates may count Buddhist-era years (2569 = 2026).
    const year = yearRun
      ? yearRun.value > 2500
        ? yearRun.value - 543
        : yearRun.value
      : referenceMs !== undefined
        ? inferYear(span.month, dayRun.value, referenceMs)
        : undefined;
    if (year === undefined || dayRun.value > daysInMonth(year, span.month)) continue;
    // A stray month-like word far from any number loses to the real date written next to its day.
    const gap = distance(dayRun, span);
    if (!best || gap < best.gap) best = { date: { year, month: span.month, day: dayRun.value }, gap };
  }
  return best?.date;
}
