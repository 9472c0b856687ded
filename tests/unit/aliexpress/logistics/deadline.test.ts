import { describe, expect, it } from 'vitest';
import { endOfLocalDay, isCouponLine, readPromiseLines } from '../../../../src/aliexpress/logistics/deadline';
import { findLocalisedDate } from '../../../../src/aliexpress/logistics/localised-date';
import { MONTH_LOCALES, monthTables } from '../../../../src/aliexpress/logistics/months';

// "Refund if no delivery before <date>" as the fdContentList line reads on each AliExpress language site.
const REF = Date.parse('2026-07-01T00:00:00Z');
const SEP_3 = { year: 2026, month: 9, day: 3 };

describe('findLocalisedDate: the refund line in every site language', () => {
  it.each([
    ['en', 'Refund if no delivery before Sep 3, 2026'],
    ['es', 'Reembolso si no se entrega antes del 3 sept. 2026'],
    ['es long', 'Reembolso si no se entrega antes del 3 de septiembre de 2026'],
    ['es sep', 'Reembolso si no se entrega antes del 3 sep 2026'],
    ['pt', 'Reembolso se não for entregue até 3 de set. de 2026'],
    ['fr', 'Remboursement si non livré avant le 3 sept. 2026'],
    ['de', 'Rückerstattung, wenn nicht vor dem 3. Sept. 2026 zugestellt'],
    ['ru', 'Возврат средств, если заказ не доставлен до 3 сент. 2026 г.'],
    ['ru genitive', 'Возврат средств, если заказ не доставлен до 3 сентября 2026 г.'],
    ['uk', 'Повернення коштів, якщо не доставлено до 3 вер. 2026 р.'],
    ['it', 'Rimborso se non consegnato entro il 3 set 2026'],
    ['nl', 'Terugbetaling als niet geleverd vóór 3 sep. 2026'],
    ['pl', 'Zwrot pieniędzy, jeśli nie dostarczono przed 3 wrz 2026'],
    ['pl genitive', 'Zwrot pieniędzy, jeśli nie dostarczono przed 3 września 2026'],
    ['tr', '3 Eyl 2026 tarihinden önce teslim edilmezse para iadesi'],
    ['ko', '2026년 9월 3일 이전에 배송되지 않으면 환불'],
    ['ja', '2026年9月3日までに配達されない場合は返金'],
    ['zh', '2026年9月3日前未送达可退款'],
    ['he', 'החזר כספי אם המשלוח לא יגיע עד 3 בספט׳ 2026'],
    ['he apostrophe', "החזר כספי אם המשלוח לא יגיע עד 3 בספט' 2026"],
    ['ar', 'استرداد الأموال في حال عدم التسليم قبل 3 سبتمبر 2026'],
    ['ar Levant, Arabic-Indic digits', 'استرداد الأموال في حال عدم التسليم قبل ٣ أيلول ٢٠٢٦'],
    ['th Buddhist year', 'คืนเงินหากไม่ได้รับสินค้าก่อน 3 ก.ย. 2569'],
    ['th', 'คืนเงินหากไม่ได้รับสินค้าก่อน 3 ก.ย. 2026'],
    ['vi', 'Hoàn tiền nếu không giao hàng trước ngày 3 tháng 9, 2026'],
    ['id', 'Pengembalian dana jika tidak dikirim sebelum 3 Sep 2026'],
    ['en no-break spaces', 'Refund if no delivery before Sep\u00a03,\u00a02026'],
  ])('%s: %s', (_, line) => {
    expect(findLocalisedDate(line, REF)).toEqual(SEP_3);
  });

  it('tells Thai January (ม.ค.) from March (มี.ค.)', () => {
    expect(findLocalisedDate('3 ม.ค. 2027')).toEqual({ year: 2027, month: 1, day: 3 });
    expect(findLocalisedDate('3 มี.ค. 2027')).toEqual({ year: 2027, month: 3, day: 3 });
  });

  it('completes a date without a year to the one within half a year of the reference', () => {
    expect(findLocalisedDate('Refund if no delivery before Sep 3', REF)).toEqual(SEP_3);
    expect(findLocalisedDate('Refund if no delivery before Feb 3', Date.parse('2026-12-20T00:00:00Z'))).toEqual({ year: 2027, month: 2, day: 3 });
    expect(findLocalisedDate('Refund if no delivery before Dec 20', Date.parse('2027-01-05T00:00:00Z'))).toEqual({ year: 2026, month: 12, day: 20 });
    expect(findLocalisedDate('Refund if no delivery before Sep 3')).toBeUndefined();
  });

  it.each(['Refund if items damaged', 'Refund if package lost', '', 'Sep 2026', 'Feb 30, 2026', 'Apply for coupon'])('finds no date in %j', (line) => {
    expect(findLocalisedDate(line, REF)).toBeUndefined();
  });
});

