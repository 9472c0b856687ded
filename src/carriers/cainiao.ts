import { z } from 'zod/mini';
import type { Eta, TrackingEvent } from '../domain/model';
import type { ServiceClass } from '../domain/vocabulary';
import { chunk, parseJson, uniqueNumbers } from './http';
import { lastMileFromPayload } from './last-mile';
import { clean, epochOf, lenient, text, timeLike } from './payload';
import { makeEvent, newResult, readEach } from './results';
import type { BlockReason, CarrierResult } from './types';

/**
 * Cainiao global tracking (no key): `GET global.cainiao.com/global/detail.json?mailNos=a,b&lang=…`.
 * Facts in ../shared/docs/carriers.md. Alibaba soft-bans unusual traffic, so every sign of a block
 * is reported as such and the caller backs off for all numbers.
 */

/** Undocumented maximum; 10 is what known integrations use. */
export const CAINIAO_BATCH = 10;
const ENDPOINT = 'https://global.cainiao.com/global/detail.json';

const LANGS: Readonly<Record<string, string>> = {
  en: 'en-US',
  ru: 'ru-RU',
  zh: 'zh-CN',
  es: 'es-ES',
  pt: 'pt-BR',
  fr: 'fr-FR',
  de: 'de-DE',
};

/** Cainiao's `lang` for a UI language ("ru", "pt-BR", "zh_CN"…); English when it has none. */
export function cainiaoLang(uiLanguage: string): string {
  const primary = uiLanguage.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGS[primary] ?? 'en-US';
}

/** One request URL per batch of at most 10 numbers, repeats dropped. */
export function cainiaoUrls(numbers: readonly string[], uiLanguage: string): string[] {
  const lang = cainiaoLang(uiLanguage);
  return chunk(uniqueNumbers(numbers), CAINIAO_BATCH).map(
    (batch) => `${ENDPOINT}?mailNos=${batch.map(encodeURIComponent).join(',')}&lang=${lang}`,
  );
}

const EventSchema = z.object({
  time: timeLike(),
  timeStr: text(),
  timeZone: text(),
  desc: text(),
  standerdDesc: text(),
  descTitle: text(),
  actionCode: text(),
  location: text(),
  group: lenient(z.object({ nodeCode: text(), nodeDesc: text() })),
});
type CainiaoEvent = z.infer<typeof EventSchema>;

const EntrySchema = z.object({
  mailNo: z.string().check(z.minLength(1)),
  originCountry: text(),
  destCountry: text(),
  status: text(),
  statusDesc: text(),
  mailNoSource: text(),
  mailType: text(),
  mailTypeDesc: text(),
  realMailNo: text(),
  copyRealMailNo: text(),
  globalEtaInfo: lenient(z.object({ etaDesc: text(), deliveryMinTime: timeLike(), deliveryMaxTime: timeLike() })),
  destCpInfo: lenient(z.object({ cpName: text(), phone: text(), url: text() })),
  detailList: lenient(z.array(z.unknown())),
});
type CainiaoEntry = z.infer<typeof EntrySchema>;

const EnvelopeSchema = z.object({
  success: lenient(z.boolean()),
  module: lenient(z.array(z.unknown())),
});

export type CainiaoResult = CarrierResult;

export type CainiaoAnswer =
  | { kind: 'ok'; results: CainiaoResult[] }
  | { kind: 'blocked'; reason: BlockReason }
  | { kind: 'unreadable'; detail: string };

/** Markers of Alibaba's anti-bot pages (baxia slider, "punish" redirect). */
const CAPTCHA = /captcha|baxia|nc_1_wrapper|punish|x5sec|rgv587_flag|滑动验证/i;

