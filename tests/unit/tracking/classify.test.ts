import { describe, expect, it } from 'vitest';
import type { Source, Stage, StatusCode } from '../../../src/domain/vocabulary';
import { classifyEvent } from '../../../src/tracking/classify';

type Case = [code: string | null, group: string | null, expected: StatusCode | null, stage: Stage | null];

describe('classifyEvent: AliExpress querydetail codes', () => {
  it.each<Case>([
    ['AE_ORDER_PLACED', null, null, 'pre_shipment'],
    ['AE_ORDER_PAID', '1100', null, 'pre_shipment'],
    ['AE_GWMS_ACCEPT', null, null, 'pre_shipment'],
    ['AE_GWMS_PACKAGE', null, null, 'pre_shipment'],
    ['AE_GWMS_OUTBOUND', '1100', null, 'pre_shipment'],
    ['AE_PICK_UP_SUCCESS', null, 'accepted', 'origin'],
    ['AE_GOT', null, 'accepted', 'origin'],
    ['AE_SC_INBOUND_SUCCESS', '1200', 'accepted', 'origin'],
    ['AE_SC_OUTBOUND_SUCCESS', '1200', 'in_transit', 'origin'],
    ['AE_CC_EX_START', null, 'customs', 'export_customs'],
    ['AE_CC_EX_SUCCESS', null, 'customs', 'export_customs'],
    ['AE_LH_HO_IN_SUCCESS', '1400', 'in_transit', 'line_haul'],
    ['AE_LH_HO_AIRLINE', '1400', 'in_transit', 'line_haul'],
    ['AE_LH_DEPART', '1400', 'in_transit', 'line_haul'],
    ['AE_LH_ARRIVE', '1400', 'arrived_destination', 'line_haul'],
    ['AE_CC_IM_START', '1600', 'customs', 'import_customs'],
    ['AE_CC_IM_SUCCESS', '1600', 'customs', 'import_customs'],
    ['AE_CC_HO_OUT_SUCCESS', '1600', 'customs', 'import_customs'],
    ['AE_GTMS_ACCEPT', '1700', 'at_local_facility', 'last_mile'],
    ['AE_GTMS_ORDER_INFO_UPDATE', '1700', null, 'last_mile'],
    ['AE_GTMS_SC_ARRIVE', '1700', 'at_local_facility', 'last_mile'],
    ['AE_GTMS_SC_DEPART', '1700', 'at_local_facility', 'last_mile'],
    ['AE_GTMS_DO_ARRIVE', '1700', 'at_local_facility', 'last_mile'],
    ['AE_GTMS_DELIVERING', '1700', 'out_for_delivery', 'last_mile'],
    ['AE_GTMS_DO_DEPART', '1700', 'out_for_delivery', 'last_mile'],
    ['AE_GTMS_STA_SIGNED', '1700', 'available_for_pickup', 'last_mile'],
    ['AE_GTMS_SIGNED', '1700', 'delivered', 'final'],
    ['AE_LAST_MILE_HO_SUCCESS', '1700', 'delivered', 'final'],
    // Unknown code: the fulfillStage group is the fallback.
    ['AE_SOMETHING_NEW', '1100', 'info_received', 'origin'],
    ['AE_SOMETHING_NEW', '1200', 'accepted', 'origin'],
    ['AE_SOMETHING_NEW', '1400', 'in_transit', 'line_haul'],
    ['AE_SOMETHING_NEW', '1600', 'customs', 'import_customs'],
    ['AE_SOMETHING_NEW', '1700', 'at_local_facility', 'last_mile'],
    ['AE_SOMETHING_NEW', null, null, null],
    ['constructor', null, null, null],
  ])('%s (group %s) → %s / %s', (code, group, status, stage) => {
    expect(classifyEvent({ source: 'aliexpress', code, group })).toEqual({ status, stage });
  });
});

