import { record } from './schema';

/**
 * Reads an MTOP answer from its raw text. The body may be JSON, JSONP (`mtopjsonp3({...})`), an
 * anti-bot HTML page, or anything else a proxy or a half-closed connection produces; each becomes a
 * typed outcome so the lookup client can react (re-sign, stop, back off) instead of throwing.
 */

export type Envelope =
  | { kind: 'ok'; data: Record<string, unknown> }
  | { kind: 'token'; code: string }
  | { kind: 'logged_out'; code: string }
  | { kind: 'traffic_limit'; code: string }
  | { kind: 'verification'; code: string }
  | { kind: 'unreadable'; detail: string };

type EnvelopeKind = Exclude<Envelope['kind'], 'ok' | 'unreadable'>;

/** `ret[0]` codes (the part before "::"). EXOIRED is AliExpress's own spelling and must stay. */
const RET_CODES: Record<string, EnvelopeKind> = {
  FAIL_SYS_TOKEN_EMPTY: 'token',
  FAIL_SYS_TOKEN_EXOIRED: 'token',
  FAIL_SYS_TOKEN_EXPIRED: 'token',
  FAIL_SYS_ILLEGAL_ACCESS: 'token',
  FAIL_SYS_SESSION_EXPIRED: 'logged_out',
  NEED_LOGIN: 'logged_out',
  FAIL_SYS_SID_INVALID: 'logged_out',
  FAIL_SYS_TRAFFIC_LIMIT: 'traffic_limit',
  FAIL_SYS_USER_VALIDATE: 'verification',
};

/** Markers of the Baxia/NoCaptcha slider and the "punish" interstitial the anti-bot layer serves. */
const CAPTCHA_MARKERS = [/id=["']?baxia-dialog-content/i, /class=["'][^"']*\bbaxia-dialog\b/i, /id=["']?nc_1_wrapper/i, /\bpunish\b/i];

/** Strips a JSONP call (`cb({...});`, any whitespace, optional `/**\/` guard); JSON passes through. */
export function unwrapJsonp(text: string): string {
  const match = /^(?:\/\*\*\/)?\s*[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?\s*$/.exec(text.trim());
  return match?.[1]?.trim() ?? text.trim();
}

/** JSON and JSONP never start with '<'; rich-text fields inside JSON do contain tags, so look only there. */
function looksLikeHtml(text: string): boolean {
  return text.startsWith('<');
}

export function readEnvelope(body: string): Envelope {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (text === '') return { kind: 'unreadable', detail: 'empty body' };
  if (looksLikeHtml(text)) {
    if (CAPTCHA_MARKERS.some((marker) => marker.test(text))) return { kind: 'verification', code: 'captcha_html' };
    return { kind: 'unreadable', detail: 'html instead of json' };
  }
  let json: unknown;
  try {
    json = JSON.parse(unwrapJsonp(text));
  } catch {
    return { kind: 'unreadable', detail: 'invalid json' };
  }
  // `{ ret: [...], data?: ... }`
  const envelope = record(json);
  if (!envelope || !Array.isArray(envelope.ret)) return { kind: 'unreadable', detail: 'no ret array' };
  const first: unknown = envelope.ret[0];
  const code = typeof first === 'string' ? (first.split('::')[0] ?? '').trim() : '';
  if (code === 'SUCCESS') {
    const data = record(envelope.data);
    return data ? { kind: 'ok', data } : { kind: 'unreadable', detail: 'success without data' };
  }
  const kind = RET_CODES[code];
  if (kind) return { kind, code };
  return { kind: 'unreadable', detail: typeof first === 'string' ? first : 'empty ret' };
}
