/**
 * Real English text in DOM tests. WXT's fake browser does not implement `browser.i18n`, so this gives
 * it `getMessage` over the very messages.json WXT builds from locales/en.yml (same key flattening,
 * `$1…$9` substitution, `$$` escape, case-insensitive names, "" for unknown names as Chrome does).
 * `#i18n` and src/ui/i18n.ts stay real. Import this module before the components.
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

const messages = new Map(Object.entries(chromeMessages('en')).map(([name, { message }]) => [name.toLowerCase(), message]));

/** Names asked for that en.yml does not have: a component used a key that is not there. */
export const missingMessages = new Set<string>();

function getMessage(name: string, substitutions?: string | string[]): string {
  if (name === '@@bidi_dir') return 'ltr';
  if (name === '@@ui_locale') return 'en';
  const message = messages.get(name.toLowerCase());
  if (message === undefined) {
    missingMessages.add(name);
    return '';
  }
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

Object.assign(fakeBrowser.i18n, {
  getMessage,
  getUILanguage: () => 'en',
});
