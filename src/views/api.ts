import { z } from 'zod/mini';
import type { ListFilter, ParcelDetail, ParcelPage } from './types';

/** What "Add by paste" reports back, so the box can explain every line it did not take. */
export const AddResultSchema = z.object({
  added: z.array(z.string()),
  alreadyTracked: z.array(z.string()),
  /** 16-digit order numbers found in the text: refused with "this is an order number". */
  orderIds: z.array(z.string()),
  /** Numbers whose normalisation changed something (O→0…): shown so the user can check. */
  corrected: z.array(z.object({ number: z.string(), corrections: z.array(z.string()) })),
  /** Numbers that look wrong (bad check digit, fake country code): added, but flagged. */
  invalid: z.array(z.string()),
});
export type AddResult = z.infer<typeof AddResultSchema>;

export const RefreshResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), retryAt: z.number() }),
]);
export type RefreshResult = z.infer<typeof RefreshResultSchema>;

export interface ListQuery {
  filter: ListFilter;
  query: string;
  offset: number;
  limit: number;
}

/**
 * Everything the popup can ask of the background. The real implementation sends validated messages;
 * tests and the benchmark pass an in-memory one.
 */
export interface PopupApi {
  listParcels(query: ListQuery): Promise<ParcelPage>;
  parcelDetail(id: string): Promise<ParcelDetail | null>;
  addFromText(text: string): Promise<AddResult>;
  refresh(id: string): Promise<RefreshResult>;
  setArchived(id: string, archived: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  /** Called whenever stored parcels change; returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}
