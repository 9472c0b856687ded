/**
 * Cleaning what people paste, before any pattern is tried. Look-alike letters/digits are NOT fixed
 * here: that needs a pattern to say which positions are letters (see shape.ts).
 */

/**
 * Characters that render as nothing but break matching: soft hyphen, Mongolian vowel separator,
 * zero-width space/joiners, bidi marks and embeddings, word joiner, invisible operators, BOM.
 * Messengers and web pages insert them into long numbers to allow line breaks.
 */
export const INVISIBLE_CHARS = '\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF';
const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/** Hyphen-like characters people or word processors put between digit groups. */
export const DASH_CHARS = '\\-\u2010\u2011\u2012\u2212\uFE63\uFF0D';
// A lone number may also have been "auto-corrected" to en/em dashes; in free text those are prose.
const DASH_RE = new RegExp(`[${DASH_CHARS}\u2013\u2014]`, 'g');

const WHITESPACE_RE = /\s/g; // JS \s covers NBSP, thin spaces, the ideographic space
const EDGE_PUNCTUATION_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export interface Normalized {
  normalized: string;
  corrections: string[];
}

/** Upper-cases and strips separators, invisible characters and edge punctuation; records each step. */
export function normalizeInput(text: string): Normalized {
  const corrections: string[] = [];
  const step = (value: string, next: string, correction: string): string => {
    if (next !== value) corrections.push(correction);
    return next;
  };

  let s = step(text, text.replace(INVISIBLE_RE, ''), 'removed_invisible');
  // Spaces and dashes before NFKC, which would otherwise report NBSP → space or U+2011 → U+2010
  // as width folding.
  s = s.replace(WHITESPACE_RE, ' ').trim();
  s = step(s, s.replace(DASH_RE, ''), 'removed_dashes');
  s = step(s, s.normalize('NFKC'), 'folded_width');
  s = step(s, s.replace(EDGE_PUNCTUATION_RE, '').trim(), 'removed_punctuation');
  s = step(s, s.replace(WHITESPACE_RE, ''), 'removed_spaces');
  s = step(s, s.toUpperCase(), 'lowercase');
  return { normalized: s, corrections };
}
