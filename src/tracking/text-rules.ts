import type { Stage, StatusCode } from '../domain/vocabulary';

/**
 * Words → meaning, for events whose code is unknown or absent. Rules are tried in order and the
 * first match wins, so the order carries meaning:
 * returns and losses, then pickup points ("signed at station" before "signed"), then failed
 * attempts ("не вручено", "未妥投" before "вручено", "妥投"), then out-for-delivery, then delivered,
 * then customs, arrivals, movement, registration ("information received by carrier") before
 * acceptance, and finally pre-shipment.
 * Texts are compared lower-cased and without diacritics, so patterns are written that way too
 * ("livre" for "livré", "е" for "ё", "и" for "й", Greek without tonos).
 */
export interface TextRule {
  /** Stable name, for tests and for telling why an event got its label. */
  id: string;
  status: StatusCode | null;
  /** Set when the words themselves fix the stage ("export customs", "delivered"). */
  stage?: Stage;
  any: readonly RegExp[];
  /** When present, one of these must match as well ("customs" + "export"). */
  also?: readonly RegExp[];
  /** Phrasings that look like a match but are not ("not delivered", "delivered to airline"). */
  unless?: readonly RegExp[];
}

/**
 * Phrases of one kind, as regex alternatives: one string per language (en, ru, zh, es, pt, fr, de,
 * el), each with its phrases separated by `|`. They are alternatives of one regex, so a phrase may
 * use groups and classes of its own ("entregad[oa]", "(?:pick ?up|collection) point"), and a phrase
 * another one of its rule already covers is left out ("已签收" is found by "签收", a stem "en
 * transit" also finds "en transito").
 */
type Phrases = string | readonly string[];

interface PhraseKinds {
  /** Whole words or phrases. */
  words?: Phrases;
  /** Word beginnings: Russian, Greek and Romance endings vary ("таможн-ое/-ый"). */
  stems?: Phrases;
  /** Bare substrings: Chinese has no spaces, German glues words ("Einfuhrzollabfertigung"). */
  chars?: Phrases;
}

