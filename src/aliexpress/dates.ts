import { foldForMatch } from './text';

/**
 * Dates as AliExpress pages print them, in the page's language: "Nov 12, 2026", "12 nov. 2026",
 * "12 de nov. de 2026", "12. Nov. 2026", "12 ноября 2026 г.", "2026-11-12", "12.11.2026",
 * "2026年11月12日", "2026. 11. 12.". Anything else (and slashed dates, which are ambiguous
 * between 11/12 and 12/11) gives undefined: a wrong date is worse than none.
 */

// Full month names per language (nominative and genitive where they differ). Every prefix of 3+
// letters that points to a single month is accepted, so "nov.", "sept", "févr." and "ноя" all work.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'enero', 'janeiro', 'janvier', 'januar', 'gennaio', 'januari', 'styczen', 'stycznia', 'ocak', 'январь', 'января'],
  ['february', 'febrero', 'fevereiro', 'fevrier', 'februar', 'febbraio', 'februari', 'luty', 'lutego', 'subat', 'февраль', 'февраля'],
  ['march', 'marzo', 'marco', 'mars', 'marz', 'maart', 'mrt', 'marzec', 'marca', 'mart', 'март', 'марта'],
  ['april', 'abril', 'avril', 'aprile', 'kwiecien', 'kwietnia', 'nisan', 'апрель', 'апреля'],
  ['may', 'mayo', 'maio', 'mai', 'maggio', 'mei', 'maj', 'maja', 'mayis', 'mayıs', 'май', 'мая'],
  ['june', 'junio', 'junho', 'juin', 'juni', 'giugno', 'czerwiec', 'czerwca', 'haziran', 'июнь', 'июня'],
  ['july', 'julio', 'julho', 'juillet', 'juli', 'luglio', 'lipiec', 'lipca', 'temmuz', 'июль', 'июля'],
  ['august', 'agosto', 'aout', 'augustus', 'sierpien', 'sierpnia', 'agustos', 'август', 'августа'],
  ['september', 'septiembre', 'setembro', 'septembre', 'settembre', 'wrzesien', 'wrzesnia', 'eylul', 'сентябрь', 'сентября'],
  ['october', 'octubre', 'outubro', 'octobre', 'oktober', 'ottobre', 'pazdziernik', 'pazdziernika', 'ekim', 'октябрь', 'октября'],
  ['november', 'noviembre', 'novembro', 'novembre', 'listopad', 'listopada', 'kasim', 'kasım', 'ноябрь', 'ноября'],
  ['december', 'diciembre', 'dezembro', 'decembre', 'dezember', 'dicembre', 'grudzien', 'grudnia', 'aralik', 'aralık', 'декабрь', 'декабря'],
];

const MONTHS: ReadonlyMap<string, number> = (() => {
  const seen = new Map<string, Set<number>>();
  MONTH_NAMES.forEach((names, index) => {
    for (const name of names) {
      const folded = foldForMatch(name);
      for (let len = 3; len <= folded.length; len++) {
        const key = folded.slice(0, len);
        seen.set(key, (seen.get(key) ?? new Set()).add(index + 1));
      }
    }
  });
  // Prefixes shared by two months ("jui": juin/juillet) identify neither.
  return new Map([...seen].filter(([, months]) => months.size === 1).map(([k, m]) => [k, [...m][0] ?? 0]));
})();

function monthOf(word: string): number | undefined {
  return MONTHS.get(foldForMatch(word));
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
