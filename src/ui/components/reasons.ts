import type { FlagVerdict } from '../../domain/model';
import type { Flag } from '../../domain/vocabulary';
import { isTimeEvidenceKey } from '../../intelligence/reasons';
import type { ParcelView } from '../../views/types';
import { formatDate, formatNumber } from '../format';
import { has, t, tCount, uiLocale } from '../i18n';

/**
 * Turns the machine codes of the rules (verdict reasons, guidance, number corrections) into sentences.
 * The vocabulary is the engine's: every reason code of REASONS (src/intelligence/reasons.ts) has a
 * writer below, reading the evidence keys the catalogue documents; a code we do not know, or one
 * missing a value its sentence needs, falls back to the flag's generic sentence rather than showing
 * a code. tests/unit/ui-components keeps this table and the catalogue in step.
 */

type Value = string | number | boolean;

/** A value the sentence needs is not in the evidence: the caller falls back to the generic text. */
class MissingEvidence extends Error {}

function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Evidence keys that count days (`days`, `daysLeft`, `graceDays`, `expectedToDays`…). */
const isDaysKey = (key: string): boolean => /^days|Days$/.test(key);
/** Evidence keys holding an ISO alpha-2 country (`country`, `orderCountry`, `trackingCountry`). */
const isCountryKey = (key: string): boolean => /country$/i.test(key);

/** A label from one of our vocabularies, or the raw value when this version has no name for it. */
function vocabulary(prefixes: readonly string[], value: string): string {
  const key = prefixes.map((p) => `${p}.${value}`).find(has);
  return key ? t(key) : value;
}

/**
 * One evidence value as words: "23 days", a date, a stage or service-class name, a country name,
 * or the raw text.
 */
export function formatEvidence(key: string, value: Value, locale: string): string {
  if (typeof value === 'boolean') return t(value ? 'common.affirmative' : 'common.negative');
  if (typeof value === 'number') {
    if (isTimeEvidenceKey(key)) return formatDate(value, locale);
    if (isDaysKey(key)) return tCount('unit.days', value);
    if (key === 'samples') return tCount('unit.parcels', value);
    return formatNumber(value, locale);
  }
  // Stall stages include `info_received`, which the journey names as a status ("Label created").
  if (key === 'stage') return vocabulary(['stage', 'status'], value);
  if (key === 'serviceClass') return vocabulary(['serviceClass'], value);
  if (isCountryKey(key) && /^[A-Z]{2}$/.test(value)) return regionName(value, locale);
  return value;
}

/** Reads one verdict's evidence for its sentence; asking for an absent value aborts to the generic. */
class EvidenceWords {
  constructor(
    private readonly evidence: Readonly<Record<string, Value>>,
    readonly locale: string,
  ) {}

  has(key: string): boolean {
    return this.evidence[key] !== undefined;
  }

  raw(key: string): Value {
    const value = this.evidence[key];
    if (value === undefined) throw new MissingEvidence(key);
    return value;
  }

  /** The value in words (see formatEvidence). */
  get(key: string): string {
    return formatEvidence(key, this.raw(key), this.locale);
  }

  /** The value in words, or undefined when absent. */
  opt(key: string): string | undefined {
    return this.has(key) ? this.get(key) : undefined;
  }

  /** "30–60 days", in the plural form of the upper end. */
  dayRange(fromKey: string, toKey: string): string {
    const from = this.raw(fromKey);
    const to = this.raw(toKey);
    if (typeof from !== 'number' || typeof to !== 'number') throw new MissingEvidence(toKey);
    return tCount('unit.dayRange', to, [formatNumber(from, this.locale)]);
  }
}

/** Two sentences as one text: joined as the language joins sentences (no space in Chinese). */
const sentences = (first: string, second: string | undefined): string =>
  second === undefined ? first : t('common.twoSentences', [first, second]);

/** Invalid-number sentences say "this number": the number leads when the verdict names it. */
const aboutNumber = (w: EvidenceWords, sentence: string): string => {
  const number = w.opt('number');
  return number === undefined ? sentence : t('common.labelWithReason', [number, sentence]);
};

