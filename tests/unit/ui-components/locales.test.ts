import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { FLAGS, SOURCES, STAGES, STATUS_CODES } from '../../../src/domain/vocabulary';
import { LIST_FILTERS, LookupStateSchema } from '../../../src/views/types';
import { GUIDANCE, REASONS } from '../../../src/intelligence';
import { REASON_TEXT } from '../../../src/ui/components/reasons';
import { WXT_PLURAL_SEPARATOR, flatten, parseLocaleYaml } from './yaml-lite';

/**
 * Every locale file: readable by the tiny parser AND by WXT's (identically), exactly en.yml's keys,
 * the same `$n` placeholders, every code of the closed vocabularies named, every key the UI uses present.
 */
const ROOT = resolve(__dirname, '../../..');
const LOCALES_DIR = join(ROOT, 'locales');
const files = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.yml'));
const locales = new Map(files.map((f) => [f.replace(/\.yml$/, ''), readFileSync(join(LOCALES_DIR, f), 'utf8')]));
const flat = new Map([...locales].map(([name, text]) => [name, flatten(parseLocaleYaml(text, `${name}.yml`))]));
const en = flat.get('en')!;

const PLURAL = ['one', 'few', 'many', 'other'];
/** Messages in WXT's `{ 1: …, n: … }` plural form (the background's, counted by i18n.t itself). */
const WXT_PLURALS = ['background.badgeTitle', 'background.reminderTitle'];
/** Keys of a count message share one placeholder set: a form may say "one" in words instead of "$1". */
const groupOf = (key: string) => (PLURAL.includes(key.slice(key.lastIndexOf('.') + 1)) ? key.slice(0, key.lastIndexOf('.')) : key);
function placeholders(messages: Map<string, string>): Map<string, string> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of messages) {
    const set = out.get(groupOf(key)) ?? new Set<string>();
    for (const m of text.replaceAll('$$', '').matchAll(/\$(\d)/g)) set.add(m[1]!);
    out.set(groupOf(key), set);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort().join(',')]));
}

/** Keys the UI builds from codes (`status.${code}`): one per code of each vocabulary. */
const VOCABULARY_KEYS = [
  ...STATUS_CODES.map((c) => `status.${c}`),
  ...FLAGS.flatMap((f) => [`flag.${f}.label`, `flag.${f}.generic`]),
  ...STAGES.map((s) => `stage.${s}`),
  ...SOURCES.map((s) => `source.${s}`),
  ...LIST_FILTERS.map((f) => `filter.${f}`),
  ...LookupStateSchema.options.map((s) => `lookup.${s}`),
  ...['high', 'medium', 'low'].map((c) => `flagMeta.confidence.${c}`),
  ...['aliexpress', 'cainiao', 'service_class', 'history'].map((b) => `facts.etaBasis.${b}`),
  ...['verification', 'logged_out', 'traffic_limit', 'carrier_blocked', 'generic'].map((c) => `notice.${c}`),
  ...['removed_invisible', 'folded_width', 'removed_punctuation', 'removed_spaces', 'removed_dashes', 'lowercase', 'confusable'].map((c) => `correction.${c}`),
  ...GUIDANCE.map((g) => `guidance.${g}`),
  ...['economy', 'standard', 'expedited', 'unknown'].map((c) => `serviceClass.${c}`),
  ...['background.badgeTitle', 'background.reminderTitle', 'background.reminderBody'],
  ...['unreadable', 'verification', 'logged_out', 'traffic_limit', 'error'].map((c) => `page.problem.${c}`),
  ...['saved', 'exported', 'imported', 'failed'].map((s) => `options.status.${s}`),
];

/** Literal keys in the UI's source: `t('popup.back')`, `tCount('unit.days', n)`. */
function literalKeys(): Array<{ file: string; key: string; count: boolean }> {
  const out: Array<{ file: string; key: string; count: boolean }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\b(t|tCount)\(\s*'([^']+)'/g)) out.push({ file: path, key: m[2]!, count: m[1] === 'tCount' });
      }
    }
  };
  walk(join(ROOT, 'src/ui'));
  return out;
}

