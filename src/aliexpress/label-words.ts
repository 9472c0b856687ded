import { foldForMatch } from './text';

/**
 * Label words of the detail and tracking pages, per language. Labels are only ever used to know
 * which row is which or to cut a label off a value — never as the source of an id or a number.
 * English is from saved pages (HIGH); other languages follow AliExpress's wording (MED).
 */

/** "Tracking number: LP00… Copy": labels before the number in the tracking panel. */
export const TRACKING_NUMBER_LABELS: readonly string[] = [
  'Tracking number', 'Tracking No', // en
  'Trackingnummer', 'Sendungsnummer', 'Sendungsverfolgungsnummer', // de, nl (Trackingnummer)
  '운송장 번호', '송장 번호', // ko
  'Номер отслеживания', 'Трек-номер', // ru
  'Número de seguimiento', // es
  'Código de rastreio', 'Código de rastreamento', // pt
  'Numéro de suivi', // fr
  'Numero di tracking', 'Numero di tracciamento', // it
  'Volgnummer', // nl
  'Numer przesyłki', 'Numer śledzenia', // pl
  'Takip numarası', 'Kargo takip numarası', // tr
  'מספר מעקב', // he
  'رقم التتبع', // ar
  '追跡番号', // ja
  '物流单号', '运单号', '追踪号', // zh
];

/** The copy button's word, glued to values in row texts ("8181234567890123Copy"). */
export const COPY_WORDS: readonly string[] = [
  'Copy', 'Copiar', 'Copier', 'Kopieren', 'Copia', 'Kopiëren', 'Kopiuj', 'Kopyala',
  'העתק', 'نسخ', '복사', 'コピー', 'Копировать', '复制',
];

export type InfoRowKind = 'order_id' | 'placed' | 'paid' | 'shipped';

/** Detail page info rows ("Order placed on:"), by what they hold. */
const INFO_ROW_LABELS: Readonly<Record<InfoRowKind, readonly string[]>> = {
  order_id: ['Order ID', 'Ref. Number', 'Order number', 'Nº de pedido', 'Número do pedido', 'ID do pedido', 'Bestellnummer', 'Numéro de commande', 'Номер заказа'],
  placed: [
    'Order placed on', 'Order date', 'Placed on', // en
    'Pedido efectuado el', 'Pedido realizado el', 'Fecha del pedido', // es
    'Pedido feito em', 'Pedido realizado em', 'Data do pedido', // pt
    'Commande passée le', 'Date de commande', // fr
    'Bestellt am', 'Bestelldatum', // de
    'Ordine effettuato il', 'Data ordine', // it
    'Заказ оформлен', 'Дата заказа', // ru
  ],
  paid: ['Paid on', 'Payment time', 'Pagado el', 'Pago em', 'Payé le', 'Bezahlt am', 'Pagato il', 'Оплачен', 'Дата оплаты'],
  shipped: [
    'Shipment completed on', 'Shipped on', // en
    'Envío completado el', 'Enviado el', // es
    'Envio concluído em', 'Enviado em', // pt
    'Expédition terminée le', 'Expédié le', // fr
    'Versand abgeschlossen am', 'Versandt am', // de
    'Spedizione completata il', 'Spedito il', // it
    'Отправлен', 'Дата отправки', // ru
  ],
};

const INFO_ROWS: ReadonlyMap<string, InfoRowKind> = new Map(
  (Object.entries(INFO_ROW_LABELS) as [InfoRowKind, readonly string[]][]).flatMap(([kind, labels]) =>
    labels.map((label) => [foldForMatch(label), kind] as const),
  ),
);

/** Which info row a label names ("Paid on:" → 'paid'); undefined when not in the table. */
export function infoRowKind(label: string): InfoRowKind | undefined {
  return INFO_ROWS.get(foldForMatch(label));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const COPY_TAIL = new RegExp(`\\s*(?:${COPY_WORDS.map(escapeRegExp).join('|')})\\s*$`, 'iu');

/** A row value without the copy button's word at its end. */
export function withoutCopyWord(text: string): string {
  return text.replace(COPY_TAIL, '').trim();
}

const NUMBER_LABEL = new RegExp(
  `^\\s*(?:${TRACKING_NUMBER_LABELS.map(escapeRegExp).join('|')})\\s*[:：]?`,
  'iu',
);

/** A tracking-number row's text without its leading label, in any language of the table. */
export function withoutNumberLabel(text: string): string {
  return text.replace(NUMBER_LABEL, '').trim();
}
