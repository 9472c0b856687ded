// The one country table (src/domain/countries.ts): ISO codes, CLDR names in the site and UI
// languages, and the carriers' own spellings. Every name the carriers' former hand table knew still
// reads as its country.
import { describe, expect, it } from 'vitest';
import { countryOf, foldText, ISO_COUNTRY_CODES, isIsoCountry, toIsoCountry } from '../../../src/domain/countries';

/** The carriers' former table (src/carriers/countries.ts until the table was shared), verbatim. */
const CARRIER_NAMES: ReadonlyArray<readonly [code: string, names: readonly string[]]> = [
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

describe('toIsoCountry', () => {
  it.each(CARRIER_NAMES)('%s: every name the carriers used', (code, names) => {
    for (const name of names) expect(toIsoCountry(name), name).toBe(code);
  });

  it('reads codes in either case, and known abbreviations that are no assigned code', () => {
    expect(toIsoCountry('es')).toBe('ES');
    expect(toIsoCountry(' BR ')).toBe('BR');
    expect(toIsoCountry('UK')).toBe('GB');
    expect(toIsoCountry('XX')).toBeUndefined();
    expect(toIsoCountry('EU')).toBeUndefined();
  });

  it('reads CLDR names in the site languages, with or without accents and punctuation', () => {
    expect(toIsoCountry('España')).toBe('ES');
    expect(toIsoCountry('ESPANA')).toBe('ES');
    expect(toIsoCountry('Côte d’Ivoire')).toBe('CI');
    expect(toIsoCountry('Hong Kong SAR China')).toBe('HK');
    expect(toIsoCountry('Deutschland')).toBe('DE');
    expect(toIsoCountry('Ελλάδα')).toBe('GR');
    expect(toIsoCountry('Islas Canarias')).toBe('ES');
    expect(toIsoCountry('Narnia')).toBeUndefined();
    expect(toIsoCountry('')).toBeUndefined();
    expect(toIsoCountry(null)).toBeUndefined();
  });
});

describe('countryOf', () => {
  it('is the ISO code when known, else the trimmed words', () => {
    expect(countryOf('Mainland China')).toBe('CN');
    expect(countryOf(' Atlantis ')).toBe('Atlantis');
    expect(countryOf('XK')).toBe('XK');
    expect(countryOf('  ')).toBeUndefined();
  });
});

describe('ISO codes', () => {
  it('has the 249 assigned codes, each with a CLDR name', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const code of ISO_COUNTRY_CODES) {
      expect(isIsoCountry(code)).toBe(true);
      expect(names.of(code), code).toBeTruthy();
    }
  });

  it('folds names the way they are compared', () => {
    expect(foldText('  Korea, Republic of ')).toBe('korea republic of');
    expect(foldText('Российская Федерация')).toBe('россииская федерация');
  });
});