describe('classifyEvent: Cainiao actionCode and nodeCode', () => {
  it.each<Case>([
    ['GWMS_ACCEPT', 'AE_GROUP_WH_PROCESSING', 'info_received', 'origin'],
    ['GWMS_PACKAGE', null, 'info_received', 'origin'],
    ['PRE_READY_TO_SHIP', null, 'info_received', 'origin'],
    ['WMS_CONFIRMED', null, 'info_received', 'origin'],
    ['CW_INBOUND', null, 'accepted', 'origin'],
    ['PU_PICKUP_SUCCESS', 'AE_GROUP_PU_PROCESSING', 'accepted', 'origin'],
    ['SC_INBOUND_SUCCESS', 'AE_GROUP_SC_PROCESSING', 'accepted', 'origin'],
    ['CW_OUTBOUND', null, 'in_transit', 'origin'],
    ['GWMS_OUTBOUND', null, 'in_transit', 'origin'],
    ['SC_OUTBOUND_SUCCESS', null, 'in_transit', 'origin'],
    ['CC_EX_START', 'AE_GROUP_EX_CLEARING_CUSTOMS', 'customs', 'export_customs'],
    ['CC_EX_SUCCESS', null, 'customs', 'export_customs'],
    ['LH_HO_IN_SUCCESS', 'AE_GROUP_LH_PROCESSING', 'in_transit', 'line_haul'],
    ['LH_HO_AIRLINE', null, 'in_transit', 'line_haul'],
    ['LH_DEPART', null, 'in_transit', 'line_haul'],
    ['LH_ARRIVE', 'AE_GROUP_LH_ARRIVE', 'arrived_destination', 'line_haul'],
    ['COMMON_INTRANSIT', null, 'in_transit', 'line_haul'],
    ['CC_HO_IN_SUCCESS', null, 'customs', 'import_customs'],
    ['CC_IM_START', 'AE_GROUP_IM_CLEARING_CUSTOMS', 'customs', 'import_customs'],
    ['CC_IM_SUCCESS', null, 'customs', 'import_customs'],
    ['CC_HO_OUT_SUCCESS', null, 'customs', 'import_customs'],
    ['CUSTOMS_ARRIVED_IN_AREA_CALLBACK', null, 'customs', 'import_customs'],
    ['GTMS_ACCEPT', 'AE_GROUP_DELIVERING', 'at_local_facility', 'last_mile'],
    ['GTMS_SC_ARRIVE', null, 'at_local_facility', 'last_mile'],
    ['GTMS_SC_DEPART', null, 'at_local_facility', 'last_mile'],
    ['GTMS_DO_DEPART', null, 'out_for_delivery', 'last_mile'],
    ['GSTA_INFORM_BUYER', null, 'available_for_pickup', 'last_mile'],
    ['GTMS_WAIT_SELF_PICK', null, 'available_for_pickup', 'last_mile'],
    // Signed at the station, in the DELIVERED group all the same: the buyer has not got it.
    ['GTMS_STA_SIGNED', 'AE_GROUP_DELIVERED', 'available_for_pickup', 'last_mile'],
    ['GTMS_SIGNED', 'AE_GROUP_DELIVERED', 'delivered', 'final'],
    ['GTMS_STA_SIGN_FAILURE', null, 'failed_attempt', 'last_mile'],
    ['EXCEPTION', null, 'exception', null],
    // AE_ codes sometimes appear in Cainiao answers for AliExpress parcels.
    ['AE_GTMS_SIGNED', null, 'delivered', 'final'],
    // Unknown code, no words: the group decides.
    ['NEW_CODE', 'AE_GROUP_WH_PROCESSING', 'info_received', 'origin'],
    ['NEW_CODE', 'AE_GROUP_LH_ARRIVE', 'arrived_destination', 'line_haul'],
    ['NEW_CODE', 'AE_GROUP_DELIVERING', 'at_local_facility', 'last_mile'],
    ['NEW_CODE', 'AE_GROUP_DELIVERED', 'delivered', 'final'],
    ['NEW_CODE', 'NEW_GROUP', null, null],
  ])('%s (group %s) → %s / %s', (code, group, status, stage) => {
    expect(classifyEvent({ source: 'cainiao', code, group })).toEqual({ status, stage });
  });
});

