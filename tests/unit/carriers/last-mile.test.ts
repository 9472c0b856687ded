import { describe, expect, it } from 'vitest';
import { countryCodeOf, countryOf } from '../../../src/carriers/countries';
import { cainiaoPageUrl, lastMileForNumber, lastMileFromPayload, pickLastMile, safeHttpUrl } from '../../../src/carriers/last-mile';

describe('lastMileForNumber', () => {
  it.each([
    ['RR314159268RU', 'Russian Post', 'https://www.pochta.ru/tracking?barcode=RR314159268RU'],
    ['RB123456785GB', 'Royal Mail', 'https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB'],
    ['RB123456785US', 'USPS', 'https://tools.usps.com/go/TrackConfirmAction?tLabels=RB123456785US'],
    ['CY987654326IL', 'Israel Post', 'https://mypost.israelpost.co.il/itemtrace?itemcode=CY987654326IL'],
    ['RL400700128ES', 'Correos', 'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=RL400700128ES'],
    ['RE224466883CL', 'Correos Chile', 'https://www.correos.cl/web/guest/seguimiento-en-linea?codigos=RE224466883CL'],
    ['LB353792724SG', 'Singapore Post', 'https://www.singpost.com/track-items?trackingid=LB353792724SG'],
    ['RS120045675NL', 'PostNL', 'https://postnl.post/track?barcodes=RS120045675NL'],
    // No deep link on these sites: the page to paste the number into.
    ['NX123456785BR', 'Correios', 'https://rastreamento.correios.com.br/app/index.php'],
    ['LZ234567816CN', 'China Post / EMS', 'https://www.ems.com.cn/qps/yjcx'],
  ])('%s → %s', (number, name, url) => {
    expect(lastMileForNumber(number)).toEqual({ name, url });
  });

  it('knows every country of the brief, all over https', () => {
    for (const cc of ['RU', 'UA', 'BY', 'KZ', 'US', 'GB', 'CA', 'AU', 'BR', 'ES', 'CL', 'FR', 'DE', 'NL', 'PL', 'IL', 'SG', 'CN']) {
      const ref = lastMileForNumber(`RR123456785${cc}`);
      expect(ref?.url, cc).toMatch(/^https:\/\//);
    }
  });

  it('says nothing for unknown countries or non-S10 numbers', () => {
    expect(lastMileForNumber('RC000000005EE')).toBeUndefined();
    expect(lastMileForNumber('LP00123456789012')).toBeUndefined();
    expect(lastMileForNumber('')).toBeUndefined();
  });
});

describe('safeHttpUrl', () => {
  it.each<[string | null | undefined, string | undefined]>([
    ['https://www.royalmail.com', 'https://www.royalmail.com/'],
    ['http://www.correos.cl/x?a=1', 'http://www.correos.cl/x?a=1'],
    ['//global.cainiao.com/newDetail.htm', 'https://global.cainiao.com/newDetail.htm'],
    ['www.pochta.ru/tracking', 'https://www.pochta.ru/tracking'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['ftp://example.com/file', undefined],
    ['https://user:pw@evil.example/', undefined],
    ['not a url', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (raw, url) => {
    expect(safeHttpUrl(raw)).toBe(url);
  });
});

describe('lastMileFromPayload and pickLastMile', () => {
  it('keeps the name and drops an unsafe link', () => {
    expect(lastMileFromPayload('Почта России', 'javascript:alert(1)')).toEqual({ name: 'Почта России' });
    expect(lastMileFromPayload(' ', 'https://israelpost.co.il')).toEqual({ name: 'israelpost.co.il', url: 'https://israelpost.co.il/' });
    expect(lastMileFromPayload('', '')).toBeUndefined();
  });

  it('prefers a link that holds the number, then our deep link, then the payload homepage', () => {
    const withNumber = { name: 'Israel Post', url: 'https://mypost.israelpost.co.il/itemtrace?itemcode=LP00345678901234' };
    expect(pickLastMile('LP00345678901234', withNumber)).toBe(withNumber);
    const homepage = { name: 'Royal Mail', url: 'https://www.royalmail.com/' };
    expect(pickLastMile('RB123456785GB', homepage)?.url).toBe('https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB');
    expect(pickLastMile('LP00345678901234', homepage)).toBe(homepage);
    expect(pickLastMile('NX123456785BR', { name: 'Correios' })).toEqual({ name: 'Correios', url: 'https://rastreamento.correios.com.br/app/index.php' });
    expect(pickLastMile('LP00345678901234', { name: 'Israel Post' })).toEqual({ name: 'Israel Post' });
    expect(pickLastMile('LP00345678901234')).toBeUndefined();
  });

  it('links to the Cainiao consumer page', () => {
    expect(cainiaoPageUrl('LP00345678901234')).toBe('https://global.cainiao.com/newDetail.htm?mailNoList=LP00345678901234');
  });
});

describe('countries', () => {
  it.each<[string | undefined, string | undefined]>([
    ['Mainland China', 'CN'],
    ['Israel', 'IL'],
    ['United Kingdom', 'GB'],
    ['Россия', 'RU'],
    ['Китай', 'CN'],
    ['España', 'ES'],
    ['  brazil ', 'BR'],
    ['BR', 'BR'],
    ['Atlantis', undefined],
    [undefined, undefined],
  ])('%s → %s', (name, code) => {
    expect(countryCodeOf(name)).toBe(code);
  });

  it('keeps the name when it has no code', () => {
    expect(countryOf('Atlantis')).toBe('Atlantis');
    expect(countryOf('Israel')).toBe('IL');
    expect(countryOf('')).toBeUndefined();
  });
});
