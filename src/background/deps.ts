import type { Clock } from '../domain/clock';
import type { CarrierRequest, RawResponse } from '../carriers/types';
import type { ParcelDb } from '../storage/repository';

/**
 * Everything the background logic touches outside itself, injected: tests pass fake-indexeddb,
 * a fixed clock and a scripted fetch; the service worker passes the real ones.
 */
export interface BackgroundDeps {
  db: ParcelDb;
  clock: Clock;
  random: () => number;
  /** Sends one carrier request; never throws for HTTP errors (they are in `status`). */
  send: (request: CarrierRequest) => Promise<RawResponse>;
  /** The browser's UI language ("ru", "pt-BR"): carriers are asked in it. */
  uiLanguage: string;
}
