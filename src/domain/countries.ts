/**
 * The one country table of ParcelLens. Countries arrive as ISO codes (order pages, Ship24,
 * 17TRACK), as names in the page's or the carrier's language ("España", "Россия"), or as the
 * carriers' own quirks (Cainiao's "Mainland China"). Everything is kept and compared as ISO 3166-1
 * alpha-2: names come from the runtime's CLDR (Intl.DisplayNames), so only the quirks CLDR does not
 * know are listed here.
 */

/**
 * ISO 3166-1 alpha-2: the 249 officially assigned codes, nothing else.
 *
 * S10 numbers end with the posting operator's ISO code, so a checksum-valid `RB123456785XX` is still
 * not a real number. Reserved or withdrawn codes (UK, EU, UN, AN, SU, YU, XK…) are deliberately absent:
 * no designated postal operator posts under them. The list was checked against the CLDR region names
 * shipped with Node's ICU (every code here has a name; CLDR's extras are exactly the reserved ones).
 */
export const ISO_COUNTRY_CODES: readonly string[] = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
`
  .trim()
  .split(/\s+/);

const ISO_SET: ReadonlySet<string> = new Set(ISO_COUNTRY_CODES);

/** True for an officially assigned ISO 3166-1 alpha-2 code (upper case). */
export function isIsoCountry(code: string): boolean {
  return ISO_SET.has(code);
}

/** Lower-case, accents and punctuation gone, spaces collapsed: "España" and "espana" meet. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Languages of the AliExpress sites, of the carriers' texts and of the UI; names come from CLDR.
const NAME_LOCALES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'he', 'ar', 'ko', 'ja', 'zh', 'el'];

/**
 * Names CLDR does not give (in the NAME_LOCALES), folded, by code: the carriers' and the sites'
 * own spellings, old official names, abbreviations. Canary Islands, Ceuta and Melilla are named
 * apart by CLDR, but they are Spain for post and for AliExpress.
 */
const ALIASES: Readonly<Record<string, string>> = {
  CN: 'mainland china|china mainland|chinese mainland|china continental|prc|people s republic of china|中国大陆',
  HK: 'hong kong|hong kong sar|hong kong china|中国香港|гонконг',
  TW: 'taiwan china|中国台湾',
  US: 'usa|u s a|u s|america|united states of america|сша',
  GB: 'uk|great britain|england',
  RU: 'russian federation|российская федерация',
  KR: 'korea|south korea|republic of korea|korea republic of|южная корея',
  CZ: 'czech republic',
  TR: 'turkey',
  NL: 'holland|the netherlands',
  MD: 'republic of moldova',
  AE: 'uae|оаэ',
  ZA: 'юар',
  ES: 'canary islands|islas canarias|ceuta|melilla',
};

let byName: ReadonlyMap<string, string> | null = null;

/** Built on first use: ~4,000 CLDR lookups, once. Assigned ISO codes only (CLDR also names withdrawn ones). */
function names(): ReadonlyMap<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const displays = NAME_LOCALES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  for (const code of ISO_COUNTRY_CODES) {
    for (const display of displays) {
      const name = display.of(code);
      if (name && name !== code) map.set(foldText(name), code);
    }
  }
  for (const [code, aliases] of Object.entries(ALIASES)) for (const alias of aliases.split('|')) map.set(foldText(alias), code);
  return (byName = map);
}

/**
 * ISO alpha-2 for a code ("ES", "es") or a country name in any of the NAME_LOCALES; undefined if
 * unsure. Two letters that are no assigned code may still be a known abbreviation ("UK" → GB).
 */
export function toIsoCountry(text: string | undefined | null): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    if (isIsoCountry(upper)) return upper;
  }
  return names().get(foldText(trimmed));
}

/** The country as ParcelLens keeps it: ISO alpha-2 when known, else the source's own (trimmed) words. */
export function countryOf(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return toIsoCountry(trimmed) ?? trimmed;
}