describe('month tables (generated from Intl)', () => {
  it('are unambiguous across all site languages', () => {
    expect(monthTables().ambiguous).toEqual([]);
  });

  it('round-trip every month of every language, long and short, as Intl writes full dates', () => {
    const failures: string[] = [];
    for (const locale of MONTH_LOCALES) {
      for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
        for (let m = 1; m <= 12; m++) {
          for (const day of [1, 9, 28]) {
            const text = format.format(new Date(Date.UTC(2026, m - 1, day)));
            const found = findLocalisedDate(text);
            if (found?.year !== 2026 || found.month !== m || found.day !== day) failures.push(`${locale} ${month}: ${text} → ${JSON.stringify(found)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('isCouponLine', () => {
  it.each([
    'Apply for $1.00 coupon code if delayed by Aug 3, 2026',
    'Apply for R$5.00 coupon code if delayed by Aug 3, 2026',
    'Apply for US $1.00 coupon code if delayed by Aug 3, 2026',
    'Solicitar un cupón de 1,00 € si se retrasa después del 3 ago. 2026',
    'Купон на 100 руб. при задержке доставки после 3 авг. 2026 г.',
    'Kupon 4,00 zł w przypadku opóźnienia po 3 sie 2026',
    '2026년 8월 3일 이후 지연 시 ₩1,000 쿠폰',
    '2026年8月3日以降に遅延した場合は100円クーポン',
    '3 Ağu 2026 tarihinden sonra gecikirse 30 TL kupon',
  ])('money line: %s', (line) => {
    expect(isCouponLine(line)).toBe(true);
  });

  it.each(['Refund if no delivery before Sep 3, 2026', 'Возврат средств, если заказ не доставлен до 3 сент. 2026 г.', '2026년 9월 3일 이전에 배송되지 않으면 환불', '2026年9月3日前未送达可退款'])(
    'not a money line: %s',
    (line) => {
      expect(isCouponLine(line)).toBe(false);
    },
  );
});

describe('endOfLocalDay', () => {
  it('is 23:59:59.999 of that day in the given offset', () => {
    expect(new Date(endOfLocalDay(SEP_3, 0)).toISOString()).toBe('2026-09-03T23:59:59.999Z');
    expect(new Date(endOfLocalDay(SEP_3, 120)).toISOString()).toBe('2026-09-03T21:59:59.999Z');
    expect(new Date(endOfLocalDay(SEP_3, -180)).toISOString()).toBe('2026-09-04T02:59:59.999Z');
    expect(new Date(endOfLocalDay({ year: 2026, month: 12, day: 31 }, 330)).toISOString()).toBe('2026-12-31T18:29:59.999Z');
  });
});

describe('readPromiseLines', () => {
  it('picks the refund line, not the dated coupon line, and lists coupons', () => {
    const lines = ['Apply for $1.00 coupon code if delayed by Aug 3, 2026', 'Refund if no delivery before Sep 3, 2026', 'Refund if items damaged'];
    expect(readPromiseLines(lines, { referenceMs: REF, offsetMinutes: 60 })).toEqual({
      deadline: { at: Date.parse('2026-09-03T22:59:59.999Z'), text: 'Refund if no delivery before Sep 3, 2026', basis: 'aliexpress' },
      coupons: ['Apply for $1.00 coupon code if delayed by Aug 3, 2026'],
      problems: [],
    });
  });

  it('prefers a line that says "refund" when several carry dates, else the latest date', () => {
    expect(readPromiseLines(['Delivered by Aug 1, 2026', 'Reembolso si no se entrega antes del 3 sept. 2026'], { referenceMs: REF }).deadline?.text).toBe(
      'Reembolso si no se entrega antes del 3 sept. 2026',
    );
    expect(readPromiseLines(['Guaranteed by Aug 1, 2026', 'Guaranteed by Sep 3, 2026'], { referenceMs: REF }).deadline?.text).toBe('Guaranteed by Sep 3, 2026');
  });

  it('reports a refund line whose date it cannot read', () => {
    expect(readPromiseLines(['Refund if no delivery within 60 days'], { referenceMs: REF })).toEqual({
      coupons: [],
      problems: ['refund line without a readable date: "Refund if no delivery within 60 days"'],
    });
  });

  it('answers nothing for no lines', () => {
    expect(readPromiseLines([], { referenceMs: REF })).toEqual({ coupons: [], problems: [] });
  });
});
