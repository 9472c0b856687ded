import { parsePageDate } from './dates';
import { missing, queryAll, queryFirst } from './dom';
import { infoRowKind, withoutCopyWord } from './label-words';
import { itemFrom, itemIdOf, quantityOf } from './order-card';
import { orderStateFromText } from './status-words';
import { absoluteUrl, backgroundImageUrl, cleanText, findOrderIdRun, spacedTextOf, textOf } from './text';
import type { DetailInfoRow, DetailItem, DetailPageRead } from './types';
import { isAliExpressHost, toUrl } from './urls';

/**
 * Reads the order detail page (/p/order/detail.html): status, the info rows (id, placed/paid/
 * shipped dates) and per item its track link, latest scan and ETA line. The receiver's address
 * block is deliberately not read.
 */
export function readDetailPage(root: ParentNode, site: string): DetailPageRead {
  const problems: string[] = [];
  const statusText = textOf(queryFirst(root, 'detailStatus'));
  if (!statusText) problems.push(missing('status', 'detailStatus'));
  const state = orderStateFromText(statusText);
  if (statusText && state === 'unknown') problems.push(`status: unrecognised text "${statusText}"`);

  const infoRows = queryAll(root, 'detailInfoRow').map(splitRow);
  if (infoRows.length === 0) problems.push(missing('info rows', 'detailInfoRow'));
  const dates = rowDates(infoRows);

  // The id is the one digit run among the rows, whatever their label says.
  const orderId = infoRows.map((row) => findOrderIdRun(row.value)).find((id) => id !== undefined);
  if (!orderId) problems.push('order id: no 15–19 digit run in the info rows');

  const storeName = textOf(queryFirst(root, 'detailStoreName'));
  if (!storeName) problems.push(missing('store', 'detailStoreName'));
  const storeLink = queryFirst(root, 'detailStoreName')?.closest('a[href]');
  const storeUrl = absoluteUrl(storeLink?.getAttribute('href'), site);

  const items = queryAll(root, 'detailItem').map((wrap) => readItem(wrap, site));
  if (items.length === 0) problems.push(missing('items', 'detailItem'));

  return {
    ...(orderId && { orderId }),
    ...(statusText && { statusText }),
    state,
    ...dates,
    infoRows,
    ...(storeName && { store: { name: storeName, ...(storeUrl && { url: storeUrl }) } }),
    items,
    problems,
  };
}

/** "Paid on: Nov 12, 2026" (label and value often in separate spans) → label / value. */
function splitRow(row: Element): DetailInfoRow {
  const text = withoutCopyWord(spacedTextOf(row));
  const at = text.search(/[:：]/);
  if (at < 0) return { label: '', value: text };
  return { label: text.slice(0, at).trim(), value: withoutCopyWord(text.slice(at + 1).trim()) };
}

type RowDates = Pick<DetailPageRead, 'placedText' | 'placedAt' | 'paidText' | 'paidAt' | 'shippedText' | 'shippedAt'>;

function rowDates(rows: DetailInfoRow[]): RowDates {
  const out: RowDates = {};
  for (const row of rows) {
    const kind = infoRowKind(row.label);
    if (kind === undefined || kind === 'order_id' || !row.value) continue;
    const at = parsePageDate(row.value);
    if (kind === 'placed') Object.assign(out, { placedText: row.value }, at !== undefined && { placedAt: at });
    if (kind === 'paid') Object.assign(out, { paidText: row.value }, at !== undefined && { paidAt: at });
    if (kind === 'shipped') Object.assign(out, { shippedText: row.value }, at !== undefined && { shippedAt: at });
  }
  return out;
}

function readItem(wrap: Element, site: string): DetailItem {
  const titleEl = queryFirst(wrap, 'detailItemTitle');
  const title = textOf(titleEl);
  const itemId = itemIdOf(titleEl?.closest('a[href]')?.getAttribute('href') ?? titleEl?.querySelector('a')?.getAttribute('href'));
  const sku = textOf(queryFirst(wrap, 'detailItemSku'));
  const quantity = quantityOf(spacedTextOf(queryFirst(wrap, 'detailItemPrice')));
  const imageUrl = backgroundImageUrl(queryFirst(wrap, 'detailItemImage'), site);

  const track = queryFirst(wrap, 'detailTrackLink');
  const trackUrl = absoluteUrl(track?.getAttribute('href'), site);
  const trackNumbers = trackUrl ? mailNoList(trackUrl) : [];
  const lastEventText = textOf(queryFirst(wrap, 'detailTrackDesc'));
  const etaText = textOf(queryFirst(wrap, 'detailEta'));
  return {
    ...itemFrom({ title, sku, quantity, imageUrl, itemId }),
    ...(trackUrl && { trackUrl }),
    ...(trackNumbers.length > 0 && { trackNumbers }),
    ...(lastEventText && { lastEventText }),
    ...(etaText && { etaText }),
  };
}

/** Numbers some track links carry (`mailNoList=A,B`), only from AliExpress links. */
function mailNoList(href: string): string[] {
  const u = toUrl(href);
  if (!u || !isAliExpressHost(u.hostname)) return [];
  return (u.searchParams.get('mailNoList') ?? '')
    .split(',')
    .map((n) => cleanText(n))
    .filter((n) => /^[A-Z0-9-]{6,40}$/i.test(n));
}
