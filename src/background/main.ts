import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { systemClock } from '../domain/clock';
import { nextWakeAt } from '../scheduling/jobs';
import { openParcelDb, type ParcelDb } from '../storage/repository';
import type { CarrierRequest, RawResponse } from '../carriers/types';
import type { BackgroundDeps } from './deps';
import { pollDue } from './poll';
import { stalledCount } from './queries';
import { recomputeAll } from './recompute';
import { takeDueReminders } from './reminders';
import { handleMessage } from './router';
import { getSummary, listParcels } from '../storage/repository';
import type { ParcelView } from '../views/types';

/**
 * The service worker's wiring. MV3 kills the worker after ~30 s idle, so nothing lives in globals
 * but a lazily opened DB connection; all work is driven by persisted jobs, one wake alarm and a
 * periodic re-judge alarm, and every listener is registered synchronously at start.
 */
const WAKE_ALARM = 'parcellens-wake';
const REJUDGE_ALARM = 'parcellens-rejudge';
const REJUDGE_MINUTES = 6 * 60;
/** Numbers found at the same moment are fetched together this long after the first. */
const BATCH_DELAY_MS = 1_500;
const FETCH_TIMEOUT_MS = 20_000;

let dbPromise: Promise<ParcelDb> | undefined;
const db = () => (dbPromise ??= openParcelDb());

async function send(request: CarrierRequest): Promise<RawResponse> {
  const res = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    credentials: 'omit',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  return { status: res.status, body: await res.text(), contentType: res.headers.get('content-type'), retryAfter: res.headers.get('retry-after') };
}

async function deps(): Promise<BackgroundDeps> {
  return { db: await db(), clock: systemClock, random: Math.random, send, uiLanguage: browser.i18n.getUILanguage() };
}

async function updateBadge(d: BackgroundDeps): Promise<void> {
  const stalled = await stalledCount(d.db);
  await browser.action.setBadgeText({ text: stalled > 0 ? String(stalled) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b45309' });
  await browser.action.setTitle({ title: stalled > 0 ? i18n.t('background.badgeTitle', stalled, [String(stalled)]) : i18n.t('extName') });
}

/** Sets the one wake alarm to the earliest due job (Chrome rounds alarms up to 30 s). */
async function scheduleWake(d: BackgroundDeps): Promise<void> {
  const at = await nextWakeAt(d.db);
  if (at === null) await browser.alarms.clear(WAKE_ALARM);
  else await browser.alarms.create(WAKE_ALARM, { when: Math.max(at, d.clock() + 1_000) });
}

async function notifyReminders(d: BackgroundDeps): Promise<void> {
  const views: ParcelView[] = [];
  for (const p of await listParcels(d.db)) {
    const view = (await getSummary(d.db, p.id))?.view;
    if (view) views.push(view);
  }
  for (const { parcel, daysLeft } of await takeDueReminders(d.db, views, d.clock())) {
    await browser.notifications.create(`parcellens-reminder-${parcel.id}-${daysLeft}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: i18n.t('background.reminderTitle', daysLeft, [String(daysLeft)]),
      message: parcel.storeNames[0]
        ? i18n.t('background.reminderBody', [parcel.number, parcel.storeNames[0]])
        : i18n.t('background.reminderBodyNoStore', [parcel.number]),
    });
  }
}

/** Tells open popups and AliExpress tabs to reload what they show. */
async function broadcastChanged(now: number): Promise<void> {
  const notice = { type: 'background/changed', at: now } as const;
  await browser.runtime.sendMessage(notice).catch(() => undefined);
  const tabs = await browser.tabs.query({ url: ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*', '*://aliexpress.ru/*', '*://*.aliexpress.ru/*'] });
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, notice).catch(() => undefined))));
}

let pending: Promise<void> | undefined;
/** One poll at a time per worker; leases guard against a second worker or a killed one. */
function wake(): Promise<void> {
  pending ??= (async () => {
    const d = await deps();
    try {
      const report = await pollDue(d, crypto.randomUUID());
      if (report.fetched + report.failed > 0) await broadcastChanged(d.clock());
      await updateBadge(d);
    } finally {
      await scheduleWake(d);
      pending = undefined;
    }
  })();
  return pending;
}

let batchTimer: ReturnType<typeof setTimeout> | undefined;
function wakeSoon(): void {
  clearTimeout(batchTimer);
  batchTimer = setTimeout(() => void wake(), BATCH_DELAY_MS);
}

async function rejudge(): Promise<void> {
  const d = await deps();
  await recomputeAll(d);
  await updateBadge(d);
  await notifyReminders(d);
  await broadcastChanged(d.clock());
}

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender) =>
    deps().then((d) =>
      handleMessage(message, sender, d, {
        extensionId: browser.runtime.id,
        version: browser.runtime.getManifest().version,
        changed: async () => {
          await updateBadge(d);
          await broadcastChanged(d.clock());
          wakeSoon();
        },
      }),
    ),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void wake();
    if (alarm.name === REJUDGE_ALARM) void rejudge();
  });
  const start = () => {
    void browser.alarms.create(REJUDGE_ALARM, { periodInMinutes: REJUDGE_MINUTES, delayInMinutes: 1 });
    void rejudge().then(() => wake());
  };
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onInstalled.addListener(start);
  // A worker woken for any other reason (a message, an alarm) resumes leased jobs left by a killed one.
  void wake();
}