interface RuleSpec {
  id: string;
  status: StatusCode | null;
  stage?: Stage;
  any: PhraseKinds;
  also?: PhraseKinds;
  unless?: PhraseKinds;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
/** Drops diacritics; patterns go through it as texts do, so they may be written with accents too. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

/** One regex per kind present: the phrases of every language are alternatives of it. */
function compile(kinds: PhraseKinds): RegExp[] {
  const regex = (phrases: Phrases | undefined, before: string, after: string): RegExp[] =>
    phrases ? [new RegExp(`${before}(?:${fold(typeof phrases === 'string' ? phrases : phrases.join('|'))})${after}`, 'u')] : [];
  return [...regex(kinds.words, L, R), ...regex(kinds.stems, L, ''), ...regex(kinds.chars, '', '')];
}

const PERSON = '(?:the )?(?:recipient|addressee|consignee|customer|receiver)';

// Phrases two rules share: Chinese customs words, and the Russian "handed over" (to the addressee).
const CUSTOMS_CHARS = '海关|清关|报关|通关';
const HANDED_RU = 'вручен[оаы]?(?![\\p{L}])|вручение адресату';

const SPECS: readonly RuleSpec[] = [
  {
    id: 'returned',
    status: 'exception',
    stage: 'final',
    any: {
      words: 'return(?:ed|ing)? to (?:the )?(?:sender|shipper|origin|merchant|seller)|returned|returning|return (?:in progress|initiated|processed)',
      stems: [
        'возврат|возвращ',
        'devuelto|devolucion|retornado al remitente',
        'devolvido|devolucao|retorno ao remetente',
        "retourne a l'expediteur|retour a l'expediteur|renvoye",
        'rucksendung|zuruck an (?:den )?absender|retoure',
        'επιστροφη|επεστραφη',
      ],
      chars: '退回|退件|退运|退还|返还寄件人',
    },
  },
  {
    id: 'lost_damaged_refused',
    status: 'exception',
    any: {
      words: [
        `lost|damaged|destroyed|refused|rejected by ${PERSON}|on hold|delivery exception|exception|seized|confiscated`,
        'perdido|danado|extraviado|rechazado|retenido',
        'avariado|danificado|recusado|objeto retido',
        'perdu|endommage|refuse|detruit',
        'verloren|beschadigt|verweigert|annahme verweigert',
      ],
      stems: ['утерян|утрачен|поврежд|отказ|уничтож', 'χαθηκε|κατεστραμμεν|αρνηση παραλαβης'],
      chars: '丢失|遗失|破损|拒收|扣关|扣留|异常',
    },
  },
  {
    id: 'pickup_point',
    status: 'available_for_pickup',
    stage: 'last_mile',
    any: {
      words:
        'available for (?:pick ?up|collection)|ready (?:for|to be) (?:pick ?up|picked up|collect(?:ed|ion))|' +
        '(?:awaiting|waiting for) (?:pick ?up|collection)|(?:pick ?up|collection) (?:point|station|location|locker|counter)|' +
        'parcel (?:locker|shop|terminal)|signed (?:at|by) (?:the )?(?:station|pick ?up point|locker)|station signed',
      stems: [
        'ожидает (?:адресата|получателя|вручения)|пункт(?:е|а)? выдачи|постамат|пвз|готов[оа]? к (?:выдаче|получению)|ожидает в (?:отделении|пункте)',
        'disponible para (?:recoger|retirar|recogida|retiro)|listo para (?:recoger|retirar|recogida|retiro)|en punto de (?:recogida|retiro)|esperando (?:retiro|recogida)',
        'disponivel para retirada|aguardando retirada|pronto para retirada|disponivel (?:no|na) (?:agencia|ponto)',
        'disponible (?:en|dans) (?:votre )?(?:bureau|point|relais)|disponible au retrait|en point (?:relais|retrait)|en attente de retrait|mis en instance',
        'zur abholung|abholbereit|packstation|abholstation',
        'διαθεσιμο (?:για|προς) παραλαβη|προς παραλαβη|ετοιμο για παραλαβη',
      ],
      chars: '待取件|自提|驿站|代收点|快递柜|丰巢|取件码',
    },
    unless: {
      words: `not available for|(?:picked up|collected) by ${PERSON}`,
      stems: `${HANDED_RU}|получено адресатом|abgeholt`,
      chars: '已取件|已取出',
    },
  },
  {
    id: 'failed_attempt',
    status: 'failed_attempt',
    stage: 'last_mile',
    any: {
      words:
        'not (?:been |yet )?delivered|undelivered|undeliverable|unable to deliver|(?:could|can) ?not be delivered|' +
        'delivery (?:attempt(?:ed)?|failed|failure|unsuccessful)|(?:failed|unsuccessful|missed|attempted) delivery|' +
        `(?:no ?one|nobody) (?:was )?(?:at )?(?:home|available)|${PERSON} (?:not available|absent|unavailable|not at home)|` +
        '(?:incorrect|wrong|insufficient|incomplete) address|address (?:problem|issue|incorrect|unknown)|sign(?:ing)? fail(?:ed|ure)',
      stems: [
        'не вручен|не доставлен|неудачная попытка|попытка вручения|адресат (?:отсутствует|не найден)|неверный адрес',
        'no (?:fue )?entregad|no se pudo entregar|entrega fallida|intento de entrega|intento fallido|destinatario ausente|direccion incorrecta',
        'nao entregue|entrega nao efetuada|tentativa de entrega|endereco incorreto|carteiro nao atendido',
        'non livre|pas pu etre livre|tentative de livraison|destinataire absent|adresse incorrecte|echec de (?:la )?livraison',
        'nicht zugestellt|zustellversuch|nicht angetroffen|adresse unbekannt',
        'δεν παραδοθηκε|αποτυχια παραδοσης|απουσια παραληπτη|ανεπιτυχης',
      ],
      chars: '未妥投|投递失败|派送失败|妥投失败|签收失败|配送失败|无人签收|联系不上收件人|地址错误|地址不详|投递不成功',
    },
  },
  {
    id: 'out_for_delivery',
    status: 'out_for_delivery',
    stage: 'last_mile',
    any: {
      words:
        'out (?:for|on) delivery|on (?:the )?(?:delivery )?vehicle for delivery|' +
        'with (?:the )?(?:courier|driver|delivery agent|postman) for delivery|being delivered|delivery in progress|' +
        'handed (?:over )?to (?:the )?(?:courier|driver|postman) for delivery',
      stems: [
        'передан[оа]? курьеру|выдан[оа]? курьеру|доставляется курьером|передан[оа]? (?:в|на) доставку|курьер (?:доставляет|везет)',
        'en reparto|en ruta de entrega|salio a reparto|en proceso de entrega|en distribucion',
        'saiu para entrega|em rota de entrega',
        'en cours de livraison|en cours de distribution|en livraison',
        'in zustellung|wird (?:heute )?zugestellt|in auslieferung|zustellfahrzeug',
        'σε διανομη|προς διανομη|προς παραδοση',
      ],
      chars: '派送中|派件中|正在派送|正在派件|开始派送|安排派送|正在投递|快递员正在',
    },
  },
  {
    id: 'delivered',
    status: 'delivered',
    stage: 'final',
    any: {
      words: [
        `delivered|signed(?: for)?|proof of delivery|(?:received|picked up|collected|signed for) by ${PERSON}|delivery (?:completed|successful|confirmed)`,
        'entregad[oa]|entrega (?:realizada|efectuada|exitosa|completada)',
        'entregue|entrega (?:realizada|efetuada|concluida)',
        'livre|distribue|remis au destinataire',
        'zugestellt|ausgeliefert|vom empfanger abgeholt',
      ],
      stems: [
        `${HANDED_RU}|получено (?:адресатом|получателем)|выдано (?:адресату|получателю)|доставлено(?![\\p{L}])`,
        'παραδοθηκε|επιδοθηκε',
      ],
      chars: '妥投|签收|已送达|已投递',
    },
    unless: {
      words:
        '(?:will|to|would|should|can|cannot|could not) be delivered|' +
        'delivered to (?:the )?(?:airline|carrier|courier company|post office|local carrier|partner|sorting|hub|facility|warehouse|customs|logistics|delivery (?:company|partner|carrier|service)|last[- ]mile)|' +
        'to be signed|signed (?:at|by) (?:the )?(?:station|locker)',
      stems: [
        'не вруч|не доставл|доставлено (?:в|на) ',
        'sera entregad|entregad[oa] (?:a|al) (?:la )?(?:aerolinea|transportista|operador|correo|courier|aduana)',
        'sera entregue|entregue (?:a|ao) (?:transportadora|companhia aerea|operador|correios)',
        'sera livre|livre a (?:la |l)',
        'wird .*zugestellt|zuzustellen',
        'δεν παραδοθ|παραδοθηκε (?:στην|στον|σε) (?:αεροπορικ|μεταφορ|ταχυδρομ)',
      ],
      chars: '未签收|待签收|交航|驿站',
    },
  },
  {
    id: 'export_customs',
    status: 'customs',
    stage: 'export_customs',
    any: { stems: 'customs|clearance|тамож|aduan|alfandega|douane|dedouan|τελωνει|τελωνιακ', chars: `${CUSTOMS_CHARS}|zoll` },
    also: { stems: 'export|outbound customs|экспорт|εξαγωγ', chars: '出口|出境|ausfuhr' },
  },
  {
    id: 'customs',
    status: 'customs',
    any: {
      words: 'customs|clearance|duty|duties|import clearance',
      stems: [
        'тамож|растамож',
        'aduana|aduaner',
        'alfandega|aduaneir|fiscalizacao|desembaraco|tributacao',
        'douane|dedouan',
        'τελωνει|τελωνιακ',
      ],
      chars: `${CUSTOMS_CHARS}|关务|zoll`,
    },
  },
  {
    id: 'arrived_destination',
    status: 'arrived_destination',
    stage: 'line_haul',
    any: {
      words:
        '(?:arrived|arrival) (?:in|at) (?:the )?(?:destination country|country of destination)|' +
        'arrived at destination (?:country|airport)|landed in (?:the )?destination',
      stems: [
        'прибыл[оа]? (?:в страну назначения|на территорию)|ввоз на территорию|международное прибытие',
        '(?:llego|llegada|arribo) al pais de destino|recibido en (?:el )?pais de destino',
        'chegada ao pais de destino|chegou ao pais de destino|objeto recebido pelos correios do brasil|recebido no pais de destino',
        'arrivee? dans le pays de destination',
        'im zielland (?:angekommen|eingetroffen)|ankunft im zielland',
        '(?:αφιξη|εφτασε|εφθασε) στη χωρα προορισμου',
      ],
      chars: '到达目的国|抵达目的国|到达目的地国',
    },
  },
  {
    id: 'local_facility',
    status: 'at_local_facility',
    stage: 'last_mile',
    any: {
      words:
        'arrived at (?:the )?(?:local |destination )?(?:post office|delivery (?:office|center|centre|station|depot|facility|hub))|' +
        'local (?:delivery )?(?:facility|depot|post office)|' +
        '(?:received|accepted) by (?:the )?(?:local|last[- ]mile|destination) (?:carrier|courier|post|delivery company|delivery partner)|' +
        '(?:handed (?:over )?|delivered )to (?:the )?(?:local|last[- ]mile) (?:carrier|courier|post|delivery company|delivery partner)|' +
        'destination post office|delivery (?:office|station|depot)',
      stems: [
        'прибыло в место вручения|поступило в (?:почтовое )?отделение|прибыло в (?:почтовое )?отделение',
        'en (?:la )?oficina de (?:reparto|destino|entrega)|entregad[oa] (?:a|al) (?:la )?(?:operador|transportista|correo) (?:local|de destino)',
        'unidade de distribuicao',
        'site de (?:distribution|livraison)|pris en charge par (?:le )?transporteur local',
        'zustellbasis|zustellstutzpunkt|zustellzentrum',
        'κεντρο διανομης|καταστημα παραδοσης',
      ],
      chars: '到达派件城市|到达派送站|到达投递局|到达配送站|到达派件网点|末端配送',
    },
  },
  {
    id: 'line_haul',
    status: 'in_transit',
    stage: 'line_haul',
    any: {
      words: [
        '(?:departed|leaving|left) (?:from )?(?:the )?(?:origin country|country of origin|origin airport|departure country)|' +
          '(?:handed (?:over )?|delivered )to (?:the )?airline|left (?:the )?(?:origin )?country|flight|airline|in transit to (?:the )?destination country',
        'vol',
      ],
      stems: [
        'покинуло (?:страну|место международного обмена)|отправлено из страны|экспорт из|авиарейс',
        'salio del pais de origen|entregad[oa] a (?:la )?aerolinea|vuelo|en transito internacional',
        'saiu do pais de origem|entregue a companhia aerea|voo',
        "quitte le pays d'origine|remis a la compagnie aerienne",
        'hat das (?:start|abgangs|herkunfts)land verlassen|an (?:die )?fluggesellschaft|flug|luftfracht',
        'αναχωρησε απο τη χωρα|παραδοθηκε στην αεροπορικη',
      ],
      chars: '交航|航班|已起飞|离开始发国|离开出口国|运往目的国|国际运输|干线运输',
    },
  },
  {
    id: 'moving',
    status: 'in_transit',
    any: {
      words:
        'in transit|departed|departure|dispatched|left (?:the )?(?:facility|hub|sorting (?:center|centre)|warehouse|origin)|' +
        'forwarded|in transfer|transferred|sorting|sorted|processed (?:at|through)|' +
        '(?:arrived|arrival) at (?:the )?(?:sorting|facility|hub|transit|airport|terminal|distribution)|on the way|en route',
      stems: [
        'в пути|отправлен|покинул|сортировк|прибыло в (?:сортировочн|логистическ|магистральн)|транзит',
        'en camino|salio de|salida de|enviado|despachado|en transferencia|procesado en|en ruta', // "en tránsito": the French stem
        'em transito|em transferencia|encaminhado|saiu d[oa] |triagem',
        "en transit|en cours d'acheminement|achemine|expedie|a quitte",
        'unterwegs|verladen|sortiert|weitergeleitet|im paketzentrum|hat .* verlassen',
        'σε διακινηση|καθ οδον|αναχωρησε|αποσταλθηκε|σε μεταφορα|διαλογη',
      ],
      chars: '运输中|在途|已发出|离开|发往|转运|中转|分拣|已到达|出库',
    },
  },
  {
    id: 'info_received',
    status: 'info_received',
    stage: 'origin',
    any: {
      words:
        'info(?:rmation)? received|shipping information|shipment information (?:received|sent)|' +
        'electronic (?:information|notification|advice|data)|(?:shipping )?label (?:created|printed|generated)|pre-?advice|' +
        'awaiting (?:item|parcel|shipment|acceptance)|shipment created|registered',
      stems: [
        'электронн(?:ое|ые|ая) (?:уведомлени|данн|информаци)|присвоен (?:трек|идентификатор|номер)|зарегистрирован|информация получена',
        'informacion recibida|informacion (?:electronica|de envio)|etiqueta (?:creada|generada)|registrado|envio creado',
        'informacoes (?:eletronicas|recebidas)|etiqueta (?:criada|emitida|gerada)|objeto aguardando postagem|pre-?postado',
        'informations? recues?|etiquette (?:creee|imprimee)|en attente de prise en charge',
        'elektronisch angekundigt|sendungsdaten|auftragsdaten|label erstellt',
        'ηλεκτρονικη ειδοποιηση|πληροφοριες αποστολης',
      ],
      chars: '电子信息|预报|已创建|面单|运单已生成',
    },
  },
  {
    id: 'accepted',
    status: 'accepted',
    stage: 'origin',
    any: {
      words:
        'accepted|acceptance|picked up|pick ?up (?:successful|completed|scan)|collected|' +
        'received by (?:the )?(?:carrier|courier|post|logistics provider|cainiao|warehouse)|posted|drop(?:ped)?[- ]off|' +
        '(?:item|parcel|package|shipment) received|received at (?:the )?(?:origin|warehouse|sorting)',
      stems: [
        'принят|прием|принял|получено от отправителя|забрано у отправителя',
        'admitido|admision|recibido por (?:el )?(?:transportista|operador|correo)|recogido|aceptado|recolectado',
        'postado|coletado|recebido pela transportadora|aceito',
        'pris en charge|depose|accepte|collecte',
        'eingeliefert|angenommen|abgeholt|ubernommen',
        'παραληφθηκε απο|αποδοχη',
      ],
      chars: '揽收|收寄|揽件|已收件|入库',
    },
  },
  {
    // AliExpress's own order milestones: events, never a sign the parcel left (parcel-intelligence.md).
    id: 'pre_shipment',
    status: null,
    stage: 'pre_shipment',
    any: {
      words:
        'order (?:placed|paid|created|confirmed)|payment (?:confirmed|received|successful|completed)|' +
        'seller (?:is )?(?:preparing|packing|processing)|awaiting (?:seller|dispatch from seller)|' +
        'preparing (?:your )?(?:order|package|parcel)|warehouse (?:processing|operation)',
      stems: [
        'заказ (?:оформлен|оплачен|размещен|создан)|оплата (?:подтверждена|получена)|продавец (?:готовит|упаковывает|собирает)|сборка заказа',
        'pedido (?:realizado|pagado|confirmado|creado)|pago (?:confirmado|recibido)|preparando (?:tu|su) pedido', // "el vendedor está…": the Portuguese stem
        'pedido (?:pago|criado)|pagamento (?:confirmado|aprovado|recebido)|vendedor (?:esta )?preparando|preparando (?:seu|o) pedido',
        'commande (?:passee|payee|confirmee)|paiement (?:confirme|recu)|le vendeur prepare',
        'bestellung (?:aufgegeben|bezahlt|bestatigt)|zahlung (?:bestatigt|erhalten)|verkaufer (?:bereitet|verpackt)',
        'η παραγγελια (?:καταχωρηθηκε|πληρωθηκε)|πληρωμη (?:επιβεβαιωθηκε|ολοκληρωθηκε)',
      ],
      chars: '已下单|已付款|支付成功|订单已创建|备货|仓库处理中|仓库作业',
    },
  },
];

export const TEXT_RULES: readonly TextRule[] = SPECS.map(({ any, also, unless, ...rule }) => ({
  ...rule,
  any: compile(any),
  ...(also ? { also: compile(also) } : {}),
  ...(unless ? { unless: compile(unless) } : {}),
}));

/** Lower-case, no diacritics, no invisible characters, single spaces: the form patterns are written in. */
export function normaliseText(text: string): string {
  return fold(text)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface TextMeaning {
  rule: string;
  status: StatusCode | null;
  stage?: Stage;
}

export function meaningOfText(text: string): TextMeaning | undefined {
  const t = normaliseText(text);
  if (!t) return undefined;
  for (const rule of TEXT_RULES) {
    if (!rule.any.some((re) => re.test(t))) continue;
    if (rule.also && !rule.also.some((re) => re.test(t))) continue;
    if (rule.unless?.some((re) => re.test(t))) continue;
    return rule.stage ? { rule: rule.id, status: rule.status, stage: rule.stage } : { rule: rule.id, status: rule.status };
  }
  return undefined;
}
