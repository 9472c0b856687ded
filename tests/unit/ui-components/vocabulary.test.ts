import { missingMessages, useLocale } from './i18n-mock';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import type { FlagVerdict } from '../../../src/domain/model';
import type { Flag } from '../../../src/domain/vocabulary';
import { GUIDANCE, REASONS, isTimeEvidenceKey, protectionVerdict } from '../../../src/intelligence';
import type { Evidence } from '../../../src/intelligence';
import { correctionText, genericFlagText, guidanceText, verdictSentence } from '../../../src/ui/components/reasons';
import { has } from '../../../src/ui/i18n';
import { DAY, NOW } from './fixtures';
import { LOCALES_DIR } from './i18n-mock';

/**
 * The UI speaks the rules engine's vocabulary in every language: for each reason code of the
 * engine's REASONS catalogue (with evidence built from the catalogue's own keys) and each guidance
 * code, every locale gives a real sentence: no `$1`, no `{name}`, no key, no raw code.
 */
const LOCALES = readdirSync(LOCALES_DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''))
  .sort();

const SHIPPED = NOW - 10 * DAY;

/** A plausible value for an evidence key, by the catalogue's conventions (times, countries, days). */
function sample(key: string): string | number | boolean {
  if (isTimeEvidenceKey(key)) return SHIPPED + (key.length % 5) * DAY;
  const named: Record<string, string | number | boolean> = {
    trackingCountry: 'BR',
    orderCountry: 'ES',
    country: 'CN',
    stage: 'line_haul',
    serviceClass: 'economy',
    signal: 'service_name',
    service: 'Cainiao Super Economy',
    mismatch: 'country',
    anchor: 'first_scan',
    basis: 'estimated',
    lp: false,
    otherDestination: true,
    strength: 'medium',
    signals: 2,
    samples: 9,
    number: 'RB123456785CN',
    pattern: 's10',
    location: 'Shenzhen Sorting Centre',
    orderZip: '28013',
    orderCity: 'Madrid',
    otherOrderId: '8123456789012345',
    otherStore: 'Store Nine',
    store: 'Store One',
    ordered: 'DHL',
    actual: 'Yanwen',
    text: 'Delivery by Dec 1',
    trackingCountryText: 'Brasil',
  };
  if (key in named) return named[key]!;
  if (/^days|Days$/.test(key)) return 23;
  throw new Error(`no sample for evidence key "${key}": add one`);
}

type Override = Record<string, string | number | boolean | undefined>;

/** Evidence that takes every branch of a writer: `undefined` removes a key. */
const VARIANTS: Readonly<Record<string, readonly Override[]>> = {
  untracked_after_export: [
    { signal: 'u_series_number', number: 'UA123456789CN', service: undefined },
    { signal: 'economy_service' },
    { signal: 'service_name', service: undefined },
    { expectedFrom: undefined },
  ],
  no_carrier_record: [{ lp: true, number: 'LP00123456789012' }],
  delivered_elsewhere: [
    { mismatch: 'zip', country: undefined, orderCountry: undefined },
    { mismatch: 'city' },
    { mismatch: 'country', country: undefined },
  ],
  delivered_too_fast: [{ anchor: 'order_placed', days: 1.5 }],
  number_reused: [
    { otherDestination: false, daysApart: 20 },
    { otherDestination: false, daysApart: undefined },
    { otherStore: undefined },
  ],
  no_event_for_days: [{ basis: 'default' }, { basis: 'history', samples: 9, p90Days: 25.5, allowanceDays: 24.1 }, { basis: 'export_gap', allowanceDays: 60 }, { stage: 'info_received' }],
  deadline_soon: [{ daysLeft: 0 }, { basis: 'aliexpress' }, { guaranteeDays: undefined }, { daysLeft: 1 }],
  deadline_passed: [{ basis: 'aliexpress', daysLeft: -3 }],
};

