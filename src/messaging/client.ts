import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { ChangedNoticeSchema, ErrorResponseSchema, type Request } from './protocol';

export class MessageError extends Error {
  constructor(readonly code: string) {
    super(`ParcelLens background answered: ${code}`);
  }
}

/**
 * Sends a request to the background and validates the answer: a context never trusts what
 * crosses the boundary, even from its own extension (a stale worker may answer in an older shape).
 */
export async function request<S extends z.ZodMiniType>(message: Request, answer: S): Promise<z.infer<S>> {
  const raw: unknown = await browser.runtime.sendMessage(message);
  const failure = ErrorResponseSchema.safeParse(raw);
  if (failure.success) throw new MessageError(failure.data.error);
  const parsed = answer.safeParse(raw);
  if (!parsed.success) throw new MessageError('bad_answer');
  return parsed.data;
}

/** Calls `listener` whenever the background says stored parcels changed. */
export function onBackgroundChange(listener: () => void): () => void {
  const handler = (message: unknown) => {
    if (ChangedNoticeSchema.safeParse(message).success) listener();
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
