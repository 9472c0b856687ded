import type { Browser } from 'wxt/browser';
import { RequestSchema, type ErrorResponse, type Request } from '../messaging/protocol';
import { exportDatabase, importDatabase, deleteParcel, getParcel, setArchived, putMeta, deleteMeta, getSettings, putSettings } from '../storage/repository';
import { SettingsSchema } from '../storage/settings';
import { enqueue, fetchJobKey } from '../scheduling/jobs';
import type { BackgroundDeps } from './deps';
import { addFromText, ingestLogistics, ingestOrders, lastLookup } from './ingest';
import { scheduleAllFirstFetches } from './poll';
import { POLL_SOURCES } from './sources';
import { annotations, evidenceFacts, listPage, NOTICE_KEY, orderDetails, parcelDetail } from './queries';
import { fetchStatesOf, recomputeParcel } from './recompute';
import { healthOf } from './views';

/** Logistics of one order are looked up again only after this long, unless the user asks. */
export const LOOKUP_REPEAT_MS = 6 * 3_600_000;

/** What the router needs besides the data layer: who we are, and how to tell the world data changed. */
export interface RouterEnv {
  extensionId: string;
  version: string;
  /** Data changed: recompute the badge, tell open surfaces, wake the poller. */
  changed: () => Promise<void>;
}

/** Only the extension's own pages and content scripts may talk to the background. */
export function isFromExtension(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

const fail = (error: string): ErrorResponse => ({ ok: false, error });

export async function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  deps: BackgroundDeps,
  env: RouterEnv,
): Promise<unknown> {
  if (!isFromExtension(sender, env.extensionId)) return fail('foreign_sender');
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return fail('bad_message');
  try {
    return await dispatch(parsed.data, deps, env);
  } catch (e) {
    console.warn('[ParcelLens] request failed', parsed.data.type, e);
    return fail('internal');
  }
}

async function dispatch(request: Request, deps: BackgroundDeps, env: RouterEnv): Promise<unknown> {
  const { db, clock } = deps;
  switch (request.type) {
    case 'ping':
      return { ok: true, version: env.version, now: clock() };

    case 'content/orders-seen': {
      const stored = await ingestOrders(deps, request.site, request.orders);
      await env.changed();
      return { ok: true, stored };
    }
    case 'content/lookups-due': {
      const now = clock();
      const due: string[] = [];
      for (const id of request.orderIds) {
        const last = await lastLookup(db, id);
        const succeeded = last && last.outcome !== 'error' && last.outcome !== 'traffic_limit' && last.outcome !== 'verification' && last.outcome !== 'logged_out';
        if (!succeeded || now - last.at >= LOOKUP_REPEAT_MS) due.push(id);
      }
      return { ok: true, due };
    }
    case 'content/logistics': {
      const outcome = request.report.outcome;
      if (outcome === 'logged_out' || outcome === 'verification' || outcome === 'traffic_limit') {
        await putMeta(db, NOTICE_KEY, { code: outcome, at: clock() });
      } else if (outcome === 'ok') {
        await deleteMeta(db, NOTICE_KEY);
      }
      const parcelIds = await ingestLogistics(deps, request.report);
      await env.changed();
      return { ok: true, parcelIds };
    }
    case 'content/annotations':
      return { ok: true, orders: await annotations(db, request.orderIds) };
    case 'content/order-details':
      return { ok: true, details: await orderDetails(db, clock, request.orderId) };

    case 'popup/list':
      return { ok: true, page: await listPage(db, clock, request) };
    case 'popup/detail':
      return { ok: true, detail: await parcelDetail(db, clock, request.id) };
    case 'popup/add': {
      const result = await addFromText(deps, request.text);
      await env.changed();
      return { ok: true, result };
    }
    case 'popup/refresh': {
      const parcel = await getParcel(db, request.id);
      if (!parcel) return fail('not_found');
      // The same 10-minute floor the parcel view shows (health.refreshAllowedAt).
      const { refreshAllowedAt } = healthOf(await fetchStatesOf(db, parcel), clock());
      if (refreshAllowedAt !== undefined) return { ok: true, result: { ok: false, retryAt: refreshAllowedAt } };
      // Re-enqueueing keeps the earlier due time, so a refresh moves each source's job to now.
      const settings = await getSettings(db);
      for (const source of POLL_SOURCES.filter((s) => s.enabled(settings))) {
        await enqueue(db, source.jobKind, fetchJobKey(source.source, parcel.id), clock(), { parcelId: parcel.id }, { ref: parcel.id });
      }
      await env.changed();
      return { ok: true, result: { ok: true } };
    }
    case 'popup/archive': {
      const parcel = await setArchived(db, request.id, request.archived);
      if (!parcel) return fail('not_found');
      await recomputeParcel(deps, parcel.id);
      await env.changed();
      return { ok: true };
    }
    case 'popup/delete': {
      const deleted = await deleteParcel(db, request.id);
      await env.changed();
      return deleted ? { ok: true } : fail('not_found');
    }
    case 'options/settings-get':
      return { ok: true, settings: await getSettings(db) };
    case 'options/settings-set': {
      const parsed = SettingsSchema.safeParse(request.settings);
      if (!parsed.success) return fail('bad_settings');
      const settings = await putSettings(db, parsed.data);
      // A source just enabled asks about every parcel once, then follows the usual cadence.
      await scheduleAllFirstFetches(db, clock());
      await env.changed();
      return { ok: true, settings };
    }
    case 'evidence/facts':
      return { ok: true, parcels: await evidenceFacts(db, clock, request.flagged ? { flagged: true } : { ids: request.ids ?? [] }) };
    case 'options/export':
      return { ok: true, data: await exportDatabase(db, clock) };
    case 'options/import': {
      const result = await importDatabase(db, request.data);
      if (result.ok) await env.changed();
      return result.ok ? { ok: true, counts: result.counts } : { ok: false, error: result.error.code, issues: result.error.issues.slice(0, 20) };
    }
  }
}
