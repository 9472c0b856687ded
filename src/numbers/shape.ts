/**
 * A pattern written as segments (literal, digits, letters…) instead of a bare regex, so that one
 * description gives both the strict regex and the positions where a look-alike may be fixed:
 * `O`/`0`, `I`/`1`, `S`/`5` are only swapped where the pattern says "digit here" or "letter here".
 */

export type Segment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'digits' | 'letters' | 'alnum'; readonly min: number; readonly max: number };

// Literals are letters and digits only, so they go into regexes unescaped.
export const lit = (text: string): Segment => ({ kind: 'literal', text });
export const digits = (min: number, max = min): Segment => ({ kind: 'digits', min, max });
export const letters = (min: number, max = min): Segment => ({ kind: 'letters', min, max });
export const alnum = (min: number, max = min): Segment => ({ kind: 'alnum', min, max });

/** Letter → digit it is mistaken for, and back. Only these three pairs are common in pastes. */
const DIGIT_FOR: Readonly<Record<string, string>> = { O: '0', I: '1', S: '5' };
const LETTER_FOR: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '5': 'S' };

/** At most this many look-alikes are fixed in one number: more is a different string, not a typo. */
const MAX_FIXES = 2;

const quantifier = (min: number, max: number): string =>
  min === max ? `{${min}}` : `{${min},${Number.isFinite(max) ? max : ''}}`;

/** A literal character, or a class accepting it and its look-alike. */
const fuzzyChar = (c: string): string => {
  const twin = DIGIT_FOR[c] ?? LETTER_FOR[c];
  return twin ? `[${c}${twin}]` : c;
};
const fuzzyText = (text: string): string => [...text].map(fuzzyChar).join('');

function strictSource(seg: Segment): string {
  switch (seg.kind) {
    case 'literal':
      return seg.text;
    case 'digits':
      return `\\d${quantifier(seg.min, seg.max)}`;
    case 'letters':
      return `[A-Z]${quantifier(seg.min, seg.max)}`;
    case 'alnum':
      return `[A-Z0-9]${quantifier(seg.min, seg.max)}`;
  }
}

function fuzzySource(seg: Segment): string {
  switch (seg.kind) {
    case 'literal':
      return `(${fuzzyText(seg.text)})`;
    case 'digits':
      return `([0-9OIS]${quantifier(seg.min, seg.max)})`;
    case 'letters':
      return `([A-Z015]${quantifier(seg.min, seg.max)})`;
    case 'alnum':
      return `([A-Z0-9]${quantifier(seg.min, seg.max)})`;
  }
}

export const shapeRegex = (shape: readonly Segment[]): RegExp =>
  new RegExp(`^${shape.map(strictSource).join('')}$`);

export const fuzzyShapeRegex = (shape: readonly Segment[]): RegExp =>
  new RegExp(`^${shape.map(fuzzySource).join('')}$`);

/** What a captured segment should read, character by character. */
function intended(seg: Segment, got: string): string {
  switch (seg.kind) {
    case 'literal':
      return seg.text;
    case 'digits':
      return [...got].map((c) => DIGIT_FOR[c] ?? c).join('');
    case 'letters':
      return [...got].map((c) => LETTER_FOR[c] ?? c).join('');
    case 'alnum':
      return got;
  }
}

const hasLetters = (seg: Segment): boolean =>
  seg.kind === 'letters' || (seg.kind === 'literal' && /[A-Z]/.test(seg.text));

export interface Fixed {
  fixed: string;
  corrections: string[];
}

/**
 * Reads `text` (already normalised) as the shape with look-alikes swapped where the shape fixes the
 * character class. Null when the shape does not fit, nothing needed fixing, more than two fixes were
 * needed, a letter segment had no real letter at all (a run of digits is never "read" as letters),
 * or the shape is digits only.
 */
export function fixLookAlikes(shape: readonly Segment[], fuzzy: RegExp, text: string): Fixed | null {
  // An all-digit pattern has no letter to anchor on: in `S12345678901` the S is a prefix, not a 5.
  if (!shape.some(hasLetters)) return null;
  const match = fuzzy.exec(text);
  if (!match) return null;
  let fixed = '';
  const corrections: string[] = [];
  for (const [i, seg] of shape.entries()) {
    const got = match[i + 1] ?? '';
    if (seg.kind === 'letters' && !/[A-Z]/.test(got)) return null;
    const want = intended(seg, got);
    for (let k = 0; k < got.length; k++) {
      if (got[k] !== want[k]) corrections.push(`confusable:${got[k]}→${want[k]}@${fixed.length + k}`);
    }
    fixed += want;
  }
  return corrections.length > 0 && corrections.length <= MAX_FIXES ? { fixed, corrections } : null;
}
