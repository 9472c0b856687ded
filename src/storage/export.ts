import { z } from 'zod/mini';
import type { Clock } from '../domain/clock';
import { EpochMsSchema, OrderSchema, ParcelSchema, TrackingEventSchema } from '../domain/model';
import { SCHEMA_VERSION } from './migrations';
import { FetchStateSchema, JobRecordSchema, MetaRecordSchema, type MetaRecord } from './records';
import { STORE_NAMES, type ParcelDb, type StoreName } from './schema';
import { SETTINGS_KEY, SettingsSchema } from './settings';
import { fromStoredSummary, ParcelSummarySchema, pendingSummary, toStoredSummary } from './summary';
import { check, dropUndefined, type Issue } from './validation';

/**
 * The whole database as one versioned JSON document: a backup, a move to another browser, the
 * evidence bundle behind a dispute. Import replaces everything, and only after every record of the
 * file has been checked: a bad file changes nothing.
 */
export const EXPORT_FORMAT = 'parcellens.export';

export const ParcelLensExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().check(z.int(), z.gte(1)),
  exportedAt: EpochMsSchema,
  stores: z.object({
    orders: z.array(OrderSchema),
    parcels: z.array(ParcelSchema),
    events: z.array(TrackingEventSchema),
    // Stores a file from an older schema may not have; summaries are rebuilt when missing.
    summaries: z._default(z.array(ParcelSummarySchema), []),
    fetchState: z._default(z.array(FetchStateSchema), []),
    jobs: z._default(z.array(JobRecordSchema), []),
    meta: z._default(z.array(MetaRecordSchema), []),
  }),
});
export type ParcelLensExport = z.infer<typeof ParcelLensExportSchema>;

export interface ExportOptions {
  /**
   * A backup keeps the user's 17TRACK/Ship24 API keys (default); a file meant to be shared (a
   * dispute, a bug report) should not carry them.
   */
  includeSecrets?: boolean;
}

function withoutSecrets(meta: MetaRecord[]): MetaRecord[] {
  return meta.map((record) => {
    if (record.key !== SETTINGS_KEY) return record;
    const settings = SettingsSchema.safeParse(record.value);
    if (!settings.success) return record;
    const { sources } = settings.data;
    return {
      key: record.key,
      value: { ...settings.data, sources: { ...sources, '17track': { ...sources['17track'], apiKey: '' }, ship24: { ...sources.ship24, apiKey: '' } } },
    };
  });
}

/** Reads every store in one snapshot, so the file is consistent even while the worker writes. */
export async function exportDatabase(db: ParcelDb, clock: Clock, options: ExportOptions = {}): Promise<ParcelLensExport> {
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const [orders, parcels, events, summaries, fetchState, jobs, meta] = await Promise.all([
    tx.objectStore('orders').getAll(),
    tx.objectStore('parcels').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('summaries').getAll(),
    tx.objectStore('fetchState').getAll(),
    tx.objectStore('jobs').getAll(),
    tx.objectStore('meta').getAll(),
  ]);
  await tx.done;
  return dropUndefined({
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: clock(),
    stores: {
      orders,
      parcels,
      events,
      summaries: summaries.map(fromStoredSummary),
      fetchState,
      jobs,
      meta: options.includeSecrets === false ? withoutSecrets(meta) : meta,
    },
  });
}

export type ImportErrorCode = 'not_json' | 'not_an_export' | 'newer_version' | 'invalid_records' | 'inconsistent' | 'write_failed';

export interface ImportError {
  code: ImportErrorCode;
  message: string;
  /** What is wrong and where (`stores.parcels[3].numbers`), at most MAX_REPORTED_ISSUES of them. */
  issues: Issue[];
}

export type ImportResult = { ok: true; counts: Record<StoreName, number> } | { ok: false; error: ImportError };

export const MAX_REPORTED_ISSUES = 100;

function failure(code: ImportErrorCode, message: string, issues: Issue[] = []): ImportResult {
  const shown = issues.slice(0, MAX_REPORTED_ISSUES);
  if (issues.length > shown.length) shown.push({ path: '', message: `…and ${issues.length - shown.length} more` });
  return { ok: false, error: { code, message, issues: shown } };
}

const HeaderSchema = z.object({ format: z.literal(EXPORT_FORMAT), schemaVersion: z.number().check(z.int(), z.gte(1)) });

