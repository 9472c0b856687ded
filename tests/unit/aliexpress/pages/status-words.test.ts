// @vitest-environment happy-dom
import { ORDER_STATES } from '../../../../src/domain/vocabulary';
import { orderStateFromText, statusPhrases } from '../../../../src/aliexpress/status-words';

describe('orderStateFromText', () => {
  // The six tab states in every language the brief lists (en es pt fr de it nl pl tr he ar ko ja ru zh).
  const TABLE: Record<string, [string, string, string, string, string, string]> = {
    en: ['Awaiting payment', 'Processing', 'Awaiting shipment', 'Awaiting delivery', 'Completed', 'Closed'],
    es: ['Esperando pago', 'Procesando', 'Esperando envío', 'Esperando entrega', 'Completado', 'Cerrado'],
    pt: ['Aguardando pagamento', 'Processando', 'Aguardando envio', 'Aguardando entrega', 'Concluído', 'Fechado'],
    fr: ['En attente de paiement', 'En cours de traitement', "En attente d'expédition", 'En attente de livraison', 'Terminé', 'Fermé'],
    de: ['Zahlung ausstehend', 'In Bearbeitung', 'Versand ausstehend', 'Lieferung ausstehend', 'Abgeschlossen', 'Geschlossen'],
    it: ['In attesa di pagamento', 'In elaborazione', 'In attesa di spedizione', 'In attesa di consegna', 'Completato', 'Chiuso'],
    nl: ['Wachten op betaling', 'In behandeling', 'Wachten op verzending', 'Wachten op levering', 'Voltooid', 'Gesloten'],
    pl: ['Oczekuje na płatność', 'W trakcie realizacji', 'Oczekuje na wysyłkę', 'Oczekuje na dostawę', 'Zakończone', 'Zamknięte'],
    tr: ['Ödeme bekleniyor', 'İşleniyor', 'Gönderim bekleniyor', 'Teslimat bekleniyor', 'Tamamlandı', 'Kapandı'],
    he: ['ממתין לתשלום', 'בעיבוד', 'ממתין למשלוח', 'ממתין למסירה', 'הושלם', 'סגור'],
    ar: ['في انتظار الدفع', 'قيد المعالجة', 'في انتظار الشحن', 'في انتظار التسليم', 'مكتمل', 'مغلق'],
    ko: ['결제 대기 중', '처리 중', '발송 대기 중', '배송 중', '완료됨', '종료됨'],
    ja: ['支払い待ち', '処理中', '発送待ち', '配達待ち', '完了', '終了'],
    ru: ['Ожидает оплаты', 'В обработке', 'Ожидает отправки', 'Ожидает доставки', 'Завершён', 'Закрыт'],
    zh: ['等待付款', '处理中', '等待发货', '等待收货', '已完成', '已关闭'],
  };
  const STATES = ['awaiting_payment', 'processing', 'awaiting_shipment', 'awaiting_delivery', 'completed', 'closed'];

  test.each(Object.entries(TABLE))('%s', (_lang, texts) => {
    expect(texts.map(orderStateFromText)).toEqual(STATES);
  });

  test.each([
    ['Aguardando entrega ', 'awaiting_delivery'], // pt_BR trailing space
    ['Concluído\u00a0', 'completed'], // trailing NBSP
    ['AWAITING   DELIVERY', 'awaiting_delivery'],
    ['awaiting\u00a0delivery.', 'awaiting_delivery'],
    ['Ждёт в\u00a0пункте выдачи', 'awaiting_delivery'], // aliexpress.ru tag
    ['Ждет в пункте выдачи', 'awaiting_delivery'], // ё/е folded
    ['Получен', 'completed'],
    ['ISLENIYOR', 'processing'], // Turkish dotted İ folded
    ['Order closed by buyer', 'closed'], // contained phrase
    ['Enclosed', 'unknown'], // not as a word
    ['Ожидает получения', 'awaiting_delivery'], // not "Получен" (completed)
    ['Payment pending verification', 'awaiting_payment'],
    ['Something new', 'unknown'],
    ['', 'unknown'],
  ])('%j → %s', (text, state) => {
    expect(orderStateFromText(text)).toBe(state);
  });

  test('null and undefined are unknown', () => {
    expect(orderStateFromText(null)).toBe('unknown');
    expect(orderStateFromText(undefined)).toBe('unknown');
  });

  test('no phrase maps to two states, and every state is a domain state', () => {
    const seen = new Map<string, string>();
    for (const [phrase, state] of statusPhrases()) {
      expect(ORDER_STATES).toContain(state);
      const before = seen.get(phrase);
      expect(before === undefined || before === state, `${phrase}: ${before} vs ${state}`).toBe(true);
      seen.set(phrase, state);
    }
  });
});