describe('classifyEvent: 17TRACK and Ship24 codes', () => {
  it.each<[Source, string, StatusCode | null, Stage | null]>([
    ['17track', 'InfoReceived', 'info_received', 'origin'],
    ['17track', 'InTransit_PickedUp', 'accepted', 'origin'],
    ['17track', 'PickedUp', 'accepted', 'origin'],
    ['17track', 'InTransit_Departure', 'in_transit', 'line_haul'],
    ['17track', 'InTransit_Arrival', 'arrived_destination', 'line_haul'],
    ['17track', 'InTransit_CustomsProcessing', 'customs', 'import_customs'],
    ['17track', 'InTransit_CustomsReleased', 'customs', 'import_customs'],
    ['17track', 'InTransit_Other', 'in_transit', null],
    ['17track', 'AvailableForPickup_Other', 'available_for_pickup', 'last_mile'],
    ['17track', 'OutForDelivery_Other', 'out_for_delivery', 'last_mile'],
    ['17track', 'DeliveryFailure_NoBody', 'failed_attempt', 'last_mile'],
    ['17track', 'DeliveryFailure_InvalidAddress', 'failed_attempt', 'last_mile'],
    ['17track', 'Delivered_Other', 'delivered', 'final'],
    ['17track', 'Delivered', 'delivered', 'final'],
    ['17track', 'Exception_Returning', 'exception', 'final'],
    ['17track', 'Returned', 'exception', 'final'],
    ['17track', 'Exception_Lost', 'exception', 'final'],
    ['17track', 'Exception_Delayed', 'exception', null],
    ['17track', 'NotFound_InvalidCode', null, null],
    ['17track', 'Expired_Other', null, null],
    ['ship24', 'pending', null, null],
    ['ship24', 'info_received', 'info_received', 'origin'],
    ['ship24', 'in_transit', 'in_transit', null],
    ['ship24', 'out_for_delivery', 'out_for_delivery', 'last_mile'],
    ['ship24', 'failed_attempt', 'failed_attempt', 'last_mile'],
    ['ship24', 'available_for_pickup', 'available_for_pickup', 'last_mile'],
    ['ship24', 'delivered', 'delivered', 'final'],
    ['ship24', 'exception', 'exception', null],
    // Namespaces stay apart: a Ship24 word is no Cainiao code.
    ['cainiao', 'delivered', null, null],
  ])('%s %s → %s / %s', (source, code, status, stage) => {
    expect(classifyEvent({ source, code })).toEqual({ status, stage });
  });

  it('lets the words sharpen a catch-all code, within its kind only', () => {
    expect(classifyEvent({ source: 'ship24', code: 'in_transit', text: 'Arrived at customs' })).toEqual({
      status: 'customs',
      stage: 'import_customs',
    });
    expect(classifyEvent({ source: '17track', code: 'InTransit_Other', text: 'Export customs clearance completed' })).toEqual({
      status: 'customs',
      stage: 'export_customs',
    });
    expect(classifyEvent({ source: '17track', code: 'InTransit_Other', text: 'Departed from facility' })).toEqual({
      status: 'in_transit',
      stage: null,
    });
    expect(classifyEvent({ source: '17track', code: 'InTransit_Other', text: 'Flight departed' })).toEqual({
      status: 'in_transit',
      stage: 'line_haul',
    });
    // "Delivered" words never upgrade a moving code.
    expect(classifyEvent({ source: 'ship24', code: 'in_transit', text: 'Delivered' })).toEqual({
      status: 'in_transit',
      stage: 'final',
    });
    expect(classifyEvent({ source: 'ship24', code: 'exception', text: 'Returned to sender' })).toEqual({
      status: 'exception',
      stage: 'final',
    });
  });

  it('trusts a specific code over contradicting words', () => {
    expect(classifyEvent({ source: 'cainiao', code: 'GTMS_STA_SIGNED', text: 'Signed' })).toEqual({
      status: 'available_for_pickup',
      stage: 'last_mile',
    });
  });

  it('takes the stage from the group when the words give none', () => {
    expect(classifyEvent({ source: 'cainiao', code: 'NEW', group: 'AE_GROUP_EX_CLEARING_CUSTOMS', text: 'Customs clearance' })).toEqual({
      status: 'customs',
      stage: 'export_customs',
    });
    expect(classifyEvent({ source: 'cainiao', code: null, group: 'AE_GROUP_LH_PROCESSING', text: 'Departed' })).toEqual({
      status: 'in_transit',
      stage: 'line_haul',
    });
  });
});

