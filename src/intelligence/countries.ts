import { foldText, toIsoCountry } from '../domain/countries';

/**
 * Country facts arrive as ISO codes (order pages), English names with quirks (Cainiao's "Mainland
 * China"), or names in the page's language. Everything is compared as ISO alpha-2, through the one
 * country table in src/domain/countries.ts.
 */
export { foldText, toIsoCountry };

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
