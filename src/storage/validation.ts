import { z } from 'zod/mini';
// Only the English messages: `z.locales` would bundle every language zod ships.
import en from 'zod/v4/locales/en.js';

/**
 * Everything written to the database is parsed first; a record that does not parse is reported and
 * not stored. Issues carry a readable path so a user importing a bad file learns what to fix.
 */
export interface Issue {
  /** Dotted path inside the checked value, `stores.parcels[3].numbers` style; '' for the root. */
  path: string;
  message: string;
}

export interface Rejection {
  /** Position in the batch that was given. */
  index: number;
  issues: Issue[];
}

export interface BatchResult<T> {
  written: T[];
  rejected: Rejection[];
}

/** Thrown by single-record writes given an invalid record: a caller bug, not a data condition. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    readonly what: string,
    readonly issues: Issue[],
  ) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

// zod/mini ships no messages by default ("Invalid input"); the English ones cost little and only
// show up when something is wrong.
const englishErrors = en().localeError;

export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** safeParse with readable messages and paths prefixed by where the value sits. */
export function check<S extends z.ZodMiniType>(schema: S, value: unknown, prefix = ''): Checked<z.infer<S>> {
  const result = schema.safeParse(value, { error: englishErrors });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((i) => ({ path: formatPath(i.path, prefix), message: i.message })) };
}

/** Parses or throws InvalidRecordError. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = check(schema, value);
  if (!result.ok) throw new InvalidRecordError(what, result.issues);
  return result.value;
}

/**
 * IndexedDB keeps `{ key: undefined }` as a present key while JSON drops it; removing such keys
 * before every write keeps "absent" meaning one thing and makes exports round-trip exactly.
 */
export function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => dropUndefined(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = dropUndefined(v);
    return out as T;
  }
  return value;
}
