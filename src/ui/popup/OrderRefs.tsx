import type { OrderRef, ParcelView } from '../../views/types';
import { SafeLink } from '../components/SafeLink';
import { formatDate } from '../format';
import { t } from '../i18n';

interface OrderRefsProps {
  orders: readonly OrderRef[];
  /** Used when the orders themselves are not stored (a pasted number): what the parcel knows. */
  parcel: Pick<ParcelView, 'storeNames' | 'itemTitles'>;
  locale: string;
}

/** The order(s) a parcel belongs to: store, items, date, and the way back to the order on AliExpress. */
export function OrderRefs({ orders, parcel, locale }: OrderRefsProps) {
  if (orders.length === 0) {
    if (parcel.storeNames.length === 0 && parcel.itemTitles.length === 0) return null;
    return (
      <div class="pl-order">
        {parcel.storeNames.map((name, i) => (
          <p key={i} class="pl-order-store" dir="auto">
            {name}
          </p>
        ))}
        <ItemList titles={parcel.itemTitles} />
      </div>
    );
  }
  return (
    <>
      {orders.map((order) => (
        <div key={order.id} class="pl-order" data-parcellens-order-ref={order.id}>
          {order.storeName && (
            <p class="pl-order-store" dir="auto">
              {order.storeName}
            </p>
          )}
          <p class="pl-muted pl-order-meta">
            <span>{t('popup.detail.orderNumber', [order.id])}</span>
            {order.placedAt !== undefined && <span>{t('popup.detail.placed', [formatDate(order.placedAt, locale)])}</span>}
          </p>
          <ItemList titles={order.items.map((item) => item.title)} />
          <SafeLink href={order.detailUrl}>{t('popup.detail.openOrder')}</SafeLink>
        </div>
      ))}
    </>
  );
}

function ItemList({ titles }: { titles: readonly string[] }) {
  if (titles.length === 0) return null;
  return (
    <ul class="pl-items">
      {titles.map((title, i) => (
        <li key={i} dir="auto">
          {title}
        </li>
      ))}
    </ul>
  );
}
