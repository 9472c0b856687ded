import { analyzeNumber } from '../numbers/analyze';
import type { NumberAnalysis } from '../numbers/types';
import type { FlagVerdict } from '../domain/model';
import type { Parcel, TrackingEvent } from '../domain/model';
import { isCarrierEvent } from './journey';
import { verdict } from './verdict';

/** Every number of the parcel, analysed once; the first is the number the parcel was added under. */
export function readNumbers(parcel: Parcel): NumberAnalysis[] {
  return parcel.numbers.map((n) => analyzeNumber(n));
}

export const isCainiaoLp = (n: string): boolean => /^LP\d{14}$/.test(n);

/** Local last-mile numbers (Korean 12 digits, USPS 420…): the doc says never flag them for silence. */
export const isAllDigits = (n: string): boolean => /^\d+$/.test(n);

/**
 * `invalid_number` verdicts: an order id given as a tracking number, or a failed check digit /
 * country code / length of a pattern analyzeNumber trusts. A number the carrier has scans for is
 * real whatever its checksum says, so it is never called invalid.
 */
export function invalidNumberVerdicts(
  readings: readonly NumberAnalysis[],
  events: readonly TrackingEvent[],
  now: number,
): FlagVerdict[] {
  const scanned = new Set(events.filter(isCarrierEvent).map((e) => e.number));
  const out: FlagVerdict[] = [];
  for (const r of readings) {
    if (r.kind === 'order_id') {
      out.push(verdict('invalid_number', 'order_id', { number: r.normalized }, 'high', now));
      continue;
    }
    if (r.valid !== false || r.confidence === 'low') continue;
    if (scanned.has(r.normalized) || scanned.has(r.input)) continue;
    out.push(
      verdict(
        'invalid_number',
        r.reason ?? 'invalid_format',
        { number: r.normalized, pattern: r.pattern, country: r.country },
        'high',
        now,
      ),
    );
  }
  return out;
}
