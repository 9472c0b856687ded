import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Entry of everything ParcelLens does on an AliExpress page. */
export function startContentScript(ctx: ContentScriptContext): void {
  // Marks the page so tests and debugging can see the content script ran on this URL.
  document.documentElement.dataset.parcellensReady = 'true';
  ctx.onInvalidated(() => {
    delete document.documentElement.dataset.parcellensReady;
  });
}
