import { z } from 'zod/mini';
import { HOUR_MS } from '../domain/clock';
import { EpochMsSchema } from '../domain/model';

/**
 * A global pause per host after any sign of being throttled (429, a block page, a captcha). One
 * parcel's failure backs off that parcel; a block sign stops every request to the host, because the
 * host judges our traffic as a whole. The pause doubles with each consecutive block (1 h, 2 h, 4 h…
 * up to 48 h) and a success resets it. Pure; pause-store.ts persists it.
 */
export const PAUSE_REASONS = ['rate_limited', 'blocked', 'captcha'] as const;

export const HostPauseSchema = z.object({
  host: z.string().check(z.minLength(1)),
  /** No request to the host before this time. */
  until: EpochMsSchema,
  /** Blocks since the last success; the next pause is twice as long. */
  consecutive: z.number().check(z.int(), z.positive()),
  reason: z.enum(PAUSE_REASONS),
  since: EpochMsSchema,
});
export type HostPause = z.infer<typeof HostPauseSchema>;
export type PauseReason = HostPause['reason'];

export const FIRST_PAUSE_MS = HOUR_MS;
export const MAX_PAUSE_MS = 48 * HOUR_MS;

export function pauseDuration(consecutive: number): number {
  return Math.min(FIRST_PAUSE_MS * 2 ** Math.max(0, Math.min(consecutive - 1, 30)), MAX_PAUSE_MS);
}

export interface BlockSign {
  reason: PauseReason;
  /** The host's own Retry-After, when it sent one: never resume before it. */
  retryAfterMs?: number;
}

/**
 * The pause after a block sign. Several requests already in flight when the block began all come
 * back blocked; those answers arrive during the pause they caused and do not escalate it again.
 */
export function pauseAfterBlock(previous: HostPause | undefined, host: string, sign: BlockSign, now: number): HostPause {
  const retryUntil = now + Math.max(0, sign.retryAfterMs ?? 0);
  if (previous && now < previous.until) return { ...previous, until: Math.max(previous.until, retryUntil) };
  const consecutive = (previous?.consecutive ?? 0) + 1;
  return { host, until: Math.max(now + pauseDuration(consecutive), retryUntil), consecutive, reason: sign.reason, since: now };
}

/** null when the host may be asked now. */
export function pausedUntil(pause: HostPause | undefined, now: number): number | null {
  return pause && now < pause.until ? pause.until : null;
}
