import { SELECTORS, type SelectorName } from './selectors';

/**
 * Registry lookups. An alternative the engine rejects (older browser, test DOM) counts as "no
 * match" instead of throwing into the page.
 */

function safeAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** All matches of the first alternative that matches anything. */
export function queryAll(root: ParentNode, name: SelectorName): Element[] {
  for (const css of SELECTORS[name]) {
    const found = safeAll(root, css);
    if (found.length > 0) return found;
  }
  return [];
}

/** First match of the first alternative that matches anything. */
export function queryFirst(root: ParentNode, name: SelectorName): Element | null {
  for (const css of SELECTORS[name]) {
    try {
      const found = root.querySelector(css);
      if (found) return found;
    } catch {
      // rejected selector: try the next alternative
    }
  }
  return null;
}

/** Matches of every alternative, best first, each element once: for "is any of these here". */
export function queryUnion(root: ParentNode, name: SelectorName): Element[] {
  const seen = new Set<Element>();
  for (const css of SELECTORS[name]) for (const el of safeAll(root, css)) seen.add(el);
  return [...seen];
}

export function safeMatches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** The problem line for a selector that found nothing: names the entry so drift is traceable. */
export function missing(field: string, name: SelectorName): string {
  return `${field}: not found (selector ${name})`;
}
