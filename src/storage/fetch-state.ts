import type { Source } from '../domain/vocabulary';
import { FetchStateSchema, type FetchState, type FetchStateInput } from './records';
import type { ParcelDb } from './schema';
import { dropUndefined, parseOrThrow } from './validation';

export function getFetchState(db: ParcelDb, source: Source, number: string): Promise<FetchState | undefined> {
  return db.get('fetchState', [source, number]);
}

/** Replaces the state of one source for one number (the caller read, decided, and writes it whole). */
export async function putFetchState(db: ParcelDb, input: FetchStateInput): Promise<FetchState> {
  const state = dropUndefined(parseOrThrow(FetchStateSchema, input, 'fetch state'));
  await db.put('fetchState', state);
  return state;
}

/** Every source's state for one number. */
export function fetchStatesForNumber(db: ParcelDb, number: string): Promise<FetchState[]> {
  return db.getAllFromIndex('fetchState', 'by-number', number);
}
