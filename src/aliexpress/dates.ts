import { forEachIntlMonth } from './logistics/months';
import { foldForMatch } from './text';

/**
 * Dates as AliExpress pages print them, in the page's language: "Nov 12, 2026", "12 nov. 2026",
 * "12 de nov. de 2026", "12. Nov. 2026", "12 ноября 2026 г.", "2026-11-12", "12.11.2026",
 * "2026年11月12日", "2026. 11. 12.". Anything else (and slashed dates, which are ambiguous
 * between 11/12 and 12/11) gives undefined: a wrong date is worse than none.
 */

/** Page languages whose dates spell the month ("Nov 12, 2026", "12 ноября 2026 г."). */
const MONTH_LOCALES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ru'];
const MONTH_FORMATS: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }];

/**
 * Month names of those languages, from the runtime's CLDR data (Intl): standalone and in-date
 * ("ноябрь", "ноября"), long and short ("mrt"). Every prefix of 3+ letters that points to a single
 * month is accepted, so "nov.", "sept", "févr." and "ноя" all work. Turkish names also count
 * without their dotless ı ("Kasim"), as pages and keyboards write them.
 */
let months: ReadonlyMap<string, number> | undefined;
function monthPrefixes(): ReadonlyMap<string, number> {
  if (months) return months;
  const seen = new Map<string, Set<number>>();
  forEachIntlMonth(MONTH_LOCALES, MONTH_FORMATS, (text, month) => {
    const folded = foldForMatch(text);
    for (const name of new Set([folded, folded.replace(/ı/g, 'i')])) {
      for (let len = 3; len <= name.length; len++) {
        const key = name.slice(0, len);
        seen.set(key, (seen.get(key) ?? new Set()).add(month));
      }
    }
  });
  // Prefixes shared by two months ("jui": juin/juillet) identify neither.
  months = new Map([...seen].filter(([, found]) => found.size === 1).map(([k, m]) => [k, [...m][0] ?? 0]));
  return months;
}

function monthOf(word: string): number | undefined {
  return monthPrefixes().get(foldForMatch(word));
}

function utc(year: number, month: number, day: number, h = 0, min = 0, s = 0): number | undefined {
  if (year < 2000 || year > 2099 || h > 23 || min > 59 || s > 59) return undefined;
  const at = Date.UTC(year, month - 1, day, h, min, s);
  const d = new Date(at);
  // Rejects 31 Nov, 30 Feb…, which Date.UTC would silently roll over.
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? at : undefined;
}

interface DatePart {
  year: number;
  month: number;
  day: number;
  /** Text left once the date is cut out, where a time may follow. */
  rest: string;
}

const L = '\\p{L}[\\p{L}\\p{M}]*';
const DATE_FORMS: readonly { re: RegExp; pick: (m: RegExpExecArray) => [string, string, string] | undefined }[] = [
  // 2026-11-12, 2026/11/12, 2026.11.12, 2026. 11. 12. (ko)
  { re: /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)\.?/u, pick: (m) => [m[1]!, m[2]!, m[3]!] },
  // 2026年11月12日 (ja, zh), 2026년 11월 12일 (ko)
  { re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u, pick: (m) => [m[1]!, m[2]!, m[3]!] },
  // 12.11.2026 (de, ru, pl, tr): day first in every language that writes it this way
  { re: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u, pick: (m) => [m[3]!, m[2]!, m[1]!] },
  // Nov 12, 2026 / November 12 2026 / Nov. 12, 2026
  {
    re: new RegExp(`(${L})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'u'),
    pick: (m) => month(m[1]!, m[3]!, m[2]!),
  },
  // 12 nov. 2026 / 12 de nov. de 2026 / 12. Nov. 2026 / 12 ноября 2026 г.
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?(${L})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'u'),
    pick: (m) => month(m[2]!, m[3]!, m[1]!),
  },
];

function month(word: string, year: string, day: string): [string, string, string] | undefined {
  const m = monthOf(word);
  return m ? [year, String(m), day] : undefined;
}

function findDate(text: string): DatePart | undefined {
  for (const form of DATE_FORMS) {
    const m = form.re.exec(text);
    const parts = m && form.pick(m);
    if (m && parts) {
      const [year, month, day] = parts.map(Number) as [number, number, number];
      return { year, month, day, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
    }
  }
  return undefined;
}

/** A calendar date as UTC midnight; undefined unless the format is recognised for sure. */
export function parsePageDate(text: string | null | undefined): number | undefined {
  const found = text ? findDate(text) : undefined;
  return found && utc(found.year, found.month, found.day);
}

/**
 * A date with an optional time ("2026-11-20 14:32:10", "Nov 20 2026 2:32 PM") as wall clock read
 * in UTC. The page states no zone, so callers must not present this as an absolute instant.
 */
export function parsePageDateTime(text: string | null | undefined): number | undefined {
  const found = text ? findDate(text) : undefined;
  if (!found) return undefined;
  const t = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\b\.?)?/i.exec(found.rest);
  if (!t) return utc(found.year, found.month, found.day);
  let hour = Number(t[1]);
  const half = t[4]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return utc(found.year, found.month, found.day, hour, Number(t[2]), Number(t[3] ?? 0));
}
