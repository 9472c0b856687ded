import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { getFetchState, putFetchState, fetchStatesForNumber } from '../../../src/storage/fetch-state';
import { deleteMeta, getMeta, metaKeysWithPrefix, putMeta } from '../../../src/storage/meta';
import { DEFAULT_SETTINGS, getSettings, putSettings, updateSettings } from '../../../src/storage/settings';
import { InvalidRecordError } from '../../../src/storage/validation';
import { freshDb, LP, T0 } from './helpers';

describe('settings', () => {
  it('defaults: Cainiao on, keyed aggregators off with empty keys, notifications on, language auto', async () => {
    const { db } = await freshDb();
    expect(await getSettings(db)).toEqual({
      sources: { cainiao: { enabled: true }, '17track': { enabled: false, apiKey: '' }, ship24: { enabled: false, apiKey: '' } },
      notifications: true,
      language: 'auto',
    });
    expect(DEFAULT_SETTINGS.sources.cainiao.enabled).toBe(true);
  });

  it('updates only what the patch mentions', async () => {
    const { db } = await freshDb();
    await updateSettings(db, { sources: { '17track': { enabled: true, apiKey: 'k-17' } } });
    const next = await updateSettings(db, { notifications: false, sources: { ship24: { apiKey: undefined } } });
    expect(next.sources['17track']).toEqual({ enabled: true, apiKey: 'k-17' });
    expect(next.notifications).toBe(false);
    expect(await getSettings(db)).toEqual(next);
  });

  it('refuses invalid settings and keeps the stored ones', async () => {
    const { db } = await freshDb();
    await putSettings(db, { language: 'ru' });
    // @ts-expect-error a language we have no locale for
    await expect(putSettings(db, { language: 'xx' })).rejects.toBeInstanceOf(InvalidRecordError);
    expect((await getSettings(db)).language).toBe('ru');
  });

  it('reads a corrupt stored value as the defaults instead of crashing the worker', async () => {
    const { db } = await freshDb();
    await db.put('meta', { key: 'settings', value: { notifications: 'yes' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    warn.mockRestore();
  });
});

describe('meta', () => {
  it('stores JSON under a key and reads it through the schema the key holds', async () => {
    const { db } = await freshDb();
    const Reminder = z.object({ shownAt: z.number() });
    await putMeta(db, 'reminder:LP1:protection_ending', { shownAt: T0 });
    await putMeta(db, 'reminder:LP2:late', { shownAt: T0 });
    expect(await getMeta(db, 'reminder:LP1:protection_ending', Reminder)).toEqual({ shownAt: T0 });
    expect(await metaKeysWithPrefix(db, 'reminder:')).toEqual(['reminder:LP1:protection_ending', 'reminder:LP2:late']);
    await deleteMeta(db, 'reminder:LP1:protection_ending');
    expect(await getMeta(db, 'reminder:LP1:protection_ending', Reminder)).toBeUndefined();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await getMeta(db, 'reminder:LP2:late', z.object({ shownAt: z.string() }))).toBeUndefined();
    warn.mockRestore();
  });
});

describe('fetch state', () => {
  it('is kept per source and number, validated on the way in', async () => {
    const { db } = await freshDb();
    await putFetchState(db, { source: 'cainiao', number: LP, lastFetchedAt: T0, lastSuccessAt: T0, nextCheckAt: T0 + 1 });
    await putFetchState(db, { source: '17track', number: LP, lastFetchedAt: T0, failures: 2, lastError: { code: 'http_500', at: T0 } });
    expect(await getFetchState(db, 'cainiao', LP)).toEqual({ source: 'cainiao', number: LP, lastFetchedAt: T0, lastSuccessAt: T0, nextCheckAt: T0 + 1, failures: 0 });
    expect((await fetchStatesForNumber(db, LP)).map((s) => s.source).sort()).toEqual(['17track', 'cainiao']);
    await expect(putFetchState(db, { source: 'cainiao', number: LP, failures: -1 })).rejects.toBeInstanceOf(InvalidRecordError);
    expect((await getFetchState(db, 'cainiao', LP))?.failures).toBe(0);
  });
});
