import type { Clock } from '../domain/clock';
import type { ParcelDb } from '../storage/schema';
import { check } from '../storage/validation';
import { HostPauseSchema, pauseAfterBlock, pausedUntil, type BlockSign, type HostPause } from './pause';

/** Pauses live in the meta store (`pause:<host>`), so they survive the worker and go into exports. */
export const pauseKey = (host: string) => `pause:${host}`;

async function read(db: ParcelDb, host: string): Promise<HostPause | undefined> {
  const record = await db.get('meta', pauseKey(host));
  if (!record) return undefined;
  const parsed = check(HostPauseSchema, record.value);
  return parsed.ok ? parsed.value : undefined;
}

export function getHostPause(db: ParcelDb, host: string): Promise<HostPause | undefined> {
  return read(db, host);
}

/** When requests to `host` may resume, or null if they may go now. */
export async function hostPausedUntil(db: ParcelDb, host: string, clock: Clock): Promise<number | null> {
  return pausedUntil(await read(db, host), clock());
}

/** Records a block sign; read-modify-write in one transaction so parallel failures count once. */
export async function recordHostBlocked(db: ParcelDb, host: string, sign: BlockSign, clock: Clock): Promise<HostPause> {
  const tx = db.transaction('meta', 'readwrite');
  const record = await tx.store.get(pauseKey(host));
  const previous = record ? check(HostPauseSchema, record.value) : undefined;
  const pause = pauseAfterBlock(previous?.ok ? previous.value : undefined, host, sign, clock());
  await tx.store.put({ key: pauseKey(host), value: pause });
  await tx.done;
  return pause;
}

/**
 * A successful answer ends the escalation: the next block starts again at one hour. A success that
 * lands during a pause came from a request sent before the block; it does not lift the pause.
 */
export async function recordHostSuccess(db: ParcelDb, host: string, clock: Clock): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const record = await tx.store.get(pauseKey(host));
  if (record) {
    const pause = check(HostPauseSchema, record.value);
    if (!pause.ok || pausedUntil(pause.value, clock()) === null) await tx.store.delete(pauseKey(host));
  }
  await tx.done;
}
