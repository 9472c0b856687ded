/**
 * Month names of every AliExpress site language, generated from the runtime's CLDR data (Intl) rather
 * than typed by hand: standalone and in-date forms ("сентябрь" and "сентября"), long and short
 * ("Sept.", "sept", "ספט׳"), Gregorian calendar forced (`-u-ca-gregory`) so Thai and Arabic locales
 * give the civil months. Browsers and Node 20+ ship full ICU, so these are complete everywhere we run.
 */

/** Site languages (../shared/docs/aliexpress-data.md) plus regional Arabic/Ukrainian month names. */
export const MONTH_LOCALES = [
  'en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ru', 'uk', 'he', 'ar', 'ar-SY', 'th', 'vi', 'id', 'ko', 'ja', 'zh',
] as const;

/** A month written with its number inside ("tháng 9", "9월", "9月"): prefix + number + suffix. */
export interface NumericMonthForm {
  prefix: string;
  suffix: string;
}

export interface MonthTables {
  /** Folded name → month (1–12), every form Intl produces, e.g. "sept" → 9. */
  names: Map<string, number>;
  /** Forms that name different months in different languages: never used to decide. */
  ambiguous: string[];
  /** Letters Intl glues before a month in dates (Hebrew "ב" in "3 בספטמבר"). */
  attachedPrefixes: string[];
  numericForms: NumericMonthForm[];
}

/**
 * Latin/Cyrillic accents only (U+0300–U+036F): "févr" = "fevr", "Mär" = "Mar". Thai vowels are marks
 * too but carry meaning ("ม.ค." January vs "มี.ค." March), so other scripts' marks stay.
 */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Lower case without accents or trailing dots, so "Sept.", "sept" and "SEPT" compare equal. */
export function fold(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/\u00a0|\u202f/g, ' ')
    .trim()
    .replace(/\.+$/, '');
}

const FORMATS: Intl.DateTimeFormatOptions[] = [
  { month: 'long' },
  { month: 'short' },
  { day: 'numeric', month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'short', year: 'numeric' },
];

function addNumericForm(forms: NumericMonthForm[], name: string, month: number): boolean {
  const digits = String(month);
  const at = name.indexOf(digits);
  if (at < 0 || /\d/.test(name.slice(0, at) + name.slice(at + digits.length))) return false;
  const form = { prefix: name.slice(0, at).trim(), suffix: name.slice(at + digits.length).trim() };
  // A bare number ("9") would read any number as a month.
  if (form.prefix === '' && form.suffix === '') return true;
  if (!forms.some((f) => f.prefix === form.prefix && f.suffix === form.suffix)) forms.push(form);
  return true;
}

/**
 * Calls `visit` with every month Intl writes for `locales` in `formats` (Gregorian calendar): the
 * month part's text, the month (1–12) and the part written just before it.
 */
export function forEachIntlMonth(
  locales: readonly string[],
  formats: readonly Intl.DateTimeFormatOptions[],
  visit: (text: string, month: number, before: string | undefined) => void,
): void {
  for (const locale of locales) {
    const formatters = formats.map((options) => new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { ...options, timeZone: 'UTC' }));
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2026, month - 1, 3, 12));
      for (const formatter of formatters) {
        const parts = formatter.formatToParts(date);
        const index = parts.findIndex((part) => part.type === 'month');
        const part = parts[index];
        if (part) visit(part.value, month, parts[index - 1]?.value);
      }
    }
  }
}

function buildTables(): MonthTables {
  const names = new Map<string, number>();
  const ambiguous = new Set<string>();
  const attached = new Set<string>();
  const numericForms: NumericMonthForm[] = [];
  forEachIntlMonth(MONTH_LOCALES, FORMATS, (text, month, before) => {
    const name = fold(text);
    if (addNumericForm(numericForms, name, month)) return;
    if (names.has(name) && names.get(name) !== month) ambiguous.add(name);
    names.set(name, month);
    const glued = /(\p{L}+)$/u.exec(before ?? '');
    if (glued?.[1]) attached.add(fold(glued[1]));
  });
  for (const name of ambiguous) names.delete(name);
  return { names, ambiguous: [...ambiguous], attachedPrefixes: [...attached], numericForms };
}

let tables: MonthTables | undefined;

/** Built once, on first use (about 80 formatters; a few milliseconds). */
export function monthTables(): MonthTables {
  tables ??= buildTables();
  return tables;
}
