/**
 * Real translations in DOM tests. WXT's fake browser does not implement `browser.i18n`, so this gives
 * it `getMessage` over the very messages.json WXT builds from locales/<locale>.yml (same key flattening,
 * `$1…$9` substitution, `$$` escape, case-insensitive names, "" for unknown names as Chrome does).
 * English unless a test switches with `useLocale`. `#i18n` and src/ui/i18n.ts stay real. Import this
 * module before the components.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const LOCALES_DIR = resolve(__dirname, '../../../locales');

/** messages.json of one locale, as WXT generates it at build time. */
export function chromeMessages(locale: string): Record<string, { message: string }> {
  const text = readFileSync(resolve(LOCALES_DIR, `${locale}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML')) as Record<string, { message: string }>;
}

const load = (locale: string) => new Map(Object.entries(chromeMessages(locale)).map(([name, { message }]) => [name.toLowerCase(), message]));

let messages = load('en');
let uiLanguage = 'en';

/** Switch the fake browser's language: a locale file name ("pt_BR"); the UI language is "pt-BR". */
export function useLocale(locale: string): void {
  messages = load(locale);
  uiLanguage = locale.replace('_', '-');
}

/**
 * Messages the UI asked `i18n.t` for that the locale does not have: WXT warns
 * `[i18n] Message not found: "key"` for each (recorded here as Chrome names, `popup_back`). Probing
 * with `has()` asks getMessage directly and is not a miss.
 */
export const missingMessages = new Set<string>();

const NOT_FOUND = /^\[i18n\] Message not found: "(.*)"$/;
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const miss = typeof args[0] === 'string' ? NOT_FOUND.exec(args[0]) : null;
  if (miss) missingMessages.add(miss[1]!.replaceAll('.', '_'));
  else warn(...args);
};

function getMessage(name: string, substitutions?: string | string[]): string {
  if (name === '@@bidi_dir') return uiLanguage === 'he' ? 'rtl' : 'ltr';
  if (name === '@@ui_locale') return uiLanguage.replace('-', '_');
  const message = messages.get(name.toLowerCase());
  if (message === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

Object.assign(fakeBrowser.i18n, {
  getMessage,
  getUILanguage: () => uiLanguage,
});
