/** AliExpress's My Orders: opening it once lets ParcelLens find every order's parcels. */
export const MY_ORDERS_URL = 'https://www.aliexpress.com/p/order/index.html';
