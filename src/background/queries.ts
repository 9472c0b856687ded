import { SHIPPED_ORDER_STATES, type Flag } from '../domain/vocabulary';
import type { ListQuery } from '../views/api';
import type { OrderAnnotation, ParcelDetail, ParcelPage, ParcelView } from '../views/types';
import { getOrder, getSummary, parcelsForOrder, type ParcelDb } from '../storage/repository';
import { searchParcelsPage } from '../storage/parcel-list';
import { getMeta } from '../storage/meta';
import { hostPausedUntil } from '../scheduling/pause-store';
import { lastLookup } from './ingest';
import { loadHistory, parcelState } from './recompute';
import type { EvidenceFacts } from '../views/evidence';
import { eventView, legView, orderRef, parcelView } from './views';
import { CAINIAO_HOST } from './poll';
import type { Clock } from '../domain/clock';
import { z } from 'zod/mini';

/** Read-side answers for the surfaces, built from the precomputed summaries. */

async function viewOf(db: ParcelDb, parcelId: string): Promise<ParcelView | undefined> {
  return (await getSummary(db, parcelId))?.view;
}

export const NOTICE_KEY = 'notice:lookup';
const NoticeSchema = z.object({ code: z.string(), at: z.number() });

export async function listPage(db: ParcelDb, clock: Clock, query: ListQuery): Promise<ParcelPage> {
  const page = await searchParcelsPage(db, { filter: query.filter, query: query.query, offset: query.offset, limit: query.limit });
  const notices: ParcelPage['notices'] = [];
  const lookupNotice = await getMeta(db, NOTICE_KEY, NoticeSchema);
  if (lookupNotice) notices.push(lookupNotice);
  const pausedUntil = await hostPausedUntil(db, CAINIAO_HOST, clock);
  if (pausedUntil !== null) notices.push({ code: 'carrier_blocked', at: pausedUntil });
  return {
    items: page.items.flatMap((e) => (e.summary.view ? [e.summary.view] : [])),
    total: page.total,
    counts: page.counts,
    notices,
  };
}

export async function parcelDetail(db: ParcelDb, clock: Clock, id: string): Promise<ParcelDetail | null> {
  const now = clock();
  const state = await parcelState(db, id, now);
  if (!state) return null;
  return {
    parcel: parcelView({ ...state, now }),
    timeline: state.timeline.events.map(eventView),
    legs: state.timeline.legs.map(legView),
    orders: state.orders.map(orderRef),
    etas: state.assessment.eta.estimates.map((e) => ({ from: e.from, to: e.to, basis: e.basis, ...(e.samples ? { samples: e.samples } : {}) })),
  };
}

/** What each My Orders card shows: its parcels, or why there are none yet. */
export async function annotations(db: ParcelDb, orderIds: readonly string[]): Promise<OrderAnnotation[]> {
  const out: OrderAnnotation[] = [];
  for (const orderId of orderIds) {
    const order = await getOrder(db, orderId);
    if (!order) continue;
    const parcels = (await Promise.all((await parcelsForOrder(db, orderId)).map((p) => viewOf(db, p.id)))).filter(
      (v): v is ParcelView => v !== undefined,
    );
    const lookup = await lastLookup(db, orderId);
    const shipped = SHIPPED_ORDER_STATES.has(order.state);
    out.push({
      orderId,
      state: order.state,
      lookup: parcels.length > 0 ? 'ok' : !shipped && !lookup ? 'not_shipped' : (lookup?.outcome ?? 'pending'),
      parcels,
    });
  }
  return out;
}

export async function orderDetails(db: ParcelDb, clock: Clock, orderId: string): Promise<ParcelDetail[]> {
  const details = await Promise.all((await parcelsForOrder(db, orderId)).map((p) => parcelDetail(db, clock, p.id)));
  return details.filter((d): d is ParcelDetail => d !== null);
}

/** Badge = parcels flagged stalled (not archived); empty when none. */
export async function stalledCount(db: ParcelDb): Promise<number> {
  return (await activeIdsFlagged(db, (flags) => flags.includes('stalled'))).length;
}

/** Ids of parcels not archived whose summary flags pass `test`, in one read of the summaries. */
async function activeIdsFlagged(db: ParcelDb, test: (flags: readonly Flag[]) => boolean): Promise<string[]> {
  const ids: string[] = [];
  const tx = db.transaction('summaries', 'readonly');
  for (let c = await tx.store.openCursor(); c; c = await c.continue()) if (!c.value.archived && test(c.value.flags)) ids.push(c.value.parcelId);
  await tx.done;
  return ids;
}

/** The raw facts behind the evidence pack: every parcel asked for, or every flagged one not archived. */
export async function evidenceFacts(db: ParcelDb, clock: Clock, target: { ids: readonly string[] } | { flagged: true }): Promise<EvidenceFacts[]> {
  const now = clock();
  const history = await loadHistory(db);
  const ids = 'ids' in target ? target.ids : await activeIdsFlagged(db, (flags) => flags.length > 0);
  const out: EvidenceFacts[] = [];
  for (const id of ids) {
    const facts = (await parcelState(db, id, now, history))?.facts;
    if (facts) out.push({ ...facts, sameNumberOrders: facts.sameNumberOrders ?? [] });
  }
  return out;
}

