import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { pluralCategory } from './format';

/**
 * The UI's only door to translated text. Messages live in locales/*.yml; the browser picks the
 * language (as browser.i18n always does). Dates and counts go through Intl in the same language.
 */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

type Key = Parameters<typeof i18n.t>[0];

/** Translated text; `subs` fill $1…$9. Dynamic keys (`status.<code>`) are checked by a unit test. */
export function t(key: string, subs?: Array<string | number>): string {
  const text = subs ? i18n.t(key as Key, subs.map(String) as never) : i18n.t(key as Key);
  return text || key;
}

/**
 * Count messages with CLDR plural forms (Russian needs one/few/many): the yml holds
 * `key: { one: …, few: …, many: …, other: … }` and `$1` is the formatted count.
 */
export function tCount(key: string, n: number): string {
  const locale = uiLocale();
  const formatted = new Intl.NumberFormat(locale).format(n);
  const exact = t(`${key}.${pluralCategory(n, locale)}`, [formatted]);
  return exact.startsWith(`${key}.`) ? t(`${key}.other`, [formatted]) : exact;
}