describe('locale files', () => {
  it('include the languages we ship, all names Chrome knows', () => {
    expect([...locales.keys()].sort()).toEqual(expect.arrayContaining(['el', 'en', 'es', 'pt_BR', 'ru', 'zh_CN']));
    for (const name of locales.keys()) expect(SUPPORTED_LOCALES.has(name)).toBe(true);
  });

  it.each([...locales.keys()])('%s: the tiny parser and WXT read the same messages', (name) => {
    const chrome = generateChromeMessages(parseMessagesText(locales.get(name)!, 'YAML'));
    const ours = Object.fromEntries([...flat.get(name)!].map(([k, v]) => [k.replaceAll('.', '_'), { message: v }]));
    expect(chrome).toEqual(ours);
  });

  it.each([...locales.keys()])('%s: exactly the keys of en.yml, same placeholders, no empty or stray $', (name) => {
    const messages = flat.get(name)!;
    expect([...messages.keys()].sort()).toEqual([...en.keys()].sort());
    expect(Object.fromEntries(placeholders(messages))).toEqual(Object.fromEntries(placeholders(en)));
    for (const [key, text] of messages) {
      expect(text.trim(), key).not.toBe('');
      expect(text.replace(/\$(\$|[1-9])/g, ''), key).not.toContain('$');
      // Chrome reads "$1$" as a named placeholder and refuses to load the whole extension.
      expect(text, key).not.toMatch(/\$[1-9]\$/);
    }
  });

  it.each([...locales.keys()].filter((n) => n !== 'en'))('%s: is translated, not copied from English', (name) => {
    const messages = flat.get(name)!;
    const same = [...messages].filter(([key, text]) => text === en.get(key) && !/^[\s$\d·–:]*$|ParcelLens|AliExpress|Cainiao|17TRACK|Ship24/.test(text.replace(/\$\d/g, '')));
    expect(same.map(([k]) => k).length, same.map(([k]) => k).join(', ')).toBeLessThanOrEqual(4);
  });

  it('name every code of the closed vocabularies', () => {
    for (const key of VOCABULARY_KEYS) expect(en.has(key), key).toBe(true);
  });

  it('keep the keys the manifest and the first screens rely on', () => {
    for (const key of ['extName', 'extDescription', 'popup.empty', 'options.title']) expect(en.has(key), key).toBe(true);
  });

  it('give every count message its CLDR forms', () => {
    const groups = new Set([...en.keys()].filter((k) => groupOf(k) !== k).map(groupOf));
    expect(groups.size).toBeGreaterThan(3);
    for (const group of groups) for (const form of PLURAL) expect(en.has(`${group}.${form}`), `${group}.${form}`).toBe(true);
  });

  it('flatten to valid, distinct Chrome message names (names are case-insensitive)', () => {
    const names = [...en.keys()].map((k) => k.replaceAll('.', '_'));
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('have every key the UI source uses literally', () => {
    const used = literalKeys();
    expect(used.length).toBeGreaterThan(80);
    for (const { file, key, count } of used) {
      if (key.startsWith('@@')) continue;
      expect(en.has(count ? `${key}.other` : key), `${key} (${file})`).toBe(true);
    }
  });

  it('speak the engine vocabulary: a sentence per reason code of REASONS, advice per GUIDANCE code, nothing else', () => {
    const engineReasons = Object.values(REASONS).flatMap((codes) => Object.keys(codes));
    const topLevel = (prefix: string) => new Set([...en.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('.')[0]!));
    expect([...topLevel('reason.')].sort()).toEqual([...new Set(engineReasons)].sort());
    expect([...topLevel('guidance.')].sort()).toEqual([...GUIDANCE].sort());
    for (const [flag, codes] of Object.entries(REASONS)) {
      expect(Object.keys(REASON_TEXT[flag as keyof typeof REASON_TEXT]).sort(), flag).toEqual(Object.keys(codes).sort());
    }
  });

  it.each([...locales.keys()])("%s: the background's messages use WXT's 1/n plural form, both forms translated", (name) => {
    const messages = flat.get(name)!;
    for (const key of WXT_PLURALS) {
      const forms = messages.get(key)!.split(WXT_PLURAL_SEPARATOR);
      expect(forms, key).toHaveLength(2);
      for (const form of forms) expect(form.trim(), key).not.toBe('');
      expect(forms[1], key).toContain('$1');
    }
    expect(messages.get('background.reminderBody')).toMatch(/\$1[\s\S]*\$2|\$2[\s\S]*\$1/);
    // Only these are split on " | " by i18n.t: anywhere else the separator would be shown as is.
    for (const [key, text] of messages) if (!WXT_PLURALS.includes(key)) expect(text, key).not.toContain(WXT_PLURAL_SEPARATOR);
  });
});
