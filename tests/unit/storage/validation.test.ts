// storage/validation.ts words zod issues itself instead of bundling zod's English locale: every issue
// the stored shapes can raise (and every issue kind besides) must read exactly as the locale has it.
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { describe, expect, it } from 'vitest';
import { OrderSchema, ParcelSchema, TrackingEventSchema } from '../../../src/domain/model';
import { ParcelLensExportSchema } from '../../../src/storage/export';
import { ParcelLinkSchema } from '../../../src/storage/parcels';
import { FetchStateSchema, JobRecordSchema, MetaRecordSchema } from '../../../src/storage/records';
import { SettingsSchema } from '../../../src/storage/settings';
import { ParcelSummarySchema } from '../../../src/storage/summary';
import { check, englishError } from '../../../src/storage/validation';
import { HostPauseSchema } from '../../../src/scheduling/pause';

const english = en().localeError;

/** The raw issues a schema raises for `value`, as the error map sees them (zod words issues lazily). */
function rawIssues(schema: z.ZodMiniType, value: unknown): z.core.$ZodRawIssue[] {
  const seen: z.core.$ZodRawIssue[] = [];
  const result = schema.safeParse(value, {
    error: (issue) => {
      seen.push(issue);
      return undefined;
    },
  });
  for (const issue of result.error?.issues ?? []) expect(typeof issue.message).toBe('string');
  return seen;
}

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  NaN,
  Infinity,
  -1,
  1.5,
  0,
  '',
  ' ',
  'x y',
  'abc',
  true,
  [],
  [1, 'a', null],
  {},
  new Date(0),
  new Map(),
  { id: '', numbers: [], orderIds: ['12'], addedAt: -5, addedFrom: 'nowhere', eta: [{ source: 'fax' }], archived: 'yes' },
  { id: 'x', number: 1, source: 'page', time: 1.5, timeZone: 3, location: null, code: null, text: '', status: 'lost', stage: 'moon' },
  { format: 'parcellens.export', schemaVersion: 0, exportedAt: 'now', stores: { orders: [{}], parcels: [null], events: 'x', meta: [{ key: '', value: undefined }] } },
  { sources: { '17track': { enabled: 'no', apiKey: 7 } }, notifications: 1, language: 'xx' },
  { numbers: [' ', 'a b'], orderIds: ['1'], addedFrom: 'paste', seenAt: -1 },
  { parcelId: '', status: 'x', stage: null, flags: ['nope'], lastEventAt: 1.5, urgency: 101, computedAt: 0 },
  { source: 'page', number: '', failures: -1, lastError: { code: '', at: 'x' } },
  { key: 'k', kind: '', dueAt: 1, payload: { a: [1, NaN, undefined] }, lease: { owner: '', until: 1 } },
  { host: '', until: 1, consecutive: 0, reason: 'bored', since: 1 },
];

const STORED_SCHEMAS: Record<string, z.ZodMiniType> = {
  OrderSchema,
  ParcelSchema,
  TrackingEventSchema,
  ParcelLensExportSchema,
  ParcelLinkSchema,
  FetchStateSchema,
  JobRecordSchema,
  MetaRecordSchema,
  SettingsSchema,
  ParcelSummarySchema,
  HostPauseSchema,
};

/** Issue kinds the stored shapes do not raise, so the wording is checked for those too. */
const OTHER_SCHEMAS: Record<string, [z.ZodMiniType, unknown[]]> = {
  maxLength: [z.string().check(z.maxLength(2)), ['abc']],
  length: [z.string().check(z.length(2)), ['abc', 'a']],
  arrayMax: [z.array(z.number()).check(z.maxLength(1)), [[1, 2]]],
  lt: [z.number().check(z.lt(1)), [1, 5]],
  gt: [z.number().check(z.gt(1)), [1, 0]],
  multipleOf: [z.number().check(z.multipleOf(3)), [4]],
  strict: [z.strictObject({ a: z.string() }), [{ a: 'x', b: 1 }, { a: 'x', b: 1, c: 2 }]],
  literals: [z.literal(['a', 2, true]), ['b']],
  bigint: [z.literal(5n), [4n]],
  union: [z.union([z.string(), z.number()]), [true]],
  discriminated: [z.discriminatedUnion('t', [z.object({ t: z.literal('a') }), z.object({ t: z.literal('b') })]), [{ t: 'c' }]],
  exclusive: [z.xor([z.string(), z.string().check(z.minLength(1))]), ['x']],
  recordKey: [z.record(z.string().check(z.minLength(2)), z.string()), [{ b: 'x' }]],
  map: [z.map(z.string(), z.number()), [new Map([['a', 'x']])]],
  set: [z.set(z.number()).check(z.minSize(2)), [new Set([1])]],
  regex: [z.string().check(z.regex(/^a+$/)), ['b']],
  startsWith: [z.string().check(z.startsWith('a')), ['b']],
  custom: [z.string().check(z.refine(() => false)), ['b']],
};

describe('englishError', () => {
  it("words every issue of the stored shapes as zod's English locale does", () => {
    let compared = 0;
    for (const [name, schema] of Object.entries(STORED_SCHEMAS)) {
      for (const value of BAD_VALUES) {
        for (const issue of rawIssues(schema, value)) {
          expect(englishError(issue), `${name} ${issue.code}`).toBe(english(issue));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('words the other issue kinds as the locale does too', () => {
    const codes = new Set<string>();
    for (const [name, [schema, values]] of Object.entries(OTHER_SCHEMAS)) {
      for (const value of values) {
        const issues = rawIssues(schema, value);
        expect(issues.length, name).toBeGreaterThan(0);
        for (const issue of issues) {
          codes.add(issue.code ?? '');
          if (issue.code === 'invalid_format' && issue.format !== 'regex') continue; // formats storage never uses
          expect(englishError(issue), `${name} ${issue.code}`).toBe(english(issue));
        }
      }
    }
    // Key and element issues as zod raises them for maps and sets (their schemas rarely do).
    const keyAndElement = [
      { code: 'invalid_key', origin: 'map', issues: [], input: 1 },
      { code: 'invalid_key', origin: 'record', issues: [], input: 1 },
      { code: 'invalid_element', origin: 'map', key: 'a', issues: [], input: 1 },
      { code: 'invalid_element', origin: 'set', key: 'a', issues: [], input: 1 },
    ] as z.core.$ZodRawIssue[];
    for (const issue of keyAndElement) {
      codes.add(issue.code ?? '');
      expect(englishError(issue)).toBe(english(issue));
    }
    expect([...codes].sort()).toEqual(
      ['custom', 'invalid_element', 'invalid_format', 'invalid_key', 'invalid_type', 'invalid_union', 'invalid_value', 'not_multiple_of', 'too_big', 'too_small', 'unrecognized_keys'].sort(),
    );
  });

  it('is what check() reports', () => {
    const result = check(z.object({ n: z.number().check(z.gte(1)) }), { n: 0 }, 'stores');
    expect(result).toEqual({ ok: false, issues: [{ path: 'stores.n', message: 'Too small: expected number to be >=1' }] });
  });
});
