import type { z } from 'zod/mini';
import { JsonSchema, type Json } from './records';
import type { ParcelDb } from './schema';
import { check, dropUndefined, parseOrThrow } from './validation';

/**
 * Small key/value facts: settings, per-host pauses, reminders already shown. Values are JSON so an
 * export is plain JSON; each reader passes the schema its key holds, and a value that no longer
 * parses reads as absent instead of crashing the worker.
 */
export async function getMeta<S extends z.ZodMiniType>(db: ParcelDb, key: string, schema: S): Promise<z.infer<S> | undefined> {
  const record = await db.get('meta', key);
  if (!record) return undefined;
  const result = check(schema, record.value);
  if (result.ok) return result.value;
  console.warn(`ParcelLens: meta ${key} does not parse; ignoring it`, result.issues);
  return undefined;
}

export async function putMeta(db: ParcelDb, key: string, value: Json): Promise<void> {
  const checked = parseOrThrow(JsonSchema, dropUndefined(value), `meta ${key}`);
  await db.put('meta', { key, value: checked });
}

export function deleteMeta(db: ParcelDb, key: string): Promise<void> {
  return db.delete('meta', key);
}

/** Keys of one family (`pause:`, `reminder:`…), e.g. to show every paused host. */
export async function metaKeysWithPrefix(db: ParcelDb, prefix: string): Promise<string[]> {
  return db.getAllKeys('meta', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
}
