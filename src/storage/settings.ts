import { z } from 'zod/mini';
import type { ParcelDb } from './schema';
import { dropUndefined, parseOrThrow } from './validation';

/** UI languages: `auto` follows the browser; the rest are the folders of locales/ (add one there, add it here). */
export const LANGUAGES = ['auto', 'en', 'ru'] as const;

const KeyedSourceSchema = z.prefault(
  z.object({ enabled: z._default(z.boolean(), false), apiKey: z._default(z.string(), '') }),
  {},
);

/**
 * User settings. Every field has a default so `{}` (a fresh install) parses to the defaults:
 * Cainiao on (no key needed), the keyed aggregators off until the user brings a key, notifications
 * on, language from the browser. Changing this shape needs a migration, like any stored shape.
 */
export const SettingsSchema = z.object({
  sources: z.prefault(
    z.object({
      cainiao: z.prefault(z.object({ enabled: z._default(z.boolean(), true) }), {}),
      '17track': KeyedSourceSchema,
      ship24: KeyedSourceSchema,
    }),
    {},
  ),
  notifications: z._default(z.boolean(), true),
  language: z._default(z.enum(LANGUAGES), 'auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

/** A change to some settings; what it does not mention stays as it is. */
export interface SettingsPatch {
  sources?: { [K in keyof Settings['sources']]?: Partial<Settings['sources'][K]> };
  notifications?: boolean;
  language?: Settings['language'];
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

function readSettings(value: unknown): Settings {
  const result = SettingsSchema.safeParse(value ?? {});
  if (result.success) return result.data;
  // Only a shape change without its migration gets here; defaults beat a worker that cannot start.
  console.warn('ParcelLens: stored settings do not parse; using defaults');
  return DEFAULT_SETTINGS;
}

export async function getSettings(db: ParcelDb): Promise<Settings> {
  return readSettings((await db.get('meta', SETTINGS_KEY))?.value);
}

/** Replaces all settings; fields left out take their defaults. */
export async function putSettings(db: ParcelDb, input: SettingsInput): Promise<Settings> {
  const settings = parseOrThrow(SettingsSchema, dropUndefined(input), 'settings');
  await db.put('meta', { key: SETTINGS_KEY, value: settings });
  return settings;
}

/** Read-modify-write in one transaction, so two option toggles at once cannot undo each other. */
export async function updateSettings(db: ParcelDb, input: SettingsPatch): Promise<Settings> {
  const patch = dropUndefined(input);
  const tx = db.transaction('meta', 'readwrite');
  const current = readSettings((await tx.store.get(SETTINGS_KEY))?.value);
  const next = parseOrThrow(
    SettingsSchema,
    {
      sources: {
        cainiao: { ...current.sources.cainiao, ...patch.sources?.cainiao },
        '17track': { ...current.sources['17track'], ...patch.sources?.['17track'] },
        ship24: { ...current.sources.ship24, ...patch.sources?.ship24 },
      },
      notifications: patch.notifications ?? current.notifications,
      language: patch.language ?? current.language,
    },
    'settings',
  );
  await tx.store.put({ key: SETTINGS_KEY, value: next });
  await tx.done;
  return next;
}
