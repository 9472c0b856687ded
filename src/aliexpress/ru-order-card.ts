import type { Item } from '../domain/model';
import { missing, queryAll, queryFirst } from './dom';
import { OrderDraftSchema } from './order-card';
import { orderStateFromText } from './status-words';
import { absoluteUrl, cleanText, textOf } from './text';
import type { CardRead, OrderDraft, RuDeliveryLine } from './types';
import { orderIdFromUrl } from './urls';

/**
 * Reads aliexpress.ru order cards: a separate platform whose CSS-module classes carry a build
 * hash (`RedOrderList_OrderItem__number__1tjf5`), matched by prefix in ./selectors.ts. The card
 * shows no order date; its delivery line ("Доставка 12 декабря") is returned beside the order.
 */

export function readRuOrderCards(root: ParentNode, site: string): CardRead[] {
  return queryAll(root, 'ruOrderCard').map((card) => readRuOrderCard(card, site));
}

export function readRuOrderCard(card: Element, site: string): CardRead {
  const problems: string[] = [];
  const id = ruOrderId(card, site, problems);
  if (!id) return { ok: false, reason: 'no_order_id', element: card, problems };

  const statusText = textOf(queryFirst(card, 'ruStatus'));
  if (!statusText) problems.push(missing('status', 'ruStatus'));
  const state = orderStateFromText(statusText);
  if (statusText && state === 'unknown') problems.push(`status: unrecognised text "${statusText}"`);

  const totalText = textOf(queryFirst(card, 'ruTotal'));
  if (!totalText) problems.push(missing('total', 'ruTotal'));
  const storeName = textOf(queryFirst(card, 'ruSeller'));
  if (!storeName) problems.push(missing('store', 'ruSeller'));

  const order: OrderDraft = {
    id,
    site,
    state,
    items: queryAll(card, 'ruProduct').map((p) => ruItem(p, site)),
    ...(statusText && { statusText }),
    ...(storeName && { store: { name: storeName } }),
    ...(totalText && { totalText }),
  };
  const checked = OrderDraftSchema.safeParse(order);
  if (!checked.success) {
    for (const issue of checked.error.issues) problems.push(`invalid ${issue.path.join('.')}: ${issue.message}`);
    return { ok: false, reason: 'invalid_order', element: card, problems };
  }
  return { ok: true, order: checked.data, delivery: deliveryLine(card), problems };
}

/** The number as shown ("5000 1234 5678 9012") without its spaces, else the card link's path. */
function ruOrderId(card: Element, site: string, problems: string[]): string | undefined {
  const shown = textOf(queryFirst(card, 'ruOrderNumber')).replace(/[\s-]/g, '');
  const fromText = /^\d{15,19}$/.test(shown) ? shown : undefined;
  const href = absoluteUrl(queryFirst(card, 'ruCardLink')?.getAttribute('href'), site);
  const fromLink = href ? orderIdFromUrl(href) : undefined;
  if (fromText && fromLink && fromText !== fromLink) {
    problems.push(`order id: number says ${fromText}, link says ${fromLink}`);
  }
  if (!fromText && !fromLink) problems.push('order id: no order number and no /order-list/<id> link');
  return fromText ?? fromLink;
}

function deliveryLine(card: Element): RuDeliveryLine {
  const title = textOf(queryFirst(card, 'ruDeliveryTitle'));
  const descEl = queryFirst(card, 'ruDescription');
  const description = textOf(descEl);
  // The dangerous modifier sits on the description element itself.
  const delayed = !!descEl && (descEl.getAttribute('class') ?? '').includes('descriptionDangerous');
  return { ...(title && { title }), ...(description && { description }), delayed };
}

function ruItem(product: Element, site: string): Item {
  const titleEl = queryFirst(product, 'ruProductText');
  const img = product.querySelector('img');
  const title = textOf(titleEl) || cleanText(img?.getAttribute('alt'));
  const imageUrl = absoluteUrl(img?.getAttribute('src'), site);
  return { title, ...(imageUrl && { imageUrl }) };
}