function evidenceOf(keys: readonly string[], override: Override = {}): Evidence {
  const out: Evidence = {};
  for (const key of keys) out[key] = sample(key);
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

interface Case {
  flag: Flag;
  reason: string;
  label: string;
  evidence: Evidence;
}

const CASES: Case[] = Object.entries(REASONS).flatMap(([flag, codes]) =>
  Object.entries(codes).flatMap(([reason, spec]) => {
    const all = [...spec.required, ...spec.optional];
    return [
      { flag: flag as Flag, reason, label: 'all keys', evidence: evidenceOf(all) },
      { flag: flag as Flag, reason, label: 'required keys only', evidence: evidenceOf(spec.required) },
      ...(VARIANTS[reason] ?? []).map((o) => ({ flag: flag as Flag, reason, label: JSON.stringify(o), evidence: evidenceOf(all, o) })),
    ];
  }),
);

const KEY_TEXT = /\b(reason|guidance|unit|stage|status|serviceClass|deadlineNote|common|flag|correction)\.[A-Za-z_]/;

/** A sentence a user can read: not empty, no placeholder left, no message key, no machine code. */
function expectReadable(text: string | null, where: string): void {
  expect(text, where).toBeTypeOf('string');
  expect(text!.trim(), where).not.toBe('');
  expect(text, where).not.toMatch(/\$\d|\$\$|\{[A-Za-z0-9_]+\}/);
  expect(text, where).not.toMatch(KEY_TEXT);
  // Every sample value is free of underscores, so one in the text is an untranslated code.
  expect(text, where).not.toContain('_');
  expect(text, where).not.toMatch(/undefined|NaN|\[object/);
}

const verdict = (c: Pick<Case, 'flag' | 'reason' | 'evidence'>): FlagVerdict => ({
  flag: c.flag,
  reason: c.reason,
  evidence: c.evidence,
  confidence: 'medium',
  judgedAt: NOW,
});

beforeEach(() => missingMessages.clear());
afterEach(() => {
  useLocale('en');
  expect([...missingMessages]).toEqual([]);
});

describe('every engine reason code, in every language', () => {
  it('covers every code of the catalogue, every locale we ship', () => {
    expect(LOCALES).toEqual(['de', 'el', 'en', 'es', 'fr', 'he', 'pt_BR', 'ru', 'zh_CN']);
    const codes = new Set(CASES.map((c) => c.reason));
    expect(codes.size).toBe(Object.values(REASONS).reduce((n, codes) => n + Object.keys(codes).length, 0));
  });

  describe.each(LOCALES)('%s', (locale) => {
    it.each(CASES.map((c) => [`${c.flag}/${c.reason} (${c.label})`, c] as const))('%s', (_, c) => {
      useLocale(locale);
      const text = verdictSentence(verdict(c), locale.replace('_', '-'));
      expectReadable(text, `${locale} ${c.reason} ${c.label}`);
      // The engine's evidence is enough for the reason's own sentence: never the generic fallback.
      expect(text).not.toBe(genericFlagText(c.flag));
    });

    it.each(GUIDANCE.map((g) => [g]))('guidance %s', (code) => {
      useLocale(locale);
      expectReadable(guidanceText(code), `${locale} guidance ${code}`);
    });

    it('number corrections', () => {
      useLocale(locale);
      for (const c of ['removed_invisible', 'removed_dashes', 'folded_width', 'removed_punctuation', 'removed_spaces', 'lowercase', 'confusable:O→0@3']) {
        expectReadable(correctionText(c, locale.replace('_', '-')), `${locale} ${c}`);
      }
      // The look-alike, what it was read as, and its 1-based position (index 3 is the 4th character).
      const confusable = correctionText('confusable:O→0@3', locale.replace('_', '-'));
      for (const part of ['O', '0', '4']) expect(confusable).toContain(part);
      expect(confusable).not.toContain('3');
    });

    it("the background's messages, counted by WXT's own i18n.t", () => {
      useLocale(locale);
      const one = i18n.t('background.badgeTitle' as never, 1, ['1'] as never);
      const many = i18n.t('background.badgeTitle' as never, 5, ['5'] as never);
      expect(one).not.toBe(many);
      expect(many).toContain('5');
      for (const text of [one, many, i18n.t('background.reminderTitle' as never, 1, ['1'] as never), i18n.t('background.reminderTitle' as never, 3, ['3'] as never)]) {
        expectReadable(text, locale);
        expect(text).not.toContain('|');
      }
      expect(i18n.t('background.reminderTitle' as never, 3, ['3'] as never)).toContain('3');
      const body = i18n.t('background.reminderBody' as never, ['RB123456785CN', 'Store Nine'] as never);
      expectReadable(body, locale);
      expect(body).toContain('RB123456785CN');
      expect(body).toContain('Store Nine');
    });
  });
});

describe('sentences as the engine writes them', () => {
  it('Russian counts take their plural form inside the sentence', () => {
    useLocale('ru');
    const stalled = (days: number) =>
      verdictSentence(
        verdict({ flag: 'stalled', reason: 'no_event_for_days', evidence: { stage: 'import_customs', days, allowanceDays: 10, defaultDays: 10, basis: 'default', serviceClass: 'economy', lastEventAt: NOW - days * DAY } }),
        'ru',
      );
    expect(stalled(21)).toBe('Новых событий нет уже 21 день (этап: Импортная таможня; обычно длится не дольше, чем 10 дней).');
    expect(stalled(23)).toContain('уже 23 дня');
    expect(stalled(25)).toContain('уже 25 дней');
  });

  it('a protection verdict straight from the engine reads as a sentence with its dates', () => {
    const deadline = { at: NOW + 3 * DAY + 3_600_000, basis: 'estimated' as const, guaranteeDays: 60, daysLeft: 3 };
    const v = protectionVerdict(deadline, false, NOW)!;
    expect(verdictSentence(v, 'en')).toBe(
      "Buyer protection ends on Nov 24, 2026 (in 3 days) and the parcel hasn't been delivered. This date is an estimate: the order date plus 60 days of guaranteed delivery time.",
    );
    const passed = protectionVerdict({ at: NOW - 2 * DAY, basis: 'aliexpress', daysLeft: -2 }, false, NOW)!;
    expect(verdictSentence(passed, 'en')).toBe(
      "Buyer protection ended on Nov 19, 2026 and the parcel hasn't been delivered. A dispute is still possible until Dec 4, 2026.",
    );
  });

  it('Chinese joins two sentences without a visible space (a zero-width one keeps Chrome from reading "$1$2" as a named placeholder)', () => {
    useLocale('zh_CN');
    const text = verdictSentence(
      verdict({ flag: 'untracked', reason: 'untracked_after_export', evidence: { signal: 'economy_service', expectedFromDays: 30, expectedToDays: 60, worryAfterDays: 60 } }),
      'zh-CN',
    );
    expect(text).toBe('出口后就不再跟踪：这对该服务来说是正常的，并非欺诈迹象。\u200b此类包裹通常在发货后 30–60 天内送达；只有超过 60 天仍未收到时才需要担心。');
  });
});

describe('has()', () => {
  it('finds nested keys by their flattened Chrome names, and misses without a warning', () => {
    expect(has('popup.add.label')).toBe(true);
    expect(has('guidance.dispute_now')).toBe(true);
    expect(has('background.badgeTitle')).toBe(true);
    expect(has('guidance.no_such_code')).toBe(false);
    expect(has('correction.O→0')).toBe(false);
    expect(has('')).toBe(false);
    expect(missingMessages.size).toBe(0);
  });
});
