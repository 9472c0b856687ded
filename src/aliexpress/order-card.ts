import { z } from 'zod/mini';
import { OrderSchema, type Item } from '../domain/model';
import { parsePageDate } from './dates';
import { missing, queryAll, queryFirst } from './dom';
import { orderStateFromText } from './status-words';
import {
  absoluteUrl,
  afterLabel,
  backgroundImageUrl,
  cleanText,
  findOrderIdRun,
  textOf,
} from './text';
import type { CardRead, OrderDraft, TrackPopover } from './types';
import { orderIdFromUrl } from './urls';

/**
 * Reads My Orders cards (`.order-item`) of www/xx.aliexpress.com and aliexpress.us into domain
 * orders. Labels ("Order ID:", "Ref. Number:", "Orden ID:"…) are never trusted: the id comes from
 * the card's links, else from the only 15–19 digit run of the header.
 */

export const OrderDraftSchema = z.omit(OrderSchema, { firstSeenAt: true, lastSeenAt: true });

export interface ReadCardOptions {
  /**
   * The tracking button's popover when AliExpress renders it outside the card (a portal at the
   * end of `body`), as the caller knows which card's button it hovered.
   */
  popover?: ParentNode | null;
}

/** Every card under `root`, in page order. */
export function readOrderCards(root: ParentNode, site: string): CardRead[] {
  return queryAll(root, 'orderCard').map((card) => readOrderCard(card, site));
}

export function readOrderCard(card: Element, site: string, options: ReadCardOptions = {}): CardRead {
  const problems: string[] = [];
  const header = queryFirst(card, 'cardHeaderInfo');
  if (!header) problems.push(missing('header', 'cardHeaderInfo'));
  const rows = header ? headerRows(header) : [];

  const id = orderIdOf(card, rows, site, problems);
  if (!id) return { ok: false, reason: 'no_order_id', element: card, problems };

  const statusText = textOf(queryFirst(card, 'cardStatus'));
  if (!statusText) problems.push(missing('status', 'cardStatus'));
  const state = orderStateFromText(statusText);
  if (statusText && state === 'unknown') problems.push(`status: unrecognised text "${statusText}"`);

  const dateRow = rows.find((row) => !findOrderIdRun(row) && row.length > 0);
  const placedText = dateRow ? afterLabel(dateRow) : undefined;
  if (!placedText) problems.push(missing('date', 'cardHeaderInfo'));
  const placedAt = parsePageDate(placedText);

  const totalText = afterLabel(textOf(queryFirst(card, 'cardTotal')));
  if (!totalText) problems.push(missing('total', 'cardTotal'));

  const order: OrderDraft = {
    id,
    site,
    state,
    items: readItems(card, site, problems),
    ...(statusText && { statusText }),
    ...(placedText && { placedText }),
    ...(placedAt !== undefined && { placedAt }),
    ...optionalStore(card, site, problems),
    ...(totalText && { totalText }),
  };

  const checked = OrderDraftSchema.safeParse(order);
  if (!checked.success) {
    for (const issue of checked.error.issues) problems.push(`invalid ${issue.path.join('.')}: ${issue.message}`);
    return { ok: false, reason: 'invalid_order', element: card, problems };
  }

  const popover = queryFirst(card, 'trackPopover') ?? options.popover ?? null;
  const numbers = popover ? readTrackPopover(popover).numbers : [];
  return {
    ok: true,
    order: checked.data,
    ...(numbers.length > 0 && { trackingNumbersFromPopover: numbers }),
    problems,
  };
}

/** The header's lines (date line, id line), each as cleaned text. */
function headerRows(header: Element): string[] {
  const divs = Array.from(header.children).filter((el) => el.tagName === 'DIV');
  return (divs.length > 0 ? divs : [header]).map((el) => textOf(el));
}

