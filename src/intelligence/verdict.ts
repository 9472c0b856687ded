import { DAY_MS } from '../domain/clock';
import type { FlagVerdict } from '../domain/model';
import type { Flag } from '../domain/vocabulary';
import type { Confidence, Evidence } from './types';

/** Evidence as rules collect it: unknown facts are left undefined and dropped, never sent as "". */
export type LooseEvidence = Record<string, string | number | boolean | null | undefined>;

export function compactEvidence(loose: LooseEvidence): Evidence {
  const out: Evidence = {};
  for (const [key, value] of Object.entries(loose)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    out[key] = value;
  }
  return out;
}

export function verdict(
  flag: Flag,
  reason: string,
  evidence: LooseEvidence,
  confidence: Confidence,
  now: number,
): FlagVerdict {
  return { flag, reason, evidence: compactEvidence(evidence), confidence, judgedAt: now };
}

/** Whole days, rounded down: "5 days left" while 5.9 remain; evidence never shows fractions of days. */
export const wholeDays = (ms: number): number => Math.floor(ms / DAY_MS);

/** Days with one decimal, for short spans where whole days would read as 0 ("delivered in 1.5 days"). */
export const tenthDays = (ms: number): number => Math.round((ms / DAY_MS) * 10) / 10;
