import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPageHealth } from '../aliexpress/page-state';
import { detectPage } from '../aliexpress/urls';
import { PageProblem } from '../ui/page/PageProblem';
import { debugWarn } from './debug';
import { aliexpressLang, createPageLookupQueue } from './logistics';
import { createIsland } from './mount';
import { runOrderList } from './order-list';
import { runOrderPage } from './order-page';

/** Entry of everything ParcelLens does on an AliExpress page; nothing here may break the page. */
export function startContentScript(ctx: ContentScriptContext): void {
  // Marks the page so tests and debugging can see the content script ran on this URL.
  document.documentElement.dataset.parcellensReady = 'true';
  ctx.onInvalidated(() => {
    delete document.documentElement.dataset.parcellensReady;
  });
  run(ctx).catch((e) => debugWarn('content script failed', e));
}

async function run(ctx: ContentScriptContext): Promise<void> {
  const kind = detectPage(location.href);
  if (!kind) return;
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
  switch (kind) {
    case 'order_list':
    case 'legacy_order_list':
      return runOrderList(ctx, { site, ru: false, lookups });
    case 'ru_order_list':
      return runOrderList(ctx, { site, ru: true, lookups });
    case 'order_detail':
    case 'legacy_order_detail':
      return runOrderPage(ctx, { site, kind: 'order_detail', lookups });
    case 'tracking':
    case 'legacy_tracking':
      return runOrderPage(ctx, { site, kind: 'tracking', lookups });
    case 'ru_order_detail':
      return runOrderPage(ctx, { site, kind: 'order_detail', lookups });
  }
}
