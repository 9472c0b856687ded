import type { OrderState } from '../domain/vocabulary';
import { foldForMatch } from './text';

/**
 * Order status texts as AliExpress prints them, per language, mapped to the tab they belong to.
 * Matching folds case, accents, NBSPs and edge punctuation (pt_BR statuses end in a space), then
 * takes an exact phrase, else the longest phrase the text contains. Unknown text is 'unknown',
 * never a guess. English, Spanish and Portuguese are from saved pages (HIGH); the rest follow
 * AliExpress's tab names in those locales (MED): add a variant here when a page shows a new one.
 */
const WORDS: Readonly<Record<Exclude<OrderState, 'unknown'>, readonly string[]>> = {
  awaiting_payment: [
    'Awaiting payment', 'Payment pending', 'To pay', // en
    'Esperando pago', 'Pendiente de pago', 'Pago pendiente', // es
    'Aguardando pagamento', 'Pagamento pendente', // pt
    'En attente de paiement', 'Paiement en attente', // fr
    'Zahlung ausstehend', 'Warten auf Zahlung', 'Wartet auf Zahlung', // de
    'In attesa di pagamento', 'Pagamento in sospeso', // it
    'Wachten op betaling', 'In afwachting van betaling', // nl
    'Oczekuje na płatność', 'Oczekiwanie na płatność', // pl
    'Ödeme bekleniyor', 'Ödeme bekleyen', // tr
    'ממתין לתשלום', 'ממתינה לתשלום', // he
    'في انتظار الدفع', 'بانتظار الدفع', // ar
    '결제 대기 중', '결제 대기', // ko
    '支払い待ち', 'お支払い待ち', // ja
    'Ожидает оплаты', 'Ожидание оплаты', // ru
    '等待付款', '待付款', '等待买家付款', // zh
  ],
  processing: [
    'Processing', 'Payment processing', 'In processing', // en
    'Procesando', 'En proceso', 'Procesando pago', // es
    'Processando', 'Em processamento', 'Processando pagamento', // pt
    'En cours de traitement', 'Traitement en cours', // fr
    'In Bearbeitung', 'Wird bearbeitet', // de
    'In elaborazione', // it
    'In behandeling', 'Wordt verwerkt', // nl
    'W trakcie realizacji', 'Przetwarzanie', // pl
    'İşleniyor', 'İşlemde', // tr
    'בעיבוד', 'בטיפול', // he
    'قيد المعالجة', // ar
    '처리 중', // ko
    '処理中', // ja
    'В обработке', 'Обрабатывается', // ru
    '处理中', // zh
  ],
  awaiting_shipment: [
    'Awaiting shipment', 'To ship', 'Awaiting dispatch', // en
    'Esperando envío', 'Pendiente de envío', 'Por enviar', // es
    'Aguardando envio', 'A enviar', // pt
    "En attente d'expédition", 'En attente d’expédition', // fr
    'Versand ausstehend', 'Warten auf Versand', 'Wartet auf Versand', // de
    'In attesa di spedizione', // it
    'Wachten op verzending', 'In afwachting van verzending', // nl
    'Oczekuje na wysyłkę', 'Oczekiwanie na wysyłkę', // pl
    'Gönderim bekleniyor', 'Kargolanmayı bekliyor', // tr
    'ממתין למשלוח', 'ממתינה למשלוח', // he
    'في انتظار الشحن', 'بانتظار الشحن', // ar
    '발송 대기 중', '발송 대기', '배송 준비 중', // ko
    '発送待ち', // ja
    'Ожидает отправки', 'Собирается', // ru (.com locale and aliexpress.ru)
    '等待发货', '待发货', '等待卖家发货', // zh
  ],
  awaiting_delivery: [
    'Awaiting delivery', 'Shipped', 'To receive', 'In transit', // en
    'Esperando entrega', 'Pendiente de entrega', 'Enviado', 'En tránsito', // es
    'Aguardando entrega', 'Aguardando recebimento', 'Enviado', 'Em trânsito', // pt
    'En attente de livraison', 'En attente de réception', 'Expédié', 'Expédiée', // fr
    'Lieferung ausstehend', 'Warten auf Lieferung', 'Wartet auf Lieferung', 'Versandt', // de
    'In attesa di consegna', 'Spedito', // it
    'Wachten op levering', 'In afwachting van levering', 'Verzonden', // nl
    'Oczekuje na dostawę', 'Oczekiwanie na dostawę', 'Wysłane', // pl
    'Teslimat bekleniyor', 'Teslim edilmeyi bekliyor', 'Kargoya verildi', // tr
    'ממתין למסירה', 'ממתינה למסירה', 'ממתין לקבלה', 'נשלח', // he
    'في انتظار التسليم', 'بانتظار التسليم', 'في انتظار الاستلام', 'تم الشحن', // ar
    '배송 중', '수령 대기 중', // ko
    '配達待ち', '受取待ち', '発送済み', // ja
    'Ожидает доставки', 'Ожидает получения', 'Отправлен', 'В пути', // ru (.com locale)
    'Передан в доставку', 'Ждёт в пункте выдачи', 'Доставлен в пункт выдачи', 'Готов к выдаче', // .ru tags
    '等待收货', '待收货', '已发货', '运输中', // zh
  ],
  completed: [
    'Completed', 'Finished', 'Delivered', // en
    'Completado', 'Finalizado', 'Entregado', // es
    'Concluído', 'Finalizado', 'Entregue', // pt
    'Terminé', 'Terminée', 'Complété', 'Complétée', 'Livré', // fr
    'Abgeschlossen', 'Zugestellt', // de
    'Completato', 'Consegnato', // it
    'Voltooid', 'Afgerond', 'Bezorgd', // nl
    'Zakończone', 'Dostarczone', // pl
    'Tamamlandı', 'Teslim edildi', // tr
    'הושלם', 'הושלמה', 'נמסר', // he
    'مكتمل', 'اكتمل', 'تم التسليم', // ar
    '완료됨', '완료', '구매 확정', // ko
    '完了', '取引完了', // ja
    'Завершен', 'Выполнен', 'Получен', 'Доставлен', // ru; .ru "Доставлен" sits in its archive
    '已完成', '交易完成', // zh
  ],
  closed: [
    'Closed', 'Cancelled', 'Canceled', 'Order closed', // en
    'Cerrado', 'Cancelado', 'Pedido cerrado', // es
    'Fechado', 'Encerrado', 'Cancelado', // pt
    'Fermé', 'Fermée', 'Annulé', 'Annulée', // fr
    'Geschlossen', 'Storniert', // de
    'Chiuso', 'Annullato', // it
    'Gesloten', 'Geannuleerd', // nl
    'Zamknięte', 'Anulowane', // pl
    'Kapandı', 'Kapatıldı', 'İptal edildi', // tr
    'סגור', 'סגורה', 'בוטל', 'בוטלה', // he
    'مغلق', 'ملغي', 'تم الإلغاء', // ar
    '종료됨', '취소됨', // ko
    '終了', 'キャンセル済み', // ja
    'Закрыт', 'Отменен', 'Отменён', // ru
    '已关闭', '交易关闭', '已取消', // zh
  ],
};

