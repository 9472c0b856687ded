import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPageHealth } from '../aliexpress/page-state';
import type { PageKind } from '../aliexpress/types';
import { detectPage } from '../aliexpress/urls';
import type { LookupQueue } from '../aliexpress/logistics/lookup';
import { PageProblem } from '../ui/page/PageProblem';
import { debugWarn } from './debug';
import { aliexpressLang, createPageLookupQueue } from './logistics';
import { createIsland } from './mount';

export type HandledKind = Exclude<PageKind, null>;

/** What every page runner gets: the site it runs on and the page's polite lookup queue. */
export interface PageEnv {
  site: string;
  lookups: LookupQueue;
}

export type PageRunner<K extends HandledKind> = (ctx: ContentScriptContext, kind: K, env: PageEnv) => Promise<void> | void;

/**
 * Entry of what one content script does on an AliExpress page; nothing here may break the page.
 * Each content script handles its own page kinds (its match patterns are coarser than the URL
 * detectors: `aliexpress.ru/order-list*` also matches order pages) and leaves the rest alone.
 */
export function startContentScript<K extends HandledKind>(ctx: ContentScriptContext, kinds: readonly K[], runPage: PageRunner<K>): void {
  const kind = detectPage(location.href);
  if (!kind || !(kinds as readonly HandledKind[]).includes(kind)) return;
  // Marks the page so tests and debugging can see a content script runs on this URL.
  document.documentElement.dataset.parcellensReady = 'true';
  ctx.onInvalidated(() => {
    delete document.documentElement.dataset.parcellensReady;
  });
  run(ctx, kind as K, runPage).catch((e) => debugWarn('content script failed', e));
}

async function run<K extends HandledKind>(ctx: ContentScriptContext, kind: K, runPage: PageRunner<K>): Promise<void> {
  const site = location.hostname;
  const health = readPageHealth(document, location.href);
  if (health.status === 'verification' || health.status === 'logged_out' || health.status === 'unknown_layout') {
    const code = health.status === 'unknown_layout' ? 'unreadable' : health.status;
    debugWarn('page health', health);
    const island = await createIsland(ctx, document.body, 'prepend', 'problem');
    island.update(h(PageProblem, { code }));
    if (health.status !== 'unknown_layout') return;
  }
  const lookups = createPageLookupQueue(aliexpressLang(document.documentElement.lang || navigator.language));
  await runPage(ctx, kind, { site, lookups });
}