/** Checks the database invariants that single-record schemas cannot see. */
export function findInconsistencies(doc: ParcelLensExport): Issue[] {
  const issues: Issue[] = [];
  const duplicates = (store: string, keys: string[]) => {
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key)) issues.push({ path: `stores.${store}[${i}]`, message: `duplicate key ${key}` });
      seen.add(key);
    });
  };
  const { orders, parcels, events, summaries, fetchState, jobs, meta } = doc.stores;
  duplicates('orders', orders.map((o) => o.id));
  duplicates('parcels', parcels.map((p) => p.id));
  duplicates('events', events.map((e) => e.id));
  duplicates('summaries', summaries.map((s) => s.parcelId));
  duplicates('fetchState', fetchState.map((f) => `${f.source}:${f.number}`));
  duplicates('jobs', jobs.map((j) => j.key));
  duplicates('meta', meta.map((m) => m.key));

  // A number belongs to one parcel, or "find the parcel by any alias" has two answers.
  const owner = new Map<string, string>();
  parcels.forEach((p, i) =>
    p.numbers.forEach((n, j) => {
      const other = owner.get(n);
      if (other !== undefined && other !== p.id) issues.push({ path: `stores.parcels[${i}].numbers[${j}]`, message: `${n} also belongs to parcel ${other}` });
      owner.set(n, p.id);
    }),
  );
  const parcelIds = new Set(parcels.map((p) => p.id));
  summaries.forEach((s, i) => {
    if (!parcelIds.has(s.parcelId)) issues.push({ path: `stores.summaries[${i}].parcelId`, message: `no parcel ${s.parcelId}` });
  });
  events.forEach((e, i) => {
    if (!owner.has(e.number)) issues.push({ path: `stores.events[${i}].number`, message: `no parcel has the number ${e.number}` });
  });
  meta.forEach((m, i) => {
    if (m.key !== SETTINGS_KEY) return;
    const settings = check(SettingsSchema, m.value, `stores.meta[${i}].value`);
    if (!settings.ok) issues.push(...settings.issues);
  });
  return issues;
}

/**
 * Replaces the database with an export (a parsed object or its JSON text). Everything is checked
 * first; the write is one transaction over every store, so a failure midway leaves the old data.
 */
export async function importDatabase(db: ParcelDb, json: unknown): Promise<ImportResult> {
  let raw = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch (error) {
      return failure('not_json', `The file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const header = check(HeaderSchema, raw);
  if (!header.ok) return failure('not_an_export', 'This is not a ParcelLens export.', header.issues);
  if (header.value.schemaVersion > SCHEMA_VERSION) {
    return failure('newer_version', `The file comes from a newer ParcelLens (schema ${header.value.schemaVersion}, this one reads up to ${SCHEMA_VERSION}). Update the extension first.`);
  }
  const parsed = check(ParcelLensExportSchema, raw);
  if (!parsed.ok) return failure('invalid_records', `${parsed.issues.length} problem(s) in the file; nothing was imported.`, parsed.issues);
  const doc = dropUndefined(parsed.value);
  const inconsistencies = findInconsistencies(doc);
  if (inconsistencies.length > 0) {
    return failure('inconsistent', `${inconsistencies.length} contradiction(s) in the file; nothing was imported.`, inconsistencies);
  }

  const summaryOf = new Map(doc.stores.summaries.map((s) => [s.parcelId, s]));
  try {
    const tx = db.transaction([...STORE_NAMES], 'readwrite');
    const { orders, parcels, events, fetchState, jobs, meta } = doc.stores;
    // Requests on one store run in the order issued: the clears land before the puts. tx.done is in
    // the same Promise.all so an abort is observed, not left as an unhandled rejection.
    await Promise.all([
      ...STORE_NAMES.map((name) => tx.objectStore(name).clear()),
      ...orders.map((o) => tx.objectStore('orders').put(o)),
      ...parcels.map((p) => tx.objectStore('parcels').put(p)),
      ...parcels.map((p) => tx.objectStore('summaries').put(toStoredSummary(summaryOf.get(p.id) ?? pendingSummary(p), p))),
      ...events.map((e) => tx.objectStore('events').put(e)),
      ...fetchState.map((f) => tx.objectStore('fetchState').put(f)),
      ...jobs.map((j) => tx.objectStore('jobs').put(j)),
      ...meta.map((m) => tx.objectStore('meta').put(m)),
      tx.done,
    ]);
  } catch (error) {
    return failure('write_failed', `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    ok: true,
    counts: {
      orders: doc.stores.orders.length,
      parcels: doc.stores.parcels.length,
      events: doc.stores.events.length,
      summaries: doc.stores.parcels.length,
      fetchState: doc.stores.fetchState.length,
      jobs: doc.stores.jobs.length,
      meta: doc.stores.meta.length,
    },
  };
}