const PHRASES: readonly (readonly [string, Exclude<OrderState, 'unknown'>])[] = (
  Object.entries(WORDS) as [Exclude<OrderState, 'unknown'>, readonly string[]][]
)
  .flatMap(([state, words]) => words.map((w) => [foldForMatch(w), state] as const))
  // Longest first, so "Awaiting delivery" wins over a shorter phrase it contains.
  .sort((a, b) => b[0].length - a[0].length);

const EXACT: ReadonlyMap<string, Exclude<OrderState, 'unknown'>> = new Map(PHRASES);

/** The order state a localised status text names; 'unknown' when no phrase matches. */
export function orderStateFromText(text: string | null | undefined): OrderState {
  const key = foldForMatch(text);
  if (!key) return 'unknown';
  const exact = EXACT.get(key);
  if (exact) return exact;
  // Contained phrases must stand as words in spaced scripts: "Closed" must not match "Enclosed".
  for (const [phrase, state] of PHRASES) {
    const at = key.indexOf(phrase);
    if (at >= 0 && wordEdge(key, at - 1) && wordEdge(key, at + phrase.length)) return state;
  }
  return 'unknown';
}

function wordEdge(text: string, index: number): boolean {
  const c = text[index];
  // Han and kana run words together, so only spaced scripts need an edge.
  return c === undefined || !/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Hangul}\d]/u.test(c);
}

/** Every phrase of the table with its state, for tests and debugging. */
export function statusPhrases(): ReadonlyArray<readonly [string, OrderState]> {
  return PHRASES;
}
