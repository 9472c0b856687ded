import { DAY_MS } from '../domain/clock';
import type { Deadline, FlagVerdict } from '../domain/model';
import { toIsoCountry } from './countries';
import { earliestPlacedAt } from './fake-context';
import type { ParcelFacts } from './types';
import { verdict, wholeDays } from './verdict';

/** AliExpress's delivery guarantee by destination (doc): 60 days, 90 for Russia, 120 for Brazil. */
export const GUARANTEE_DAYS_DEFAULT = 60;
export const GUARANTEE_DAYS_BY_COUNTRY: Readonly<Record<string, number>> = { RU: 90, BR: 120 };

/** `protection_ending` from this many days before the deadline (doc). */
export const PROTECTION_WARNING_DAYS = 7;
/** A dispute stays possible this long after the deadline (doc). */
export const DISPUTE_CLOSES_AFTER_DEADLINE_DAYS = 15;

export interface DeadlineInfo {
  at: number;
  basis: Deadline['basis'];
  /** The site's own words, when read rather than estimated. */
  text?: string;
  /** The guarantee an estimate used. */
  guaranteeDays?: number;
  /** Whole days left, rounded down; negative once passed. */
  daysLeft: number;
}

/**
 * The buyer-protection deadline: AliExpress's own when the logistics data gave it; otherwise the
 * order date plus the destination's guarantee, labelled an estimate. The order date (not the
 * shipping date) errs early, and an early warning costs less than a lost refund.
 */
export function protectionDeadline(facts: ParcelFacts, now: number): DeadlineInfo | null {
  const known = facts.parcel.deadline;
  if (known) {
    const info: DeadlineInfo = { at: known.at, basis: known.basis, daysLeft: wholeDays(known.at - now) };
    if (known.text !== undefined) info.text = known.text;
    return info;
  }
  const placedAt = earliestPlacedAt(facts.orders);
  if (placedAt === undefined) return null;
  const places = [...facts.orders.map((o) => o.destination?.country), facts.parcel.destination?.country];
  const country = places.map(toIsoCountry).find((c) => c !== undefined) ?? toIsoCountry(facts.parcel.destCountry);
  const guaranteeDays = (country && GUARANTEE_DAYS_BY_COUNTRY[country]) || GUARANTEE_DAYS_DEFAULT;
  const at = placedAt + guaranteeDays * DAY_MS;
  return { at, basis: 'estimated', guaranteeDays, daysLeft: wholeDays(at - now) };
}

/**
 * `protection_ending` within the last 7 days before the deadline, and after it for as long as a
 * dispute is still possible (15 days): that is when acting matters most.
 */
export function protectionVerdict(deadline: DeadlineInfo | null, delivered: boolean, now: number): FlagVerdict | null {
  if (!deadline || delivered) return null;
  const remaining = deadline.at - now;
  if (remaining > PROTECTION_WARNING_DAYS * DAY_MS) return null;
  const disputeUntil = deadline.at + DISPUTE_CLOSES_AFTER_DEADLINE_DAYS * DAY_MS;
  if (now > disputeUntil) return null;
  return verdict(
    'protection_ending',
    remaining >= 0 ? 'deadline_soon' : 'deadline_passed',
    {
      daysLeft: deadline.daysLeft,
      deadline: deadline.at,
      basis: deadline.basis,
      guaranteeDays: deadline.guaranteeDays,
      disputeUntil,
    },
    deadline.basis === 'aliexpress' ? 'high' : 'medium',
    now,
  );
}

export const REMINDER_DAYS = [7, 3, 1] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];

/**
 * Reminders at 7, 3 and 1 days left, each once. Only the most urgent one due is returned, and none
 * less urgent than one already sent: a user back after a week away at 2 days left gets the 3-day
 * reminder, not three at once, and never the 7-day one afterwards.
 */
export function dueReminders(deadline: Deadline | DeadlineInfo | number, now: number, alreadySent: readonly number[]): ReminderDay[] {
  const at = typeof deadline === 'number' ? deadline : deadline.at;
  const remaining = at - now;
  if (remaining <= 0) return [];
  const mostUrgentSent = Math.min(Infinity, ...alreadySent);
  const due = REMINDER_DAYS.filter((d) => remaining <= d * DAY_MS && d < mostUrgentSent);
  const mostUrgent = due[due.length - 1];
  return mostUrgent === undefined ? [] : [mostUrgent];
}
