import type { CarrierRef } from '../domain/model';

/**
 * Links to the carriers' own tracking pages: ParcelLens never calls their APIs, it only opens the
 * page the buyer would open. `{n}` is the number; a template without it means the site cannot be
 * deep-linked (captcha or a search form) and the buyer pastes the number there.
 */
interface LastMileCarrier {
  name: string;
  template: string;
}

/** By the S10 country code (the last two letters: the post that issued the number). */
const BY_S10_COUNTRY: Readonly<Record<string, LastMileCarrier>> = {
  RU: { name: 'Russian Post', template: 'https://www.pochta.ru/tracking?barcode={n}' },
  UA: { name: 'Ukrposhta', template: 'https://track.ukrposhta.ua/tracking_UA.html?barcode={n}' },
  BY: { name: 'Belpochta', template: 'https://belpost.by/Otsleditotpravleniye?number={n}' },
  KZ: { name: 'Kazpost', template: 'https://track.kazpost.kz/' },
  US: { name: 'USPS', template: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={n}' },
  GB: { name: 'Royal Mail', template: 'https://www.royalmail.com/track-your-item#/tracking-results/{n}' },
  CA: { name: 'Canada Post', template: 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={n}' },
  AU: { name: 'Australia Post', template: 'https://auspost.com.au/mypost/track/details/{n}' },
  BR: { name: 'Correios', template: 'https://rastreamento.correios.com.br/app/index.php' },
  ES: { name: 'Correos', template: 'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={n}' },
  CL: { name: 'Correos Chile', template: 'https://www.correos.cl/web/guest/seguimiento-en-linea?codigos={n}' },
  FR: { name: 'La Poste', template: 'https://www.laposte.fr/outils/suivre-vos-envois?code={n}' },
  DE: { name: 'Deutsche Post / DHL', template: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={n}' },
  NL: { name: 'PostNL', template: 'https://postnl.post/track?barcodes={n}' },
  PL: { name: 'Poczta Polska', template: 'https://emonitoring.poczta-polska.pl/?numer={n}' },
  IL: { name: 'Israel Post', template: 'https://mypost.israelpost.co.il/itemtrace?itemcode={n}' },
  SG: { name: 'Singapore Post', template: 'https://www.singpost.com/track-items?trackingid={n}' },
  CN: { name: 'China Post / EMS', template: 'https://www.ems.com.cn/qps/yjcx' },
};

const S10 = /^[A-Z]{2}\d{9}([A-Z]{2})$/;

/** Cainiao's consumer page, for "open in Cainiao" beside our own timeline. */
export function cainiaoPageUrl(number: string): string {
  return `https://global.cainiao.com/newDetail.htm?mailNoList=${encodeURIComponent(number)}`;
}

/** The issuing post's page for an S10 number, with the number in it where the site allows. */
export function lastMileForNumber(number: string): CarrierRef | undefined {
  const country = S10.exec(number.trim().toUpperCase())?.[1];
  const carrier = country ? BY_S10_COUNTRY[country] : undefined;
  if (!carrier) return undefined;
  return { name: carrier.name, url: carrier.template.replace('{n}', encodeURIComponent(number.trim().toUpperCase())) };
}

/**
 * A URL from a payload (Cainiao `destCpInfo.url`, querydetail `cpWebSiteUrl`), or undefined when
 * it is not plain http(s): a `javascript:` or `data:` link must never reach an `href`. Payloads
 * also write "//host/path" and bare "www.host/path"; those become https.
 */
export function safeHttpUrl(raw: string | null | undefined): string | undefined {
  let text = raw?.trim();
  if (!text) return undefined;
  if (text.startsWith('//')) text = `https:${text}`;
  else if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(?:[/?#:]|$)/i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // Credentials in a link are a phishing trick, never a carrier page.
  if (url.username || url.password) return undefined;
  return url.href;
}

/** The carrier a payload names, with its link only when the link is safe. */
export function lastMileFromPayload(name: string | null | undefined, url: string | null | undefined): CarrierRef | undefined {
  const cleanName = name?.trim();
  const cleanUrl = safeHttpUrl(url);
  if (!cleanName) return cleanUrl ? { name: new URL(cleanUrl).hostname, url: cleanUrl } : undefined;
  return cleanUrl ? { name: cleanName, url: cleanUrl } : { name: cleanName };
}

/**
 * The best link for the buyer: a payload link that already holds the number, else our own deep
 * link from the S10 country, else whatever the payload gave, else a page to paste the number into.
 */
export function pickLastMile(number: string, fromPayload?: CarrierRef): CarrierRef | undefined {
  const holdsNumber = (ref: CarrierRef | undefined): boolean => !!ref?.url && ref.url.toUpperCase().includes(number.trim().toUpperCase());
  if (holdsNumber(fromPayload)) return fromPayload;
  const own = lastMileForNumber(number);
  if (holdsNumber(own)) return own;
  if (fromPayload?.url) return fromPayload;
  return own ?? fromPayload;
}
