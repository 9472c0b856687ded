import { ISO_COUNTRY_CODES, isIsoCountry } from '../core';

/**
 * Country facts arrive as ISO codes (order pages), English names with quirks (Cainiao's "Mainland
 * China"), or names in the page's language. Everything is compared as ISO alpha-2.
 */

// Languages of the AliExpress sites and of the carriers' texts; names come from the runtime's CLDR.
const NAME_LOCALES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'he', 'ar', 'ko', 'ja', 'zh'];


const ALIASES: Readonly<Record<string, string>> = {
  'mainland china': 'CN',
  'china mainland': 'CN',
  prc: 'CN',
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  america: 'US',
  'united states of america': 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  'russian federation': 'RU',
  korea: 'KR',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'czech republic': 'CZ',
  turkey: 'TR',
  holland: 'NL',
  // CLDR names these apart, but they are Spain for post and for AliExpress.
  'canary islands': 'ES',
  'islas canarias': 'ES',
  ceuta: 'ES',
  melilla: 'ES',
};

/** Lower-case, accents and punctuation gone, spaces collapsed: "España" and "espana" meet. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let byName: ReadonlyMap<string, string> | null = null;

/** Built on first use: ~4,000 CLDR lookups, once. Assigned ISO codes only (CLDR also names withdrawn ones). */
function buildNames(): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const displays = NAME_LOCALES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  for (const code of ISO_COUNTRY_CODES) {
    for (const display of displays) {
      const name = display.of(code);
      if (name && name !== code) names.set(foldText(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) names.set(alias, code);
  return names;
}

/** ISO alpha-2 for a code or a country name in any of the site languages; undefined if unsure. */
export function toIsoCountry(text: string | undefined | null): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    return isIsoCountry(upper) ? upper : undefined;
  }
  byName ??= buildNames();
  return byName.get(foldText(trimmed));
}

/**
 * Chinese cities where AliExpress parcels start (sorting hubs and seller clusters). A "delivered"
 * scan placed there, for a parcel bound abroad, was delivered in the origin country.
 */
const ORIGIN_HUBS_CN =
  /\b(shenzhen|guangzhou|dongguan|yiwu|jinhua|hangzhou|shanghai|beijing|ningbo|xiamen|foshan|quanzhou|zhongshan|huizhou|suzhou)\b|深圳|广州|东莞|义乌|金华|杭州|上海|北京|宁波|厦门|佛山|泉州/i;

/**
 * The country a carrier's location names, if any: a country name as its last comma-separated part
 * or as the whole text ("Vilnius, Lithuania", "España"), or a known Chinese origin hub. Two-letter
 * codes are ignored here: "Los Angeles, CA" is California, not Canada.
 */
export function countryOfLocation(location: string | null | undefined): string | undefined {
  if (!location) return undefined;
  const parts = location
    .split(/[,;/|]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 2);
  for (const candidate of [parts[parts.length - 1], location]) {
    const code = candidate === undefined ? undefined : byNameOnly(candidate);
    if (code) return code;
  }
  return ORIGIN_HUBS_CN.test(location) ? 'CN' : undefined;
}

function byNameOnly(text: string): string | undefined {
  return /^[A-Za-z]{2}$/.test(text.trim()) ? undefined : toIsoCountry(text);
}