type TextCase = [text: string, status: StatusCode | null, stage: Stage | null];

/** Carrier words with no code; each line is a phrasing seen on trackers (or close to it). */
const TEXTS: TextCase[] = [
  // English
  ['Delivered', 'delivered', 'final'],
  ['Delivered, In/At Mailbox', 'delivered', 'final'],
  ['Signed for by: J. SMITH', 'delivered', 'final'],
  ['Package picked up by the recipient at the counter', 'delivered', 'final'],
  ['Not delivered - addressee absent', 'failed_attempt', 'last_mile'],
  ['Delivery failed: no one home', 'failed_attempt', 'last_mile'],
  ['Delivery attempted, notice left', 'failed_attempt', 'last_mile'],
  ['Undelivered', 'failed_attempt', 'last_mile'],
  ['Your parcel will be delivered tomorrow', null, null],
  ['Delivered to airline', 'in_transit', 'line_haul'],
  ['Delivered to local carrier', 'at_local_facility', 'last_mile'],
  ['Signed at station', 'available_for_pickup', 'last_mile'],
  ['Available for pickup at the post office', 'available_for_pickup', 'last_mile'],
  ['Arrived at pickup point, waiting for collection', 'available_for_pickup', 'last_mile'],
  ['Out for delivery', 'out_for_delivery', 'last_mile'],
  ['Import customs clearance started', 'customs', 'import_customs'],
  ['Export customs clearance complete', 'customs', 'export_customs'],
  ['Arrived in destination country', 'arrived_destination', 'line_haul'],
  ['Arrived at local delivery center', 'at_local_facility', 'last_mile'],
  ['Departed from origin country', 'in_transit', 'line_haul'],
  ['Handed over to airline', 'in_transit', 'line_haul'],
  ['Leaving from departure country/region', 'in_transit', 'line_haul'],
  ['Arrived at destination country/region', 'arrived_destination', 'line_haul'],
  ['Received by local delivery company', 'at_local_facility', 'last_mile'],
  ['Package ready for pickup', 'available_for_pickup', 'last_mile'],
  ['Departed from sorting center', 'in_transit', null],
  ['Accepted by carrier', 'accepted', 'origin'],
  ['Picked up', 'accepted', 'origin'],
  ['Shipping information received by carrier', 'info_received', 'origin'],
  ['Shipping label created', 'info_received', 'origin'],
  ['Returned to sender', 'exception', 'final'],
  ['Return to sender: delivery failed', 'exception', 'final'],
  ['Parcel lost', 'exception', null],
  ['Order placed', null, 'pre_shipment'],
  ['Payment confirmed', null, 'pre_shipment'],
  ['Seller is preparing your package', null, 'pre_shipment'],
  ['Something we never saw', null, null],
  // Russian
  ['Вручено адресату', 'delivered', 'final'],
  ['Вручение адресату почтальоном', 'delivered', 'final'],
  ['Получено адресатом', 'delivered', 'final'],
  ['Не вручено: адресат отсутствует', 'failed_attempt', 'last_mile'],
  ['Неудачная попытка вручения', 'failed_attempt', 'last_mile'],
  ['Получено в пункте выдачи', 'available_for_pickup', 'last_mile'],
  ['Ожидает адресата в месте вручения', 'available_for_pickup', 'last_mile'],
  ['Прибыло в место вручения', 'at_local_facility', 'last_mile'],
  ['Передано курьеру', 'out_for_delivery', 'last_mile'],
  ['Таможенное оформление завершено', 'customs', 'import_customs'],
  ['Прибыло на территорию РФ', 'arrived_destination', 'line_haul'],
  ['Покинуло место международного обмена', 'in_transit', 'line_haul'],
  ['Покинуло сортировочный центр', 'in_transit', null],
  ['Приём', 'accepted', 'origin'],
  ['Присвоен трек-номер', 'info_received', 'origin'],
  ['Возврат отправителю', 'exception', 'final'],
  ['Заказ оплачен', null, 'pre_shipment'],
  // Chinese
  ['已签收', 'delivered', 'final'],
  ['妥投', 'delivered', 'final'],
  ['未妥投', 'failed_attempt', 'last_mile'],
  ['投递失败，收件人不在', 'failed_attempt', 'last_mile'],
  ['已到达【菜鸟驿站】，请凭取件码取件', 'available_for_pickup', 'last_mile'],
  ['派送中', 'out_for_delivery', 'last_mile'],
  ['进口清关中', 'customs', 'import_customs'],
  ['出口报关完成', 'customs', 'export_customs'],
  ['到达目的国', 'arrived_destination', 'line_haul'],
  ['已交航', 'in_transit', 'line_haul'],
  ['离开分拨中心', 'in_transit', null],
  ['已揽收', 'accepted', 'origin'],
  ['退回寄件人', 'exception', 'final'],
  ['已下单', null, 'pre_shipment'],
  // Spanish
  ['Entregado', 'delivered', 'final'],
  ['No entregado - destinatario ausente', 'failed_attempt', 'last_mile'],
  ['Disponible para recoger en oficina', 'available_for_pickup', 'last_mile'],
  ['En reparto', 'out_for_delivery', 'last_mile'],
  ['En proceso de aduana', 'customs', 'import_customs'],
  ['Llegó al país de destino', 'arrived_destination', 'line_haul'],
  ['En tránsito', 'in_transit', null],
  ['Admitido', 'accepted', 'origin'],
  ['Devuelto al remitente', 'exception', 'final'],
  // Portuguese
  ['Objeto entregue ao destinatário', 'delivered', 'final'],
  ['Não entregue - carteiro não atendido', 'failed_attempt', 'last_mile'],
  ['Objeto aguardando retirada no endereço indicado', 'available_for_pickup', 'last_mile'],
  ['Objeto saiu para entrega ao destinatário', 'out_for_delivery', 'last_mile'],
  ['Fiscalização aduaneira finalizada', 'customs', 'import_customs'],
  ['Objeto recebido pelos Correios do Brasil', 'arrived_destination', 'line_haul'],
  ['Objeto em trânsito - por favor aguarde', 'in_transit', null],
  ['Objeto postado', 'accepted', 'origin'],
  ['Objeto devolvido ao remetente', 'exception', 'final'],
  // French, German, Greek
  ['Votre colis est livré', 'delivered', 'final'],
  ["Votre colis n'a pas pu être livré", 'failed_attempt', 'last_mile'],
  ['Votre colis est disponible dans votre point relais', 'available_for_pickup', 'last_mile'],
  ['En cours de livraison', 'out_for_delivery', 'last_mile'],
  ['Dédouanement en cours', 'customs', 'import_customs'],
  ['Die Sendung wurde zugestellt', 'delivered', 'final'],
  ['Die Sendung konnte nicht zugestellt werden', 'failed_attempt', 'last_mile'],
  ['Die Sendung wird heute zugestellt', 'out_for_delivery', 'last_mile'],
  ['Die Sendung liegt zur Abholung in der Filiale bereit', 'available_for_pickup', 'last_mile'],
  ['Einfuhrzollabfertigung', 'customs', 'import_customs'],
  ['Παραδόθηκε', 'delivered', 'final'],
  ['Δεν παραδόθηκε', 'failed_attempt', 'last_mile'],
  ['Σε διανομή', 'out_for_delivery', 'last_mile'],
  ['Στο τελωνείο', 'customs', 'import_customs'],
];

describe('classifyEvent: text rules when no code matches', () => {
  it.each<TextCase>(TEXTS)('%s → %s / %s', (text, status, stage) => {
    expect(classifyEvent({ source: 'page', code: null, text })).toEqual({ status, stage });
  });

  it('reads the words under an unknown code too', () => {
    expect(classifyEvent({ source: 'cainiao', code: 'BRAND_NEW', text: '未妥投' })).toEqual({
      status: 'failed_attempt',
      stage: 'last_mile',
    });
  });

  it('never reads a negation or a station signature as delivered', () => {
    for (const text of ['not delivered', 'delivery failed', 'не вручено', '未妥投', '未签收', 'signed at station', 'получено в пункте выдачи', 'no entregado', 'não entregue', 'nicht zugestellt', 'δεν παραδόθηκε', 'will be delivered']) {
      expect(classifyEvent({ source: 'page', text }).status, text).not.toBe('delivered');
    }
  });
});
