/**
 * Every tracking number in free text: emails, chat messages, pasted lists, prose in any script.
 *
 * The text is cut into atoms (runs of Latin/full-width letters and digits), so Chinese, Cyrillic or
 * Greek letters touching a number are boundaries ("单号LP00123456789012请查收"). Atoms separated by at
 * most three spaces or hyphens form a chain; a number written in groups ("RB 123 456 785 GB") is a
 * run of atoms inside a chain. Within a chain, atoms that are a number on their own are taken alone and
 * are never glued to a neighbour; the remaining atoms are glued longest-first.
 */
import { analyzeNumber } from './analyze';
import { DASH_CHARS, INVISIBLE_CHARS } from './normalize';
import type { FoundNumbers, NumberAnalysis } from './types';

const ATOM_RE = new RegExp(`[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A${INVISIBLE_CHARS}]+`, 'g');
const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** What may stand between the groups of one number. Newlines and tabs never do: they separate lists. */
const JOINER_RE = new RegExp(`^[ \u00A0\u2000-\u200A\u202F\u205F\u3000${DASH_CHARS}]{1,3}$`);

/** The longest grouping seen: a 34-digit USPS number in groups of four is nine atoms. */
const MAX_GROUPS = 10;
/** Every pattern has at least nine digits; two look-alike fixes still leave seven. Five keeps words out. */
const MIN_DIGITS = 5;
/** Phone numbers have at most 11 digits without the country code, so bare digit runs start at 12. */
const MIN_BARE_DIGITS = 12;
/** A 12-digit yyyymmddhhmm timestamp is a date, not a Korean last-mile number. */
const TIMESTAMP_12_RE = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])[0-5]\d$/;
/** An invalid number is still worth a warning, but only when it is S10-shaped. */
const REPORTED_INVALID = new Set(['s10_check_digit', 's10_country']);

interface Atom {
  start: number;
  end: number;
  /** Folded, upper-case, invisible characters removed: for cheap checks before analysis. */
  clean: string;
  lower: boolean;
}

function chainsOf(text: string): Atom[][] {
  const chains: Atom[][] = [];
  let chain: Atom[] = [];
  for (const m of text.matchAll(ATOM_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const folded = m[0].normalize('NFKC').replace(INVISIBLE_RE, '');
    const previous = chain.at(-1);
    if (!folded || !previous || !JOINER_RE.test(text.slice(previous.end, start))) {
      if (chain.length > 0) chains.push(chain);
      chain = [];
    }
    if (folded) chain.push({ start, end, clean: folded.toUpperCase(), lower: /[a-z]/.test(folded) });
  }
  if (chain.length > 0) chains.push(chain);
  return chains;
}

/**
 * Digits with nothing else: phone numbers, prices and dates look like this too. Require 12+ digits,
 * no `+` in front, and, when grouped, regular groups (4-4-4-2, 3-3-3): "12 345 678 901" is a price.
 */
function plausibleDigitRun(atoms: readonly Atom[], clean: string, afterPlus: boolean): boolean {
  if (afterPlus || clean.length < MIN_BARE_DIGITS || TIMESTAMP_12_RE.test(clean)) return false;
  const sizes = atoms.map((a) => a.clean.length);
  const [first = 0, ...rest] = sizes;
  const last = rest.pop() ?? 0;
  return sizes.length === 1 || (first >= 3 && rest.every((s) => s === first) && last <= first);
}

/** The analysis of these atoms read as one number, when free text should report it. */
function readAsNumber(text: string, atoms: readonly Atom[], afterPlus: boolean): NumberAnalysis | null {
  const first = atoms[0];
  const last = atoms.at(-1);
  if (!first || !last) return null;
  const clean = atoms.map((a) => a.clean).join('');
  const digitCount = clean.replace(/\D/g, '').length;
  if (clean.length < 8 || clean.length > 40 || digitCount < MIN_DIGITS) return null;
  const bare = digitCount === clean.length;
  if (bare && !plausibleDigitRun(atoms, clean, afterPlus)) return null;

  const found = analyzeNumber(text.slice(first.start, last.end));
  if (found.kind === 'order_id') return found;
  if (found.kind !== 'tracking') return null;
  if (found.valid === false) {
    const fixedLookAlike = found.corrections.some((c) => c.startsWith('confusable:'));
    if (fixedLookAlike || !REPORTED_INVALID.has(found.reason ?? '')) return null;
  }
  // Glued letters + digits may be prose ("is 123456789 in"): a passing checksum proves a number;
  // without one, ask for a pattern we trust, and for capitals when the verdict is "invalid".
  if (atoms.length > 1 && !bare && found.valid !== true) {
    if (found.confidence === 'low') return null;
    if (found.valid === false && atoms.some((a) => a.lower)) return null;
  }
  return found;
}

function scanChain(text: string, chain: readonly Atom[], emit: (found: NumberAnalysis) => void): void {
  const head = chain[0];
  const afterPlus = head !== undefined && text[head.start - 1] === '+';
  const alone = chain.map((atom) => readAsNumber(text, [atom], afterPlus));
  let i = 0;
  while (i < chain.length) {
    const single = alone[i];
    if (single) {
      emit(single);
      i += 1;
      continue;
    }
    // Glue up to the next atom that is a number by itself, never across it.
    let stop = i + 1;
    while (stop < chain.length && stop < i + MAX_GROUPS && !alone[stop]) stop += 1;
    let next = i + 1;
    for (let end = stop; end > i + 1; end--) {
      const glued = readAsNumber(text, chain.slice(i, end), afterPlus);
      if (glued) {
        emit(glued);
        next = end;
        break;
      }
    }
    i = next;
  }
}

/** Tracking numbers and order ids in `text`, normalised, de-duplicated, in order of first appearance. */
export function findNumbersDetailed(text: string): FoundNumbers {
  const numbers = new Map<string, NumberAnalysis>();
  const orderIds = new Set<string>();
  const emit = (found: NumberAnalysis): void => {
    if (found.kind === 'order_id') orderIds.add(found.normalized);
    else if (!numbers.has(found.normalized)) numbers.set(found.normalized, found);
  };
  for (const chain of chainsOf(text)) scanChain(text, chain, emit);
  return { numbers: [...numbers.values()], orderIds: [...orderIds] };
}

/** Tracking numbers in `text` (order ids excluded: see `findNumbersDetailed`). */
export function findNumbers(text: string): NumberAnalysis[] {
  return findNumbersDetailed(text).numbers;
}
