import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { RequestSchema, type ErrorResponse } from '../messaging/protocol';
import { systemClock, type Clock } from '../domain/clock';

/** Only the extension's own pages and content scripts may talk to the background. */
export function isFromExtension(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

export async function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  clock: Clock = systemClock,
): Promise<unknown> {
  if (!isFromExtension(sender, browser.runtime.id)) return { ok: false, error: 'foreign_sender' } satisfies ErrorResponse;
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'bad_message' } satisfies ErrorResponse;
  const request = parsed.data;
  switch (request.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version, now: clock() };
  }
}
