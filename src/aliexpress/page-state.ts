import { queryAll, queryUnion } from './dom';
import type { SelectorName } from './selectors';
import type { PageHealth, PageKind } from './types';
import { detectPage, isLoginUrl, isPunishUrl } from './urls';

/**
 * What state an AliExpress page is in, for the UI's one-line verdict. Pages are client-rendered:
 * call this once the page settled (or again on each mutation burst), since a list that has not
 * rendered yet looks like an unknown layout.
 */
export function readPageHealth(root: ParentNode, url: URL | string): PageHealth {
  if (isPunishUrl(url)) return { status: 'verification', evidence: 'punish page URL' };
  const captcha = shownMatch(root, 'captcha');
  if (captcha) return { status: 'verification', evidence: `captcha element ${describe(captcha)}` };
  if (isLoginUrl(url)) return { status: 'logged_out', evidence: 'login page URL' };

  const page = detectPage(url);
  const content = page ? contentOf(root, page) : undefined;
  const login = shownMatch(root, 'loginForm');
  // A login form alone is a logged-out page; beside readable content it is only a stray dialog.
  if (login && !content?.found) return { status: 'logged_out', evidence: `login form ${describe(login)}` };
  if (!page || !content) return { status: 'other_page' };

  if (content.found > 0) return { status: 'ok', page, found: content.found };
  if (content.empty) return { status: 'empty', page };
  return { status: 'unknown_layout', page, problems: content.problems };
}

interface Content {
  found: number;
  empty: boolean;
  problems: string[];
}

/** Count of the page's main things (cards, items, packages); undefined for pages we don't read. */
function contentOf(root: ParentNode, page: Exclude<PageKind, null>): Content | undefined {
  switch (page) {
    case 'order_list':
      return count(root, 'orderCard', 'emptyList');
    case 'ru_order_list':
      return count(root, 'ruOrderCard', 'ruEmptyList');
    case 'order_detail':
      return count(root, 'detailItem');
    case 'tracking': {
      const packages = queryAll(root, 'trackingNumber').length || queryAll(root, 'trackingNumberRow').length;
      const events = queryAll(root, 'trackingEvent').length;
      return {
        found: packages || (events > 0 ? 1 : 0),
        empty: false,
        problems: packages || events ? [] : ['no tracking number and no events (selectors trackingNumber, trackingEvent)'],
      };
    }
    // No reader yet (.ru detail) or dead pages kept only in saved copies.
    case 'ru_order_detail':
    case 'legacy_order_list':
    case 'legacy_order_detail':
    case 'legacy_tracking':
      return undefined;
  }
}

function count(root: ParentNode, main: SelectorName, empty?: SelectorName): Content {
  const found = queryAll(root, main).length;
  const isEmpty = !!empty && found === 0 && !!shownMatch(root, empty);
  return { found, empty: isEmpty, problems: found || isEmpty ? [] : [`no match for selector ${main}`] };
}

/** First match not hidden by itself or an ancestor (AliExpress leaves closed dialogs in the DOM). */
function shownMatch(root: ParentNode, name: SelectorName): Element | undefined {
  return queryUnion(root, name).find(isShown);
}

function isShown(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.hasAttribute('hidden')) return false;
    const style = (at.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return false;
  }
  return true;
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  if (id) return `#${id}`;
  return `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`;
}
