import md5 from 'blueimp-md5';
import { formatGmtOffset } from './timezone';

/**
 * Builds the `mtop.ae.ld.querydetail` GET exactly as AliExpress's own H5 SDK does, so the request is
 * indistinguishable from the tracking page's (../shared/docs/aliexpress-data.md, "Logistics JSON").
 */

export const QUERYDETAIL_URL = 'https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/';
export const QUERYDETAIL_API = 'mtop.ae.ld.querydetail';
export const QUERYDETAIL_VERSION = '1.0';
/** The AliExpress H5 app key and SDK version the site itself sends. */
export const MTOP_APP_KEY = '12574478';
export const MTOP_JSV = '2.5.1';

export interface QueryDetailRequestInput {
  orderId: string;
  /** A `document.cookie`-style string; the token is read from `_m_h5_tk`. */
  cookie: string;
  /** Epoch ms; becomes `t` and is signed. */
  now: number;
  /** Minutes east of UTC (GMT+02:00 → 120). */
  timeZoneOffsetMinutes: number;
  lang?: string;
  currency?: string;
}

export interface SignedQueryDetailRequest {
  url: string;
  /** The exact JSON string that was signed and sent: signing one string and sending another fails. */
  data: string;
  t: string;
  sign: string;
  /** Empty when the cookie has no token yet: the server then answers FAIL_SYS_TOKEN_EMPTY and sets one. */
  token: string;
  /** The zone the answer's times and texts are rendered in ("GMT+02:00"). */
  timeZone: string;
}

/** `_m_h5_tk` is "<token>_<expiry ms>"; only the part before the first `_` signs requests. */
export function readH5Token(cookie: string): string {
  for (const pair of cookie.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== '_m_h5_tk') continue;
    const value = pair.slice(eq + 1).trim();
    const underscore = value.indexOf('_');
    return underscore < 0 ? value : value.slice(0, underscore);
  }
  return '';
}

export function mtopSign(token: string, t: string, appKey: string, data: string): string {
  return md5(`${token}&${t}&${appKey}&${data}`);
}

export function buildQueryDetailRequest(input: QueryDetailRequestInput): SignedQueryDetailRequest {
  const timeZone = formatGmtOffset(input.timeZoneOffsetMinutes);
  // Key order matters: the signature covers this exact serialisation.
  const data = JSON.stringify({
    tradeOrderId: input.orderId,
    tradeOrderLineId: '',
    terminalType: 'PC',
    needPageDisplayInfo: true,
    timeZone,
    _lang: input.lang ?? 'en_US',
    _currency: input.currency ?? 'USD',
  });
  const token = readH5Token(input.cookie);
  const t = String(input.now);
  const sign = mtopSign(token, t, MTOP_APP_KEY, data);
  const params: [string, string][] = [
    ['jsv', MTOP_JSV],
    ['appKey', MTOP_APP_KEY],
    ['t', t],
    ['sign', sign],
    ['api', QUERYDETAIL_API],
    ['v', QUERYDETAIL_VERSION],
    ['type', 'originaljson'],
    ['dataType', 'json'],
    ['data', data],
  ];
  // encodeURIComponent (as the SDK does), not URLSearchParams, which would turn spaces into '+'.
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return { url: `${QUERYDETAIL_URL}?${query}`, data, t, sign, token, timeZone };
}
