import { DAY_MS } from '../domain/clock';
import type { DeadlineInfo } from './deadlines';
import { DISPUTE_CLOSES_AFTER_DEADLINE_DAYS, PROTECTION_WARNING_DAYS } from './deadlines';

export const GUIDANCE = ['ask_seller_extend', 'dispute_possible', 'dispute_now'] as const;
export type Guidance = (typeof GUIDANCE)[number];

/** A dispute can be opened from about this many days after shipping (doc). */
export const DISPUTE_OPENS_AFTER_SHIPPING_DAYS = 11;

export interface GuidanceInput {
  deadline: DeadlineInfo | null;
  now: number;
  /** First carrier scan; else the order date: the dispute clock needs some start. */
  shippedAt: number | null;
  /** Really delivered: a "delivered" scan judged fake does not count. */
  delivered: boolean;
  /** Something is wrong (stalled, late, suspected fake, invalid number, an exception). */
  problem: boolean;
  /** Wrong beyond waiting: a high-confidence fake, an invalid number, a return or loss. */
  urgentProblem: boolean;
}

/**
 * What the buyer can do now. The doc: only the seller extends protection, ask 5–7 days before
 * expiry (asking later is still worth it, so the whole last week); a dispute opens ~11 days after
 * shipping and closes 15 days after the deadline; "when tracking moves normally, only after the
 * deadline"; disputes take ~10 days, so with a problem and under a week left, open it now.
 */
export function guidanceFor(input: GuidanceInput): Guidance[] {
  const { deadline, now, shippedAt, delivered, problem, urgentProblem } = input;
  if (delivered) return [];
  const out: Guidance[] = [];
  const remaining = deadline === null ? null : deadline.at - now;
  if (remaining !== null && remaining > 0 && remaining <= PROTECTION_WARNING_DAYS * DAY_MS) out.push('ask_seller_extend');

  const opens = shippedAt === null ? null : shippedAt + DISPUTE_OPENS_AFTER_SHIPPING_DAYS * DAY_MS;
  const closes = deadline === null ? null : deadline.at + DISPUTE_CLOSES_AFTER_DEADLINE_DAYS * DAY_MS;
  const windowOpen = opens !== null && now >= opens && (closes === null || now <= closes);
  if (!windowOpen) return out;
  const passed = remaining !== null && remaining <= 0;
  const lastWeek = remaining !== null && remaining <= PROTECTION_WARNING_DAYS * DAY_MS;
  if (passed || urgentProblem || (problem && lastWeek)) out.push('dispute_now');
  else if (problem) out.push('dispute_possible');
  return out;
}
