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

/** What a Chrome message name may contain; anything else cannot be a key of ours. */
const MESSAGE_KEY = /^[A-Za-z0-9_.@]+$/;

/**
 * Whether the locale has a message for `key`, asked without i18n.t (which warns "[i18n] Message not
 * found" for every miss): for codes from the data (`guidance.<code>`) that this version may not know.
 * WXT flattens nested yml keys into messages.json names by joining the path with `_`
 * (`popup.add.label` → `popup_add_label`), and getMessage answers "" for a name it does not have.
 */
export function has(key: string): boolean {
  if (!MESSAGE_KEY.test(key)) return false;
  // WXT types getMessage with one overload per known name; a probe is by definition any string.
  const messages = browser.i18n as unknown as { getMessage(name: string): string };
  return messages.getMessage(key.replaceAll('.', '_')) !== '';
}

/**
 * Count messages with CLDR plural forms (Russian needs one/few/many): the yml holds
 * `key: { one: …, few: …, many: …, other: … }`, `$1` is the formatted count and `more` fill $2….
 * A category the file does not list (Hebrew "two") falls back to `other`.
 */
export function tCount(key: string, n: number, more: readonly string[] = []): string {
  const locale = uiLocale();
  const formatted = new Intl.NumberFormat(locale).format(n);
  const exact = `${key}.${pluralCategory(n, locale)}`;
  return t(has(exact) ? exact : `${key}.other`, [formatted, ...more]);
}
