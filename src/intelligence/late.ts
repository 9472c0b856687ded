import { DAY_MS } from '../domain/clock';
import type { FlagVerdict } from '../domain/model';
import { isAliExpressPromise } from './eta';
import type { ParcelFacts } from './types';
import { verdict, wholeDays } from './verdict';

/**
 * `late`: past AliExpress's promised delivery date and not delivered. The promise names a day, and
 * a parcel delivered on that day is on time, so lateness starts a day after `to`.
 */
export function lateVerdict(facts: ParcelFacts, delivered: boolean, now: number): FlagVerdict | null {
  if (delivered) return null;
  const promises = facts.parcel.eta.filter((e) => isAliExpressPromise(e) && e.to !== undefined);
  const latest = promises.reduce<(typeof promises)[number] | undefined>(
    (best, e) => (best === undefined || (e.to ?? 0) > (best.to ?? 0) ? e : best),
    undefined,
  );
  const promisedBy = latest?.to;
  if (promisedBy === undefined || now <= promisedBy + DAY_MS) return null;
  return verdict(
    'late',
    'past_promised_date',
    { promisedBy, daysLate: wholeDays(now - promisedBy), text: latest?.text },
    'high',
    now,
  );
}
