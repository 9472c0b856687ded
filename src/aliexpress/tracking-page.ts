import { parsePageDateTime } from './dates';
import { missing, queryAll, queryFirst, safeMatches } from './dom';
import { withoutCopyWord, withoutNumberLabel } from './label-words';
import { SELECTORS } from './selectors';
import { spacedTextOf, textOf } from './text';
import type { PageEvent, PagePackage, TrackingPageRead } from './types';

/**
 * Reads the tracking page's "Logistics Information" panel (/p/tracking/index.html). The page
 * renders only the selected package tab's panel; the caller clicks the other tabs and reads
 * again, matching packages by `tabLabel`/`number`.
 */
export function readTrackingPage(root: ParentNode): TrackingPageRead {
  const problems: string[] = [];
  const tabEls = queryAll(root, 'packageTab');
  const tabs = tabEls.map((el) => textOf(el));
  const active = tabEls.findIndex(isSelectedTab);

  const panels = queryAll(root, 'trackingPanel');
  // Without a known panel wrapper, the whole page is one package, if it holds one at all.
  const scopes = panels.length > 0 ? panels : hasPackageContent(root) ? [root] : [];
  if (scopes.length === 0) problems.push(missing('package', 'trackingPanel'));

  const pageEta = textOf(queryFirst(root, 'trackingEta'));
  const packages = scopes.map((scope, i) => {
    const pkg = readPackage(scope, problems);
    // One panel rendered with tabs shown: it belongs to the selected tab.
    const label = scopes.length === 1 ? tabs[active] : tabs[i];
    if (label) pkg.tabLabel = label;
    if (!pkg.etaText && pageEta) pkg.etaText = pageEta;
    return pkg;
  });
  if (tabs.length > 0 && active < 0) problems.push('tabs: no tab marked selected');

  return { packages, tabs, ...(tabs.length > 0 && active >= 0 && { activeTab: active }), problems };
}

function hasPackageContent(root: ParentNode): boolean {
  return !!(queryFirst(root, 'trackingNumber') ?? queryFirst(root, 'trackingNumberRow') ?? queryFirst(root, 'trackingEvent'));
}

/** Tabs mark the selected one with aria-selected or an `…active…`/`…selected…` class. */
function isSelectedTab(tab: Element): boolean {
  if (tab.getAttribute('aria-selected') === 'true') return true;
  return /(?:^|[\s-])(?:active|selected)|--(?:active|selected)/i.test(tab.getAttribute('class') ?? '');
}

function readPackage(scope: ParentNode, problems: string[]): PagePackage {
  const number = trackingNumberIn(scope);
  if (!number) problems.push(missing('tracking number', 'trackingNumber'));
  const service = textOf(queryFirst(scope, 'trackingService'));
  const lastMile = textOf(queryFirst(scope, 'trackingLastMile'));
  const etaText = textOf(queryFirst(scope, 'trackingEta'));
  const events = queryAll(scope, 'trackingEvent').map(readEvent);
  if (events.length === 0) problems.push(missing('events', 'trackingEvent'));
  return {
    ...(number && { number }),
    ...(service && { service }),
    ...(lastMile && { lastMile }),
    events,
    ...(etaText && { etaText }),
  };
}

/** The number element, else the row text after its label ("Trackingnummer: …", "운송장 번호 …"). */
function trackingNumberIn(scope: ParentNode): string | undefined {
  const value = textOf(queryFirst(scope, 'trackingNumber')).replace(/\s+/g, '');
  if (looksLikeNumber(value)) return value;
  const row = textOf(queryFirst(scope, 'trackingNumberRow'));
  if (!row) return undefined;
  const rest = withoutCopyWord(withoutNumberLabel(row)).replace(/^[^:：]*[:：]/, '');
  return rest.split(/\s+/).find(looksLikeNumber);
}

/** Letters and digits, with at least one digit: a number, not a leftover label word. */
function looksLikeNumber(token: string): boolean {
  return /^[A-Z0-9-]{6,40}$/i.test(token) && /\d/.test(token);
}

function readEvent(node: Element): PageEvent {
  const title = textOf(queryFirst(node, 'eventTitle'));
  const description = textOf(queryFirst(node, 'eventDesc'));
  const timeText = spacedTextOf(queryFirst(node, 'eventTime'));
  const wallTime = parsePageDateTime(timeText);
  return {
    ...(title && { title }),
    ...(description && { description }),
    ...(timeText && { timeText }),
    ...(wallTime !== undefined && { wallTime }),
  };
}

/** True when `el` is a package tab (for callers wiring clicks). */
export function isPackageTab(el: Element): boolean {
  return SELECTORS.packageTab.some((css) => safeMatches(el, css));
}
