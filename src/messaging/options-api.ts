import { z } from 'zod/mini';
import { SettingsSchema, type Settings } from '../storage/settings';
import { MessageError, request } from './client';

/** The options page's calls to the background, validated both ways. */
export async function loadSettings(): Promise<Settings> {
  return (await request({ type: 'options/settings-get' }, z.object({ ok: z.literal(true), settings: SettingsSchema }))).settings;
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  return (await request({ type: 'options/settings-set', settings }, z.object({ ok: z.literal(true), settings: SettingsSchema }))).settings;
}

export async function exportAll(): Promise<unknown> {
  return (await request({ type: 'options/export' }, z.object({ ok: z.literal(true), data: z.unknown() }))).data;
}

/** Imports a file's text; a bad file changes nothing and answers with the reason. */
export async function importAll(text: string): Promise<void> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new MessageError('not_json');
  }
  await request({ type: 'options/import', data }, z.object({ ok: z.literal(true) }));
}
