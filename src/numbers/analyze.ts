/**
 * One number in, one verdict out. Order of the questions:
 * 1. 16 digits → an AliExpress order id. It wins even if some courier's checksum also fits: on
 *    AliExpress pages and pastes a 16-digit run is an order far more often than anything else.
 * 2. The AliExpress/S10 table (patterns.ts), then the big couriers (ts-tracking-number).
 * 3. Look-alike fixes (O/0, I/1, S/5) in positions a pattern fixes; a fix whose checksum passes wins.
 * 4. A HIGH prefix with a wrong digit count → invalid 'length'. Otherwise unknown (never "fake").
 */
import { matchCouriers } from './couriers';
import { normalizeInput } from './normalize';
import { ORDER_ID_RE, PATTERNS } from './patterns';
import type { NumberPattern } from './patterns';
import { isUntrackedS10 } from './s10';
import { fixLookAlikes } from './shape';
import type { NumberAnalysis, Verdict } from './types';

type Classification = Omit<NumberAnalysis, 'input' | 'normalized' | 'corrections'>;

const UNKNOWN: Classification = { kind: 'unknown', carriers: [], valid: null, untracked: false };

const ORDER_ID: Classification = {
  kind: 'order_id',
  carriers: [],
  valid: false,
  untracked: false,
  pattern: 'aliexpress-order-id',
  confidence: 'medium',
  reason: 'order_id',
};

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

function fromPattern(p: NumberPattern, n: string, verdict: Verdict): Classification {
  // Other couriers whose shape and checksum fit too (a Korean 12-digit number may also be FedEx).
  const also = matchCouriers(n).filter((m) => m.passes).map((m) => m.pattern.carrier);
  const result: Classification = {
    kind: 'tracking',
    carriers: unique([...(verdict.carriers ?? p.carriers), ...also]),
    valid: verdict.valid,
    untracked: p.untracked || isUntrackedS10(n),
    pattern: p.id,
    confidence: p.confidence,
  };
  if (verdict.country) result.country = verdict.country;
  if (verdict.reason) result.reason = verdict.reason;
  return result;
}

function fromCouriers(n: string): Classification | null {
  const matches = matchCouriers(n);
  // A checksum that passes says more than a shape without one (Amazon, DHL e-commerce).
  const passing = matches.filter((m) => m.passes).sort((a, b) => +b.pattern.hasChecksum - +a.pattern.hasChecksum);
  const best = passing[0] ?? matches.find((m) => m.pattern.strict);
  if (!best) return null;
  const result: Classification = {
    kind: 'tracking',
    carriers: unique((best.passes ? passing : [best]).map((m) => m.pattern.carrier)),
    valid: best.passes ? (best.pattern.hasChecksum ? true : null) : false,
    untracked: false,
    pattern: best.pattern.id,
    confidence: best.confidence,
  };
  if (!best.passes) result.reason = 'check_digit';
  return result;
}

function classify(n: string): Classification | null {
  if (ORDER_ID_RE.test(n)) return ORDER_ID;
  const p = PATTERNS.find((q) => q.regex.test(n));
  if (p) return fromPattern(p, n, p.validate?.(n) ?? { valid: null });
  return fromCouriers(n);
}

const RANK_BY_VALID = new Map<boolean | null, number>([[true, 0], [null, 1], [false, 2]]);

/** The best reading of `n` with look-alikes fixed, or null when no pattern fits that way. */
function classifyLookAlikes(n: string): { fixed: string; corrections: string[]; result: Classification } | null {
  const readings = PATTERNS.flatMap((p) => {
    const fix = fixLookAlikes(p.shape, p.fuzzy, n);
    const result = fix && classify(fix.fixed);
    return fix && result ? [{ ...fix, result }] : [];
  });
  // Stable sort: among equally valid readings the table's priority order stays.
  readings.sort((a, b) => (RANK_BY_VALID.get(a.result.valid) ?? 1) - (RANK_BY_VALID.get(b.result.valid) ?? 1));
  return readings[0] ?? null;
}

function nearMiss(n: string): Classification | null {
  for (const p of PATTERNS) {
    const verdict = p.nearMiss?.(n);
    if (verdict) return fromPattern(p, n, verdict);
  }
  return null;
}

/** Classifies one pasted or scraped string as a tracking number, an order id, or unknown. */
export function analyzeNumber(text: string): NumberAnalysis {
  const { normalized, corrections } = normalizeInput(text);
  const direct = normalized ? classify(normalized) : null;
  const fixed = direct ? null : classifyLookAlikes(normalized);
  const result = direct ?? fixed?.result ?? nearMiss(normalized) ?? UNKNOWN;
  return {
    input: text,
    normalized: fixed?.fixed ?? normalized,
    corrections: fixed ? [...corrections, ...fixed.corrections] : corrections,
    ...result,
    carriers: [...result.carriers], // results may be shared constants: callers get their own array
  };
}
