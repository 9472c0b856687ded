import type { Item, Order } from '../domain/model';
import type { OrderState } from '../domain/vocabulary';

/**
 * Plain results of the AliExpress page readers. Everything here is what the page *shows*; the
 * domain layer decides what it means. Every reader returns `problems` instead of throwing, so a
 * drifted page degrades to "couldn't read this part" rather than breaking the content script.
 */

/** Which AliExpress page a URL is. `null`: not one we read. */
export type PageKind =
  | 'order_list'
  | 'order_detail'
  | 'tracking'
  | 'ru_order_list'
  | 'ru_order_detail'
  | 'legacy_order_list'
  | 'legacy_order_detail'
  | 'legacy_tracking'
  | null;

/** An order as one page shows it; the store adds first/last seen times. */
export type OrderDraft = Omit<Order, 'firstSeenAt' | 'lastSeenAt'>;

export type CardFailure = 'no_order_id' | 'invalid_order';

/** One My Orders card, read. `problems` lists the fields that could not be read (card still usable). */
export type CardRead =
  | {
      ok: true;
      order: OrderDraft;
      /** Numbers shown by the tracking button's hover popover, when it is open/rendered. */
      trackingNumbersFromPopover?: string[];
      /** aliexpress.ru cards only: the delivery line and whether it is flagged as late. */
      delivery?: RuDeliveryLine;
      problems: string[];
    }
  | { ok: false; reason: CardFailure; element: Element; problems: string[] };

export interface RuDeliveryLine {
  /** "Доставка 12 декабря" / "Delivery expected …" */
  title?: string;
  description?: string;
  /** The card marks the description as dangerous (a delay). */
  delayed: boolean;
}

/** The tracking button's hover popover on My Orders. */
export interface TrackPopover {
  numbers: string[];
  etaText?: string;
}

/** One scan on the tracking page. */
export interface PageEvent {
  title?: string;
  description?: string;
  timeText?: string;
  /**
   * `timeText` read as a wall-clock time *in UTC*: the page states no zone, so this is only good
   * for ordering and rough ages. Absent when the format was not recognised.
   */
  wallTime?: number;
}

/** One package of the tracking page's "Logistics Information" panel. */
export interface PagePackage {
  /** Tab label ("Package 1") when the page has package tabs. */
  tabLabel?: string;
  number?: string;
  /** Shipping service ("AliExpress Selection Standard"). */
  service?: string;
  /** Last-mile carrier name ("Correos"). */
  lastMile?: string;
  /** Newest first, as the page lists them. */
  events: PageEvent[];
  etaText?: string;
}

export interface TrackingPageRead {
  /** Packages whose panel is rendered (the page renders only the active tab's panel). */
  packages: PagePackage[];
  /** Every package tab label, in page order; empty when the order has a single package. */
  tabs: string[];
  /** Index in `tabs` of the selected tab, when tabs exist and one is marked selected. */
  activeTab?: number;
  problems: string[];
}

export interface DetailInfoRow {
  label: string;
  value: string;
}

export interface DetailItem extends Item {
  /** Link to this item's tracking page. */
  trackUrl?: string;
  /** Tracking numbers carried in the track link (`mailNoList=`), when present. */
  trackNumbers?: string[];
  /** Latest scan text shown under the item. */
  lastEventText?: string;
  /** "Estimated delivery date: Dec 3, 2026" as shown. */
  etaText?: string;
}

export interface DetailPageRead {
  orderId?: string;
  statusText?: string;
  state: OrderState;
  placedText?: string;
  placedAt?: number;
  paidText?: string;
  paidAt?: number;
  shippedText?: string;
  shippedAt?: number;
  /** Every info row as label/value, recognised or not. */
  infoRows: DetailInfoRow[];
  store?: { name: string; url?: string };
  items: DetailItem[];
  problems: string[];
}

/** What the UI says about the page: "couldn't read this page", "AliExpress asked for verification"… */
export type PageHealth =
  | { status: 'ok'; page: Exclude<PageKind, null>; found: number }
  | { status: 'verification'; evidence: string }
  | { status: 'logged_out'; evidence: string }
  | { status: 'empty'; page: Exclude<PageKind, null> }
  | { status: 'unknown_layout'; page: Exclude<PageKind, null>; problems: string[] }
  /** Not a page ParcelLens reads (home page, product page…). */
  | { status: 'other_page' };
