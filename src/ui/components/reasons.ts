import type { FlagVerdict } from '../../domain/model';
import type { Flag } from '../../domain/vocabulary';
import type { ParcelView } from '../../views/types';
import { formatDate, formatNumber } from '../format';
import { t, tCount } from '../i18n';

/**
 * Turns the machine codes of the rules (verdict reasons, guidance, number corrections) into sentences.
 * Each known reason names the evidence values its message needs, in `$1…$n` order; a reason we do not
 * know, or one missing a value, falls back to the flag's generic sentence rather than showing a code.
 */
export const REASON_EVIDENCE: Readonly<Record<string, readonly string[]>> = {
  // invalid_number
  s10_check_digit: [],
  s10_country: ['country'],
  check_digit: [],
  length: [],
  order_id: [],
  // untracked
  u_series: [],
  untracked_service: ['service'],
  // suspected_fake
  no_record: ['days'],
  label_only: ['days'],
  dest_mismatch: ['destCountry', 'orderCountry'],
  delivered_elsewhere: ['place'],
  delivered_too_fast: ['days'],
  delivered_at_origin: [],
  events_before_order: ['eventAt', 'placedAt'],
  reused_number: ['orders'],
  carrier_mismatch: ['carrier', 'expected'],
  // stalled
  no_event_for_days: ['days', 'stage', 'allowedDays'],
  not_shipped_after_payment: ['days'],
  // protection_ending
  protection_ends: ['deadlineAt'],
  // late
  past_promised_date: ['promisedAt', 'days'],
};

/** Evidence values that are counts, shown with their unit in the right plural form. */
const COUNTED: Readonly<Record<string, string>> = { days: 'unit.days', allowedDays: 'unit.days', orders: 'unit.orders' };

function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One evidence value as words: "23 days", a date, a stage name, a country name, or the raw text. */
export function formatEvidence(key: string, value: string | number | boolean, locale: string): string {
  if (typeof value === 'number') {
    const unit = COUNTED[key];
    if (unit) return tCount(unit, value);
    if (key.endsWith('At')) return formatDate(value, locale);
    return formatNumber(value, locale);
  }
  if (typeof value === 'boolean') return t(value ? 'common.affirmative' : 'common.negative');
  if (key === 'stage') {
    const name = t(`stage.${value}`);
    return name.startsWith('stage.') ? value : name;
  }
  if (/country$/i.test(key) && /^[A-Z]{2}$/.test(value)) return regionName(value, locale);
  return value;
}

/** Why a flag was raised, as one translated sentence with its evidence values filled in. */
export function verdictSentence(verdict: FlagVerdict, locale: string): string {
  const keys = REASON_EVIDENCE[verdict.reason];
  if (keys) {
    const args: string[] = [];
    for (const key of keys) {
      const value = verdict.evidence[key];
      if (value === undefined) return genericFlagText(verdict.flag);
      args.push(formatEvidence(key, value, locale));
    }
    const text = args.length > 0 ? t(`reason.${verdict.reason}`, args) : t(`reason.${verdict.reason}`);
    if (!text.startsWith('reason.')) return text;
  }
  return genericFlagText(verdict.flag);
}

export const genericFlagText = (flag: Flag): string => t(`flag.${flag}.generic`);

/** The one-line reason behind a flag on this parcel: its verdict's sentence, else the generic one. */
export function flagReason(parcel: Pick<ParcelView, 'verdicts'>, flag: Flag, locale: string): string {
  const verdict = parcel.verdicts.find((v) => v.flag === flag);
  return verdict ? verdictSentence(verdict, locale) : genericFlagText(flag);
}

/** Advice for a guidance code; null for codes this version does not know (never shown raw). */
export function guidanceText(code: string): string | null {
  const text = t(`guidance.${code}`);
  return text.startsWith('guidance.') ? null : text;
}

const CONFUSABLE = /^confusable:(.+)→(.+)@(\d+)$/u;

/**
 * A correction of the number core ('lowercase', 'removed_spaces', 'confusable:O→0@3') in words:
 * "read O as 0 at position 4". Kinds we do not know are shown as given.
 */
export function correctionText(correction: string, locale: string): string {
  const look = CONFUSABLE.exec(correction);
  if (look) {
    const [, from = '', to = '', index = '0'] = look;
    return t('correction.confusable', [from, to, formatNumber(Number(index) + 1, locale)]);
  }
  if (!/^[a-z_]+$/.test(correction)) return correction;
  const text = t(`correction.${correction}`);
  return text.startsWith('correction.') ? correction : text;
}
