import { createLookupQueue, type LookupQueue } from '../aliexpress/logistics/lookup';
import { systemClock } from '../domain/clock';

/**
 * Logistics lookups from the page itself: the request leaves from www.aliexpress.com with the
 * user's own session, exactly as the site's scripts send it (same-site, CORS allowed by
 * AliExpress for its own pages), so ParcelLens needs no `cookies` permission.
 */
/**
 * Firefox runs content scripts under their own principal: a plain `fetch` there is not the page's
 * request (no AliExpress origin, no session). `content.fetch` is the page's own; Chrome has no
 * `content` and its content-script fetch already is the page's.
 */
function pageFetch(): typeof fetch {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return content?.fetch ? content.fetch.bind(content) : fetch;
}

export function createPageLookupQueue(lang: string): LookupQueue {
  const looked = new Map<string, number>();
  return createLookupQueue(
    {
      fetchText: async (url) => {
        const res = await pageFetch()(url, { credentials: 'include' });
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