/** The estimate note of a protection deadline AliExpress did not give. */
function deadlineNote(w: EvidenceWords): string | undefined {
  if (w.raw('basis') !== 'estimated') return undefined;
  const days = w.opt('guaranteeDays');
  return days === undefined ? t('deadlineNote.estimated') : t('deadlineNote.estimatedDays', [days]);
}

type Writer = (w: EvidenceWords) => string;

/** One writer per reason code of the engine's catalogue, grouped like REASONS by flag. */
export const REASON_TEXT: Readonly<Record<Flag, Readonly<Record<string, Writer>>>> = {
  untracked: {
    untracked_after_export: (w) => {
      const service = w.opt('service');
      const intro =
        w.raw('signal') === 'u_series_number'
          ? t('reason.untracked_after_export.number')
          : service !== undefined
            ? t('reason.untracked_after_export.service', [service])
            : t('reason.untracked_after_export.generic');
      const range = w.dayRange('expectedFromDays', 'expectedToDays');
      const dated = w.has('expectedFrom') && w.has('expectedTo') && w.has('worryFrom');
      const expect = dated
        ? t('reason.untracked_after_export.expectDated', [w.get('expectedFrom'), w.get('expectedTo'), range, w.get('worryFrom')])
        : t('reason.untracked_after_export.expect', [range, w.get('worryAfterDays')]);
      return sentences(intro, expect);
    },
  },
  invalid_number: {
    order_id: (w) => aboutNumber(w, t('reason.order_id')),
    s10_check_digit: (w) => aboutNumber(w, t('reason.s10_check_digit')),
    s10_country: (w) => aboutNumber(w, t('reason.s10_country')),
    check_digit: (w) => aboutNumber(w, t('reason.check_digit')),
    length: (w) => aboutNumber(w, t('reason.length')),
    invalid_format: (w) => aboutNumber(w, t('reason.invalid_format')),
  },
  suspected_fake: {
    no_carrier_record: (w) =>
      t(w.raw('lp') === true ? 'reason.no_carrier_record.lp' : 'reason.no_carrier_record.default', [
        w.get('days'),
        w.get('since'),
        w.get('graceDays'),
      ]),
    reserved_label: (w) => t('reason.reserved_label', [w.get('days'), w.get('since')]),
    destination_country_mismatch: (w) =>
      t('reason.destination_country_mismatch', [w.get('trackingCountry'), w.get('orderCountry')]),
    delivered_in_origin_country: (w) =>
      t('reason.delivered_in_origin_country', [w.get('location'), w.get('country'), w.get('orderCountry')]),
    delivered_elsewhere: (w) => {
      const location = w.get('location');
      const mismatch = w.raw('mismatch');
      if (mismatch === 'country' && w.has('country') && w.has('orderCountry')) {
        return t('reason.delivered_elsewhere.country', [location, w.get('country'), w.get('orderCountry')]);
      }
      if (mismatch === 'zip' && w.has('orderZip')) return t('reason.delivered_elsewhere.zip', [location, w.get('orderZip')]);
      if (mismatch === 'city' && w.has('orderCity')) return t('reason.delivered_elsewhere.city', [location, w.get('orderCity')]);
      return t('reason.delivered_elsewhere.generic', [location]);
    },
    delivered_too_fast: (w) =>
      t(w.raw('anchor') === 'order_placed' ? 'reason.delivered_too_fast.order_placed' : 'reason.delivered_too_fast.first_scan', [
        w.get('days'),
        w.get('shippedAt'),
        w.get('deliveredAt'),
        w.get('serviceClass'),
        w.get('minDays'),
      ]),
    events_before_order: (w) =>
      t('reason.events_before_order', [w.get('number'), w.get('eventAt'), w.get('daysBefore'), w.get('placedAt')]),
    number_reused: (w) => {
      const store = w.opt('otherStore');
      const order = store === undefined ? w.get('otherOrderId') : t('reason.number_reused.orderFrom', [w.get('otherOrderId'), store]);
      if (w.raw('otherDestination') === true) return t('reason.number_reused.elsewhere', [order]);
      const apart = w.opt('daysApart');
      return apart === undefined ? t('reason.number_reused.maybe', [order]) : t('reason.number_reused.apart', [order, apart]);
    },
    carrier_differs: (w) => t('reason.carrier_differs', [w.get('ordered'), w.get('actual')]),
  },
  stalled: {
    no_event_for_days: (w) => {
      const basis = w.raw('basis');
      const args = [w.get('days'), w.get('stage'), w.get('allowanceDays')];
      if (basis === 'history' && w.has('samples')) return t('reason.no_event_for_days.history', [...args, w.get('samples')]);
      if (basis === 'export_gap') return t('reason.no_event_for_days.export_gap', args);
      return t('reason.no_event_for_days.default', args);
    },
  },
  protection_ending: {
    deadline_soon: (w) => {
      const daysLeft = w.raw('daysLeft');
      const main =
        typeof daysLeft === 'number' && daysLeft < 1
          ? t('reason.deadline_soon.lastDay', [w.get('deadline')])
          : t('reason.deadline_soon.days', [w.get('deadline'), w.get('daysLeft')]);
      return sentences(main, deadlineNote(w));
    },
    deadline_passed: (w) =>
      sentences(t('reason.deadline_passed', [w.get('deadline'), w.get('disputeUntil')]), deadlineNote(w)),
  },
  late: {
    past_promised_date: (w) => t('reason.past_promised_date', [w.get('promisedBy'), w.get('daysLate')]),
  },
};

