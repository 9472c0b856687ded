/**
 * Every CSS selector ParcelLens uses on AliExpress pages. Each entry is a list of alternatives,
 * tried in order: the first alternative that matches anything wins (so stable hooks first, then
 * generated classes). Hashed class names are matched by their stable prefix, with the trailing
 * `--`/`__` so `mailNo--` never matches `mailNoValue--`. The expected match count of every entry
 * on every saved page is in ./selector-counts.ts and checked by a test.
 */
export const SELECTORS = {
  // ── My Orders (www/xx.aliexpress.com, aliexpress.us; class names are not hashed here) ──
  orderListRoot: [
    '.order-main', // My Orders 2022–2026 page root
  ],
  orderCard: [
    '.order-item', // one order, 2022–2026
  ],
  cardStatus: [
    '.order-item-header-status-text', // 2022–2026: the localised status span
    '.order-item-header-status', // its wrapper, if the span class goes
  ],
  cardHeaderInfo: [
    '[data-pl="order_item_header_info"]', // stable tracking hook
    '.order-item-header-right-info', // 2022–2026 class
  ],
  /** Links whose query names the card's order, best first. */
  cardDetailLink: [
    'a[data-pl="order_item_header_detail"]', // "Order details" link, stable hook
    'a[href*="/p/order/detail.html"]', // any link to the detail page
  ],
  cardTrackLink: [
    'a.order-item-btn[href*="/p/tracking/"]', // "Track order" button, 2022–2026
    'a[href*="tradeOrderId="]', // any link carrying the order to the tracking page
  ],
  storeName: [
    '[data-pl="order_item_store_name"]', // stable hook
    '.order-item-store-name', // 2022–2026 class
  ],
  storeLink: [
    'a[href*="/store/"]', // //www.aliexpress.com/store/<id>
  ],
  itemBody: [
    '.order-item-content-body', // one per single-item layout; one for the whole multi-item list
  ],
  itemName: [
    '.order-item-content-info-name span[title]', // full title in the attribute
    '.order-item-content-info-name', // title text only
  ],
  itemLink: [
    '.order-item-content-info-name a[href*="/item/"]', // product page link beside the title
    'a.order-item-content-img[href*="/item/"]', // the picture links there too
  ],
  itemSku: [
    '.order-item-content-info-sku', // "Color: Black, Size: L"
  ],
  itemQuantity: [
    '.order-item-content-info-number-quantity', // "x1"
  ],
  itemImage: [
    '.order-item-content-img', // inline background-image
  ],
  /** Multi-item orders show thumbnails only: one link per product, no title or quantity. */
  multiItemLink: [
    '.order-item-content-img-list > a', // 2023–2026 multi-item layout
  ],
  cardTotal: [
    '.order-item-content-opt-price-total', // "Total:" + one hashed span per character
  ],
  trackPopover: [
    '.order-track-popover', // content of the tracking button's hover popover
    '.comet-popover-content', // the generic popover body, if the inner class goes
  ],
  popoverNumber: [
    '.tracking-number-title span', // 2024–2026 popover
    '.order-track-popover-title p:nth-of-type(2) span', // 2023 popover: second line, no class
  ],
  popoverEta: [
    '.order-track-popover-title p:first-of-type:not(.tracking-number-title) span', // first line
  ],
  loadMore: [
    '.order-more button', // "View orders": appends 10 cards; gone on the last page
    '.order-more .comet-btn', // same button if it stops being a <button>
  ],
  emptyList: [
    '.order-empty', // "No orders yet" block (LOW: from saved empty accounts only)
    '.order-main .comet-empty', // the design system's empty state inside the list
  ],

  // ── aliexpress.ru order list: CSS modules, `<Block>_<Element>__<name>__<hash>` ──
  ruOrderCard: [
    '[class*="RedOrderList_OrderList__item__"]', // one order, 2024–2026
  ],
  ruOrderNumber: [
    '[data-testid="orderNumber"]', // stable test hook
    '[class*="RedOrderList_OrderItem__number__"]', // "5000 1234 5678 9012"
  ],
  ruStatus: [
    '[class*="RedOrderList_OrderItem__tag__"]', // "В пути", "Получен"…
  ],
  ruDeliveryTitle: [
    '[class*="RedOrderList_OrderItem__title__"]', // h4 "Доставка 12 декабря"
  ],
  ruDescription: [
    '[class*="RedOrderList_OrderItem__description__"]', // optional; `…descriptionDangerous…` = late
  ],
  ruTotal: [
    '[class*="RedOrderList_OrderItem__totalPrice__"]', // "1 234,56 ₽" with NBSPs
  ],
  ruCardLink: [
    'a[class*="RedOrderList_OrderItem__link__"]', // card link to /order-list/<id>
    'a[href*="/order-list/"]', // any link to the order's page, if the link class goes
  ],
  ruSeller: [
    '[data-testid="sellerInfoV2"]', // store name block
  ],
  ruProduct: [
    '[data-testid="product"]', // one product thumbnail/line
  ],
  ruProductText: [
    '[data-testid="productText"]', // product title
  ],
  ruEmptyList: [
    '[class*="RedOrderList_EmptyList__"]', // LOW: empty-state module of the .ru list
  ],

  // ── Order detail page (/p/order/detail.html) ──
  detailRoot: [
    '.order-wrap', // page root, 2022–2026
  ],
  detailStatus: [
    '.order-status .order-block-title', // "Awaiting delivery"
    '.order-status', // whole status block
  ],
  detailInfoRow: [
    '.order-detail-order-info .info-row', // id, placed on, paid on… (not the address rows)
  ],
  detailStoreName: [
    '.order-detail-item-store .store-name', // 2022–2026, inside the store link
  ],
  detailItem: [
    '.order-detail-item-content-wrap', // one per item, with its track block
  ],
  detailItemTitle: [
    '.item-title a', // title linking to the product
    '.item-title', // title without a link
  ],
  detailItemSku: [
    '.item-sku-attr', // "Color: Black, Length: 2m"
  ],
  detailItemPrice: [
    '.item-price', // "US $4.50" + "x2"
  ],
  detailItemImage: [
    '.order-detail-item-content-img', // inline background-image
  ],
  detailTrackLink: [
    'a.order-detail-item-track-info', // link to the tracking page, latest scan inside
    'a[href*="/p/tracking/"]', // any link to the tracking page
  ],
  detailTrackDesc: [
    '.order-detail-item-track-info-desc', // latest scan text inside the track link
  ],
  detailEta: [
    '.order-detail-item-track-eta-text', // "Estimated delivery date: Dec 3, 2026"
  ],

  // ── Tracking page (/p/tracking/index.html): client-rendered, `<module>--<name>--<hash>` ──
  trackingPanel: [
    '[class*="logistic-info-v2--wrap--"]', // one package's panel (MED: wrapper name from saved pages)
  ],
  trackingNumber: [
    '[class*="logistic-info-v2--mailNoValue--"]', // the number alone
  ],
  trackingNumberRow: [
    '[class*="logistic-info-v2--mailNo--"]', // "Tracking number: <no> Copy"
  ],
  trackingService: [
    '[class*="logistic-info-v2--carrierTitle--"]', // "AliExpress Selection Standard"
  ],
  trackingLastMile: [
    '[class*="logistic-info-v2--carrierValue--"]', // "Correos"
  ],
  trackingEvent: [
    '[class*="logistic-info-v2--node--"]', // one scan
  ],
  eventTitle: [
    '[class*="logistic-info-v2--nodeTitle--"]', // "In transit"
  ],
  eventDesc: [
    '[class*="logistic-info-v2--nodeDesc--"]', // "Departed from country of origin"
  ],
  eventTime: [
    '[class*="logistic-info-v2--nodeTime--"]', // "2026-11-20 14:32:10", sometimes date and time in 2 spans
  ],
  trackingEta: [
    '[class*="arrival-time-v2--title--"]', // "Delivery: Dec. 01 - Dec. 09"
  ],
  packageTab: [
    '[class*="tab-list-v2--tab--"]', // "Package 1", "Package 2"
  ],

  // ── Page state ──
  captcha: [
    '#baxia-dialog-content', // Alibaba "baxia" verification dialog over the page
    '.baxia-dialog', // its wrapper
    '#nc_1_wrapper', // NoCaptcha slider (punish pages)
    '.nc-container', // NoCaptcha container, when the wrapper id changes
  ],
  loginForm: [
    '#fm-login-id', // login page account field
    'input[name="fm-login-id"]', // same field by name
    'iframe[src*="passport.aliexpress.com"]', // login iframe (mini login)
  ],
} as const satisfies Record<string, readonly string[]>;

export type SelectorName = keyof typeof SELECTORS;

export const SELECTOR_NAMES = Object.keys(SELECTORS) as SelectorName[];