function orderIdOf(card: Element, rows: string[], site: string, problems: string[]): string | undefined {
  const fromLink = [queryFirst(card, 'cardDetailLink'), queryFirst(card, 'cardTrackLink')]
    .map((a) => absoluteUrl(a?.getAttribute('href'), site))
    .map((href) => (href ? orderIdFromUrl(href) : undefined))
    .find((id) => id !== undefined);
  const fromHeader = rows.map((row) => findOrderIdRun(row)).find((id) => id !== undefined);
  if (fromLink && fromHeader && fromLink !== fromHeader) {
    problems.push(`order id: link says ${fromLink}, header says ${fromHeader}`);
  }
  if (!fromLink && !fromHeader) problems.push('order id: no link with orderId= and no 15–19 digit run in header');
  return fromLink ?? fromHeader;
}

function optionalStore(card: Element, site: string, problems: string[]): Pick<OrderDraft, 'store'> {
  const el = queryFirst(card, 'storeName');
  const name = textOf(el);
  if (!el || !name) {
    problems.push(missing('store', 'storeName'));
    return {};
  }
  const link = el.closest('a[href]') ?? queryFirst(el, 'storeLink') ?? queryFirst(card, 'storeLink');
  const url = absoluteUrl(link?.getAttribute('href'), site);
  return { store: { name, ...(url && { url }) } };
}

function readItems(card: Element, site: string, problems: string[]): Item[] {
  const bodies = queryAll(card, 'itemBody');
  if (bodies.length === 0) problems.push(missing('items', 'itemBody'));
  return bodies.flatMap((body) => {
    const thumbs = queryAll(body, 'multiItemLink');
    return thumbs.length > 0 ? thumbs.map((a) => thumbnailItem(a, site)) : [singleItem(body, site, problems)];
  });
}

function singleItem(body: Element, site: string, problems: string[]): Item {
  const nameEl = queryFirst(body, 'itemName');
  const title = cleanText(nameEl?.getAttribute('title')) || textOf(nameEl);
  if (!title) problems.push(missing('item title', 'itemName'));
  const sku = textOf(queryFirst(body, 'itemSku'));
  const quantity = quantityOf(textOf(queryFirst(body, 'itemQuantity')));
  const imageUrl = backgroundImageUrl(queryFirst(body, 'itemImage'), site);
  const itemId = itemIdOf(queryFirst(body, 'itemLink')?.getAttribute('href'));
  return itemFrom({ title, sku, quantity, imageUrl, itemId });
}

/** An item without its empty fields (the domain wants them absent, not ''). */
export function itemFrom(parts: { title: string; sku?: string; quantity?: number; imageUrl?: string; itemId?: string }): Item {
  const { title, sku, quantity, imageUrl, itemId } = parts;
  return {
    title,
    ...(sku && { sku }),
    ...(quantity !== undefined && { quantity }),
    ...(imageUrl && { imageUrl }),
    ...(itemId && { itemId }),
  };
}

/** Multi-item cards show thumbnails only: the title stays empty until a detail page names it. */
function thumbnailItem(link: Element, site: string): Item {
  const image = link.querySelector('[style*="background"]') ?? link;
  const imageUrl = backgroundImageUrl(image, site) ?? absoluteUrl(link.querySelector('img')?.getAttribute('src'), site);
  const itemId = itemIdOf(link.getAttribute('href'));
  const title = cleanText(link.getAttribute('title') ?? link.getAttribute('aria-label'));
  return { title, ...(imageUrl && { imageUrl }), ...(itemId && { itemId }) };
}

/** "x1", "x 2", "×3" → the count; anything else (or 0) → undefined. */
export function quantityOf(text: string): number | undefined {
  const n = Number(/[x×]\s*(\d{1,5})\b/i.exec(text)?.[1]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function itemIdOf(href: string | null | undefined): string | undefined {
  return /\/item\/(\d{6,20})\.html/.exec(href ?? '')?.[1];
}

/** The tracking button's hover popover: its tracking number(s) and ETA line. */
export function readTrackPopover(popover: ParentNode): TrackPopover {
  const numbers = queryAll(popover, 'popoverNumber')
    .map((el) => textOf(el).replace(/\s+/g, ''))
    .filter((n, i, all) => /^[A-Z0-9-]{6,40}$/i.test(n) && all.indexOf(n) === i);
  const etaText = textOf(queryFirst(popover, 'popoverEta'));
  return { numbers, ...(etaText && { etaText }) };
}
