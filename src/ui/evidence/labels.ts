import { FLAGS, SOURCES, STATUS_CODES } from '../../domain/vocabulary';
import type { EvidenceLabels } from '../../intelligence/evidence';
import { GUIDANCE } from '../../intelligence/guidance';
import type { Confidence } from '../../intelligence/types';
import { flagLabel, sourceLabel, statusLabel } from '../components/labels';
import { verdictSentence } from '../components/reasons';
import { t } from '../i18n';

const CONFIDENCES = ['high', 'medium', 'low'] as const satisfies readonly Confidence[];

const nameAll = <K extends string>(codes: readonly K[], name: (code: K) => string): Record<K, string> =>
  Object.fromEntries(codes.map((code) => [code, name(code)])) as Record<K, string>;

/**
 * Date and time with the zone named ("Nov 21, 2026, 12:00 PM UTC"): a pack is read later, elsewhere,
 * by someone else, so no time in it may depend on the reader guessing the zone.
 */
export function evidenceDateFormatter(locale: string, timeZone?: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  return (ms) => format.format(ms);
}

/**
 * Everything the evidence exports say in words, in the user's language: the page's headings, the
 * names of the closed vocabularies, and each verdict's sentence as the popup writes it.
 */
export function evidenceLabels(locale: string, timeZone?: string): EvidenceLabels {
  return {
    title: t('evidence.title'),
    generatedAt: t('evidence.generatedAt'),
    parcel: t('evidence.parcel'),
    numbers: t('evidence.numbers'),
    service: t('facts.service'),
    lastMile: t('facts.lastMile'),
    status: t('evidence.status'),
    orders: t('evidence.orders'),
    order: t('evidence.order'),
    store: t('evidence.store'),
    placedAt: t('evidence.placedAt'),
    items: t('evidence.items'),
    flags: t('evidence.flags'),
    noFlags: t('evidence.noFlags'),
    judgedAt: t('evidence.judgedAt'),
    deadline: t('facts.deadline'),
    eta: t('facts.eta'),
    guidance: t('common.whatToDo'),
    timeline: t('evidence.timeline'),
    time: t('evidence.time'),
    source: t('evidence.source'),
    number: t('evidence.number'),
    location: t('evidence.location'),
    carrierText: t('evidence.carrierText'),
    noEvents: t('evidence.noEvents'),
    statuses: nameAll(STATUS_CODES, statusLabel),
    sources: nameAll(SOURCES, sourceLabel),
    flagNames: nameAll(FLAGS, flagLabel),
    confidences: nameAll(CONFIDENCES, (c) => t('evidence.confidence', [t(`flagMeta.confidence.${c}`)])),
    deadlineBases: { aliexpress: t('evidence.deadlineAliexpress'), estimated: t('facts.deadlineEstimated') },
    guidanceNames: nameAll(GUIDANCE, (g) => t(`guidance.${g}`)),
    describe: (verdict) => verdictSentence(verdict, locale),
    formatDate: evidenceDateFormatter(locale, timeZone),
  };
}
