import { render, type ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * ParcelLens's own islands on AliExpress pages: each a shadow root (open, so tests and assistive
 * tech can see inside) holding a Preact tree and our stylesheet. AliExpress's CSS never reaches in,
 * ours never leaks out. The stylesheet is fetched once per page, not once per card.
 */
let cssText: Promise<string> | undefined;
function pageCss(): Promise<string> {
  // Emitted by WXT for `cssInjectionMode: 'ui'` as content-scripts/<entrypoint>.css, web-accessible;
  // not in the typed public paths. ENTRYPOINT is the running content script's name, set per build.
  const url = (browser.runtime.getURL as (path: string) => string)(`/content-scripts/${import.meta.env.ENTRYPOINT}.css`);
  cssText ??= fetch(url)
    .then((r) => r.text())
    .catch(() => '');
  return cssText;
}

export interface Island {
  host: HTMLElement;
  update(tree: ComponentChild): void;
  remove(): void;
}

export type Placement = 'append' | 'prepend' | 'after' | 'before';

/** Creates a shadow-root island at `anchor`; removed when the extension is updated or disabled. */
export async function createIsland(ctx: ContentScriptContext, anchor: Element, placement: Placement, name: string): Promise<Island> {
  const host = document.createElement('parcellens-island');
  host.setAttribute('data-parcellens-host', name);
  // A block of its own: never changes the card's flex/grid layout around it.
  host.style.display = 'block';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial;display:block;}\n${await pageCss()}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keep the page's writing direction (Hebrew, Arabic pages are RTL).
  container.dir = getComputedStyle(anchor).direction === 'rtl' ? 'rtl' : 'ltr';
  anchor[placement](host);
  const remove = () => {
    render(null, container);
    host.remove();
  };
  ctx.onInvalidated(remove);
  return { host, update: (tree) => render(tree, container), remove };
}
