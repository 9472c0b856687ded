/**
 * Cainiao names countries ("Mainland China", "Israel") in the language asked for. The fake-number
 * rules compare them with the order's country, so the common ones become ISO alpha-2; the rest keep
 * their name (a rule then compares names, or nothing).
 */
const NAMES: ReadonlyArray<readonly [code: string, names: readonly string[]]> = [
  ['CN', ['china', 'mainland china', 'chinese mainland', "people's republic of china", '中国', '中国大陆', 'китай', 'china continental']],
  ['HK', ['hong kong', 'hong kong sar', 'hong kong, china', '中国香港', 'гонконг']],
  ['TW', ['taiwan', 'taiwan, china', '中国台湾']],
  ['RU', ['russia', 'russian federation', 'россия', 'российская федерация', '俄罗斯', 'rusia', 'russie', 'russland']],
  ['UA', ['ukraine', 'украина', '乌克兰', 'ucrania']],
  ['BY', ['belarus', 'беларусь', '白俄罗斯', 'bielorrusia']],
  ['KZ', ['kazakhstan', 'казахстан', '哈萨克斯坦', 'kazajistan']],
  ['UZ', ['uzbekistan', 'узбекистан']],
  ['US', ['united states', 'united states of america', 'usa', 'us', 'сша', '美国', 'estados unidos', 'états-unis', 'vereinigte staaten']],
  ['GB', ['united kingdom', 'uk', 'great britain', 'england', 'великобритания', '英国', 'reino unido', 'royaume-uni']],
  ['CA', ['canada', 'канада', '加拿大']],
  ['AU', ['australia', 'австралия', '澳大利亚', 'australie', 'australien']],
  ['NZ', ['new zealand', 'новая зеландия', '新西兰']],
  ['BR', ['brazil', 'brasil', 'бразилия', '巴西', 'brésil', 'brasilien']],
  ['ES', ['spain', 'españa', 'испания', '西班牙', 'espagne', 'spanien']],
  ['CL', ['chile', 'чили', '智利', 'chili']],
  ['MX', ['mexico', 'мексика', '墨西哥', 'mexique', 'mexiko']],
  ['AR', ['argentina', 'аргентина', '阿根廷']],
  ['CO', ['colombia', 'колумбия', '哥伦比亚']],
  ['PE', ['peru', 'перу', '秘鲁']],
  ['PT', ['portugal', 'португалия', '葡萄牙']],
  ['FR', ['france', 'франция', '法国', 'francia', 'frankreich']],
  ['DE', ['germany', 'deutschland', 'германия', '德国', 'alemania', 'allemagne', 'alemanha']],
  ['IT', ['italy', 'italia', 'италия', '意大利', 'italie', 'italien']],
  ['NL', ['netherlands', 'the netherlands', 'holland', 'нидерланды', '荷兰', 'paises bajos', 'pays-bas', 'niederlande']],
  ['BE', ['belgium', 'бельгия', '比利时', 'belgica', 'belgique', 'belgien']],
  ['PL', ['poland', 'polska', 'польша', '波兰', 'polonia', 'pologne', 'polen']],
  ['CZ', ['czech republic', 'czechia', 'чехия', '捷克']],
  ['SK', ['slovakia', 'словакия']],
  ['HU', ['hungary', 'венгрия']],
  ['RO', ['romania', 'румыния']],
  ['BG', ['bulgaria', 'болгария']],
  ['GR', ['greece', 'греция', '希腊', 'grecia', 'grece', 'griechenland', 'ελλάδα']],
  ['AT', ['austria', 'австрия', 'österreich']],
  ['CH', ['switzerland', 'швейцария', 'suisse', 'schweiz']],
  ['SE', ['sweden', 'швеция']],
  ['NO', ['norway', 'норвегия']],
  ['FI', ['finland', 'финляндия']],
  ['DK', ['denmark', 'дания']],
  ['IE', ['ireland', 'ирландия']],
  ['EE', ['estonia', 'эстония']],
  ['LV', ['latvia', 'латвия']],
  ['LT', ['lithuania', 'литва']],
  ['MD', ['moldova', 'republic of moldova', 'молдова']],
  ['GE', ['georgia', 'грузия']],
  ['AM', ['armenia', 'армения']],
  ['AZ', ['azerbaijan', 'азербайджан']],
  ['IL', ['israel', 'израиль', '以色列']],
  ['TR', ['turkey', 'türkiye', 'турция', '土耳其', 'turquia']],
  ['SA', ['saudi arabia', 'саудовская аравия']],
  ['AE', ['united arab emirates', 'uae', 'оаэ']],
  ['KR', ['south korea', 'korea', 'republic of korea', 'korea, republic of', 'южная корея', '韩国']],
  ['JP', ['japan', 'япония', '日本']],
  ['SG', ['singapore', 'сингапур', '新加坡']],
  ['MY', ['malaysia', 'малайзия']],
  ['TH', ['thailand', 'таиланд']],
  ['VN', ['vietnam', 'viet nam', 'вьетнам']],
  ['ID', ['indonesia', 'индонезия']],
  ['PH', ['philippines', 'филиппины']],
  ['IN', ['india', 'индия']],
  ['ZA', ['south africa', 'юар']],
];

/** Lower-case, no diacritics ("España" → "espana", "й" → "и"), single spaces. */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_NAME: ReadonlyMap<string, string> = new Map(
  NAMES.flatMap(([code, names]) => names.map((n) => [fold(n), code] as const)),
);

/** ISO alpha-2 for a country name or code; undefined when the name is not in the table. */
export function countryCodeOf(name: string | null | undefined): string | undefined {
  const raw = name?.trim();
  if (!raw) return undefined;
  if (/^[A-Z]{2}$/.test(raw)) return raw;
  return BY_NAME.get(fold(raw));
}

/** The country as ParcelLens keeps it: ISO alpha-2 when known, else the source's own name. */
export function countryOf(name: string | null | undefined): string | undefined {
  const raw = name?.trim();
  if (!raw) return undefined;
  return countryCodeOf(raw) ?? raw;
}
