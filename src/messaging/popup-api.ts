import { z } from 'zod/mini';
import type { PopupApi } from '../views/api';
import { AddResultSchema, RefreshResultSchema } from '../views/api';
import { ParcelDetailSchema, ParcelPageSchema } from '../views/types';
import { onBackgroundChange, request } from './client';

const Ok = <T extends Record<string, z.ZodMiniType>>(shape: T) => z.object({ ok: z.literal(true), ...shape });

/** The popup's API over validated messages to the background. */
export const messagingPopupApi: PopupApi = {
  listParcels: async (q) => (await request({ type: 'popup/list', ...q }, Ok({ page: ParcelPageSchema }))).page,
  parcelDetail: async (id) => (await request({ type: 'popup/detail', id }, Ok({ detail: z.nullable(ParcelDetailSchema) }))).detail,
  addFromText: async (text) => (await request({ type: 'popup/add', text }, Ok({ result: AddResultSchema }))).result,
  refresh: async (id) => (await request({ type: 'popup/refresh', id }, Ok({ result: RefreshResultSchema }))).result,
  setArchived: async (id, archived) => void (await request({ type: 'popup/archive', id, archived }, Ok({}))),
  remove: async (id) => void (await request({ type: 'popup/delete', id }, Ok({}))),
  onChange: onBackgroundChange,
};
