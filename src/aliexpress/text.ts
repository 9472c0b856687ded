/**
 * Text clean-up shared by the page readers. AliExpress pads texts with NBSPs (pt_BR statuses end
 * in one), wraps ids in direction marks on RTL pages and splits prices into one span per digit.
 */

/** Zero-width and bidi control characters: invisible, but they break digit runs and comparisons. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Every Unicode space (NBSP, thin space, ideographic space…) plus ordinary whitespace. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
/** Latin combining marks, dropped only for matching (é→e, ş→s, ё→е, й→и). */
const COMBINING = /[\u0300-\u036f]/g;

/** Visible text: invisible marks removed, spaces collapsed, trimmed. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * Key for comparing words across case, accents, width and punctuation at the edges. Both the
 * tables and the page text go through it, so only equal-after-folding words meet.
 */
export function foldForMatch(text: string | null | undefined): string {
  return cleanText(text)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .normalize('NFC')
    .replace(/^[\s.:：,;!·•-]+|[\s.:：,;!·•-]+$/g, '');
}

/** `textContent`, cleaned: split digits stay together ("1","2",".","3" → "12.3"). */
export function textOf(el: Node | null | undefined): string {
  return cleanText(el?.textContent);
}

/**
 * Text with a space between separate text nodes, for blocks whose parts sit in sibling elements
 * without whitespace (a date span beside a time span). Not for prices, whose digits must join.
 */
export function spacedTextOf(el: Node | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else node.childNodes.forEach(walk);
  };
  walk(el);
  return cleanText(parts.join(' '));
}

/** What follows the first label colon ("Order date: Nov 12, 2026" → "Nov 12, 2026"). */
export function afterLabel(text: string): string {
  const at = text.search(/[:：]/);
  return at < 0 ? text.trim() : text.slice(at + 1).trim();
}

/** 15–19 digit runs, never part of a longer digit run: AliExpress order ids. */
export function findOrderIdRun(text: string): string | undefined {
  return /(?<!\d)\d{15,19}(?!\d)/.exec(cleanText(text))?.[0];
}

/** Protocol-relative and relative links made absolute against the page's own site. */
export function absoluteUrl(href: string | null | undefined, site: string): string | undefined {
  const raw = cleanText(href);
  if (!raw || /^(?:javascript|data):/i.test(raw)) return undefined;
  try {
    return new URL(raw, `https://${site}/`).href;
  } catch {
    return undefined;
  }
}

/** The URL inside an inline `background-image: url("…")`. */
export function backgroundImageUrl(el: Element | null | undefined, site: string): string | undefined {
  const style = el?.getAttribute('style') ?? '';
  const m = /background(?:-image)?\s*:[^;]*url\(\s*(['"]?)(.*?)\1\s*\)/i.exec(style);
  return m?.[2] ? absoluteUrl(m[2], site) : undefined;
}
