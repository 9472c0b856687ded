import { createLookupQueue, type LookupOutcome, type LookupQueue } from '../aliexpress/logistics/lookup';
import type { ParsedQueryDetail } from '../aliexpress/logistics/types';
import { systemClock } from '../domain/clock';
import type { LogisticsReport, PackageReport } from '../messaging/protocol';
import type { LookupState } from '../views/types';

/**
 * Logistics lookups from the page itself: the request leaves from www.aliexpress.com with the
 * user's own session, exactly as the site's scripts send it (same-site, CORS allowed by
 * AliExpress for its own pages), so ParcelLens needs no `cookies` permission.
 */
export function createPageLookupQueue(lang: string): LookupQueue {
  const looked = new Map<string, number>();
  return createLookupQueue(
    {
      fetchText: async (url) => {
        const res = await fetch(url, { credentials: 'include' });
        return { status: res.status, body: await res.text(), contentType: res.headers.get('content-type') ?? undefined };
      },
      readCookie: () => document.cookie,
      clock: systemClock,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      timeZoneOffsetMinutes: -new Date().getTimezoneOffset(),
      // The 6-hour rule is the background's (it survives reloads); this map only spans the page.
      lastLookups: { get: async (id) => looked.get(id), set: async (id, at) => void looked.set(id, at) },
    },
    { lang },
  );
}

/** AliExpress's `_lang` from the page language: "es" → "es_ES", "pt-BR" → "pt_BR". */
export function aliexpressLang(documentLang: string): string {
  const [lang = 'en', region] = documentLang.replace('_', '-').split('-');
  const defaults: Record<string, string> = { en: 'US', es: 'ES', pt: 'BR', fr: 'FR', de: 'DE', it: 'IT', nl: 'NL', pl: 'PL', tr: 'TR', ru: 'RU', ko: 'KR', ja: 'JP', he: 'IL', ar: 'MA' };
  return `${lang.toLowerCase()}_${(region ?? defaults[lang.toLowerCase()] ?? 'US').toUpperCase()}`;
}

/** What one lookup tells the background: the packages with a number, or why there are none. */
export function reportOf(orderId: string, outcome: LookupOutcome): LogisticsReport | undefined {
  switch (outcome.kind) {
    case 'skipped_recent':
      return undefined;
    case 'halted':
      return { orderId, outcome: outcome.reason, packages: [] };
    case 'error':
      return { orderId, outcome: outcome.reason === 'traffic_limit' ? 'traffic_limit' : 'error', packages: [] };
    case 'ok':
      return okReport(orderId, outcome.result);
  }
}

function okReport(orderId: string, result: ParsedQueryDetail): LogisticsReport {
  const packages: PackageReport[] = result.packages
    // A package without any number yet (pre-shipment) is not a parcel the user can track.
    .filter((p) => p.primaryNumber !== null && p.numbers.length > 0)
    .map((p) => ({
      numbers: p.numbers,
      ...(p.service ? { service: p.service } : {}),
      ...(p.lastMile ? { lastMile: p.lastMile } : {}),
      ...(p.eta ? { eta: p.eta } : {}),
      items: p.items,
      events: p.events,
    }));
  const outcome: LookupState = packages.length > 0 ? 'ok' : 'no_tracking';
  return {
    orderId,
    outcome,
    packages,
    ...(result.destination ? { destination: result.destination } : {}),
    ...(result.deadline ? { deadline: result.deadline } : {}),
  };
}