export const genericFlagText = (flag: Flag): string => t(`flag.${flag}.generic`);

/** Why a flag was raised, as translated sentences with the evidence values filled in. */
export function verdictSentence(verdict: FlagVerdict, locale: string): string {
  const write = REASON_TEXT[verdict.flag]?.[verdict.reason];
  if (!write) return genericFlagText(verdict.flag);
  try {
    return write(new EvidenceWords(verdict.evidence, locale));
  } catch (error) {
    if (error instanceof MissingEvidence) return genericFlagText(verdict.flag);
    throw error;
  }
}

/** The one-line reason behind a flag on this parcel: its verdict's sentence, else the generic one. */
export function flagReason(parcel: Pick<ParcelView, 'verdicts'>, flag: Flag, locale: string): string {
  const verdict = parcel.verdicts.find((v) => v.flag === flag);
  return verdict ? verdictSentence(verdict, locale) : genericFlagText(flag);
}

/**
 * Verdicts kept as hints: a rule spoke but raised no flag (a lone weak fake signal, confidence low).
 * They never become badges; the detail view may show them, muted.
 */
export function hintVerdicts(parcel: Pick<ParcelView, 'flags' | 'verdicts'>): FlagVerdict[] {
  return parcel.verdicts.filter((v) => !parcel.flags.includes(v.flag));
}

/** Advice for a guidance code (src/intelligence/guidance.ts); null for codes this version does not know. */
export function guidanceText(code: string): string | null {
  const key = `guidance.${code}`;
  return has(key) ? t(key) : null;
}

const CONFUSABLE = /^confusable:(.+)→(.+)@(\d+)$/u;

/**
 * A correction of the number core (`kind` or `kind:detail`: 'lowercase', 'removed_spaces',
 * 'confusable:O→0@3' with a 0-based index) in words: "read “O” as “0” at position 4".
 * Kinds we do not know are shown as given.
 */
export function correctionText(correction: string, locale: string = uiLocale()): string {
  const look = CONFUSABLE.exec(correction);
  if (look) {
    const [, from = '', to = '', index = '0'] = look;
    return t('correction.confusable', [from, to, formatNumber(Number(index) + 1, locale)]);
  }
  const kind = correction.split(':', 1)[0] ?? '';
  // `confusable` needs its detail; any other kind reads the same whatever detail follows.
  if (kind === 'confusable' || !/^[a-z_]+$/.test(kind)) return correction;
  const key = `correction.${kind}`;
  return has(key) ? t(key) : correction;
}
