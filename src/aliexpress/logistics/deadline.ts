import { MINUTE_MS } from '../../domain/clock';
import type { Deadline } from '../../domain/model';
import { findLocalisedDate, type CalendarDate } from './localised-date';
import { fold } from './months';

/**
 * Reads `fastDeliveryInfoDTO.fdContentList[]`, the promise lines under "Fast delivery":
 * "Apply for $1.00 coupon code if delayed by Aug 3, 2026 · Refund if no delivery before Sep 3, 2026 ·
 * Refund if items damaged · Refund if package lost", translated into the site language.
 * The refund deadline is the dated line that carries no money amount (the coupon line is dated too).
 */

/** A currency symbol or code touching a number: "$1.00", "R$5,00", "1,00 €", "100 руб.", "US $1.00". */
const MONEY =
  /(?:[$€£¥₩₽₪₺₴₹฿₫₱]|\b(?:USD|EUR|GBP|BRL|RUB|PLN|TRY|KRW|JPY|CNY|ILS|UAH|MXN|CLP|COP|CHF|CZK|SEK|THB|VND|IDR|SAR|AED|KZT)\b)\s?\d|\d\s?(?:[$€£¥₩₽₪₺₴₹฿₫₱]|zł|руб|грн|Kč|円|元|원|\b(?:TL|USD|EUR|GBP|BRL|RUB|PLN|TRY|KRW|JPY|CNY|ILS|UAH|MXN|CHF|CZK|SEK|THB|VND|IDR)\b)/u;

/** "Refund" in the site languages; only breaks ties when several lines carry a date. */
const REFUND_WORDS = [
  'refund', 'reembolso', 'rembourse', 'erstattung', 'возврат', 'повернення', 'rimborso', 'terugbetaling', 'zwrot', 'iade',
  '환불', '返金', '退款', 'החזר', 'استرداد', 'คืนเงิน', 'hoàn tiền', 'pengembalian dana',
].map(fold);

export function isCouponLine(line: string): boolean {
  return MONEY.test(line);
}

function mentionsRefund(line: string): boolean {
  const folded = fold(line);
  return REFUND_WORDS.some((word) => folded.includes(word));
}

/**
 * The deadline is the END of the named day (23:59:59.999) in the receiver's zone: "no delivery before
 * Sep 3" is read generously, so ParcelLens never tells a buyer protection has run out while AliExpress
 * may still count that day. Unknown zone → UTC.
 */
export function endOfLocalDay(date: CalendarDate, offsetMinutes: number): number {
  return Date.UTC(date.year, date.month - 1, date.day + 1) - offsetMinutes * MINUTE_MS - 1;
}

export interface PromiseLines {
  deadline?: Deadline;
  coupons: string[];
  problems: string[];
}

export function readPromiseLines(rawLines: readonly string[], options: { offsetMinutes?: number; referenceMs: number }): PromiseLines {
  const lines = rawLines.map((line) => line.trim()).filter((line) => line !== '');
  const coupons = lines.filter(isCouponLine);
  const problems: string[] = [];
  const dated: { line: string; date: CalendarDate }[] = [];
  for (const line of lines) {
    if (isCouponLine(line)) continue;
    const date = findLocalisedDate(line, options.referenceMs);
    if (date) dated.push({ line, date });
    else if (/\d/.test(line) && mentionsRefund(line)) problems.push(`refund line without a readable date: "${line}"`);
  }
  const byDate = (a: { date: CalendarDate }, b: { date: CalendarDate }) =>
    Date.UTC(b.date.year, b.date.month - 1, b.date.day) - Date.UTC(a.date.year, a.date.month - 1, a.date.day);
  const chosen = dated.find((d) => mentionsRefund(d.line)) ?? [...dated].sort(byDate)[0];
  if (!chosen) return { coupons, problems };
  return {
    deadline: { at: endOfLocalDay(chosen.date, options.offsetMinutes ?? 0), text: chosen.line, basis: 'aliexpress' },
    coupons,
    problems,
  };
}