export function parseCainiaoResponse(body: string, contentType: string | undefined, fetchedAt: number): CainiaoAnswer {
  const trimmed = body.trim();
  if (/html/i.test(contentType ?? '') || trimmed.startsWith('<')) {
    return { kind: 'blocked', reason: CAPTCHA.test(trimmed) ? 'captcha' : 'html_page' };
  }
  const json = parseJson(trimmed);
  if (!json.ok) return { kind: 'unreadable', detail: json.detail };
  // The anti-bot JSON ({"rgv587_flag":"sm","url":"…/punish…"}) is a block, not a bad answer.
  if (typeof json.value === 'object' && json.value !== null && CAPTCHA.test(Object.keys(json.value).join(' '))) {
    return { kind: 'blocked', reason: 'captcha' };
  }
  const envelope = EnvelopeSchema.safeParse(json.value);
  if (!envelope.success) return { kind: 'unreadable', detail: 'not an object' };
  if (envelope.data.success === false) return { kind: 'blocked', reason: 'refused' };
  if (!envelope.data.module) return { kind: 'unreadable', detail: 'no module list' };

  const results: CainiaoResult[] = [];
  for (const raw of envelope.data.module) {
    const entry = EntrySchema.safeParse(raw);
    if (entry.success) results.push(toResult(entry.data, fetchedAt));
  }
  if (results.length === 0 && envelope.data.module.length > 0) return { kind: 'unreadable', detail: 'no entry has a mailNo' };
  return { kind: 'ok', results };
}

function toResult(entry: CainiaoEntry, fetchedAt: number): CainiaoResult {
  const number = entry.mailNo.trim().toUpperCase();
  const scans = readEach(entry.detailList, (raw) => {
    const parsed = EventSchema.safeParse(raw);
    return parsed.success ? toEvent(number, parsed.data) : undefined;
  });
  // An empty list is "awaiting first scan" (normal for days), never an error.
  const result = newResult(number, scans, fetchedAt, { origin: entry.originCountry, dest: entry.destCountry });
  result.aliases = aliasesOf(entry, number);
  const serviceClass = serviceClassOf(entry.mailType);
  if (serviceClass) result.serviceClass = serviceClass;
  // Cainiao says it outright: economy mail is not tracked once the destination post has it.
  if (serviceClass === 'economy') result.untrackedService = true;
  const eta = etaOf(entry);
  if (eta) result.eta = eta;
  const lastMile = lastMileFromPayload(entry.destCpInfo?.cpName, entry.destCpInfo?.url);
  if (lastMile) result.lastMile = lastMile;
  return result;
}

function toEvent(number: string, e: CainiaoEvent): TrackingEvent | undefined {
  const timeZone = clean(e.timeZone) ?? null;
  const time = epochOf(e.time, timeZone) ?? epochOf(e.timeStr, timeZone);
  if (time === undefined) return undefined;
  // `desc` is the carrier's own words (often Chinese); `standerdDesc` is Cainiao's English.
  const desc = clean(e.desc);
  const standard = clean(e.standerdDesc);
  const words = desc ?? standard ?? clean(e.descTitle) ?? '';
  return makeEvent({
    source: 'cainiao',
    number,
    time,
    timeZone,
    location: clean(e.location),
    code: clean(e.actionCode) ?? null,
    group: clean(e.group?.nodeCode) ?? null,
    text: words,
    // Both wordings describe the same scan: the rules read them together, so unknown Chinese words
    // still get a meaning from the English, and the cautious rule order settles any disagreement.
    classifyText: desc && standard && desc !== standard ? `${desc} / ${standard}` : words,
  });
}

function aliasesOf(entry: CainiaoEntry, number: string): string[] {
  // `copyRealMailNo` is the bare new number; `realMailNo` is display text ("Latest Tracking Number:\tRC…").
  const fromDisplay = /([A-Z0-9]{8,})\s*$/i.exec(entry.realMailNo ?? '')?.[1];
  const alias = (clean(entry.copyRealMailNo) ?? fromDisplay)?.replace(/\s+/g, '').toUpperCase();
  return alias && alias !== number ? [alias] : [];
}

function serviceClassOf(mailType: string | null | undefined): ServiceClass | undefined {
  const t = mailType?.toLowerCase() ?? '';
  if (t.includes('economy')) return 'economy';
  if (t.includes('standard')) return 'standard';
  if (/premium|express|priority/.test(t)) return 'expedited';
  return undefined;
}

function etaOf(entry: CainiaoEntry): Eta | undefined {
  const info = entry.globalEtaInfo;
  if (!info) return undefined;
  const eta: Eta = { source: 'cainiao' };
  const from = epochOf(info.deliveryMinTime);
  const to = epochOf(info.deliveryMaxTime);
  const words = clean(info.etaDesc);
  if (from !== undefined) eta.from = from;
  if (to !== undefined) eta.to = to;
  if (words) eta.text = words;
  return eta.from === undefined && eta.to === undefined && !eta.text ? undefined : eta;
}
