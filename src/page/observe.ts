/**
 * Calls `onElement` once for every element matching `selector`, present now or added later
 * (lazy lists, "View orders" paging, re-renders after tab changes). Handled elements are remembered,
 * so handlers are idempotent per element; a re-rendered card is a new element and is handled again.
 * Mutations are coalesced into one pass per animation frame, so a 500-card page costs one scan.
 */
export function observeElements(
  root: ParentNode & Node,
  selector: string,
  onElements: (elements: Element[]) => void,
  signal: AbortSignal,
): void {
  const seen = new WeakSet<Element>();
  let scheduled = false;
  const scan = () => {
    scheduled = false;
    if (signal.aborted) return;
    const fresh: Element[] = [];
    for (const el of root.querySelectorAll(selector)) {
      if (seen.has(el)) continue;
      seen.add(el);
      fresh.push(el);
    }
    if (fresh.length > 0) onElements(fresh);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // requestAnimationFrame does not run in background tabs; a timeout still batches mutations.
    setTimeout(scan, 50);
  };
  const observer = new MutationObserver((records) => {
    // Our own shadow hosts appearing must not trigger rescans of the whole page.
    if (records.every((r) => [...r.addedNodes].every((n) => n instanceof Element && n.hasAttribute('data-parcellens-host')))) return;
    schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  scan();
}
