import type { z } from 'zod/mini';

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

/** What zod's `util.parsedType` and the English locale call a received value. */
function typeName(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'object') {
    const ctor = Object.getPrototypeOf(input) !== Object.prototype && 'constructor' in input ? input.constructor : undefined;
    if (typeof ctor === 'function' && ctor.name) return ctor.name;
  }
  return typeof input;
}

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : typeof v === 'bigint' ? `${v}n` : String(v));
const UNITS: Readonly<Record<string, string>> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' };

function bound(kind: 'big' | 'small', origin: string | undefined, limit: unknown, exact?: boolean, inclusive?: boolean): string {
  const adj = exact ? 'exactly ' : (kind === 'big' ? '<' : '>') + (inclusive ? '=' : '');
  const unit = origin === undefined ? undefined : UNITS[origin];
  const what = origin ?? (kind === 'big' ? 'value' : 'undefined');
  return `Too ${kind}: expected ${what} to ${unit ? `have ${adj}${String(limit)} ${unit}` : `be ${adj}${String(limit)}`}`;
}

/**
 * zod/mini ships no messages ("Invalid input"); these are the English locale's (zod/v4/locales/en.js,
 * 1.3 KB gzipped) word for word for every issue storage schemas can raise, without its dictionary of
 * string formats they never use. validation.test.ts compares the two.
 */
export function englishError(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected === 'nan' ? 'NaN' : issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${quote(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(quote).join('|')}`;
    case 'too_big':
      return bound('big', issue.origin, issue.maximum, issue.exact, issue.inclusive);
    case 'too_small':
      return bound('small', issue.origin, issue.minimum, issue.exact, issue.inclusive);
    case 'invalid_format':
      return issue.format === 'regex' ? `Invalid string: must match pattern ${issue.pattern}` : `Invalid ${issue.format}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(quote).join(', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    case 'invalid_union':
      if (issue.inclusive !== false && issue.options?.length) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${String(o)}'`).join(' | ')}`;
      return issue.inclusive === false ? 'Invalid input: more than one option matched' : 'Invalid input';
    default:
      return 'Invalid input';
  }
}

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
  const result = schema.safeParse(value, { error: englishError });
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
