import { SafeLink } from '../components/SafeLink';
import { t } from '../i18n';
import { MY_ORDERS_URL } from './links';

/** A new user's first view: how parcels get here (open My Orders once, or paste a number below). */
export function EmptyState() {
  return (
    <div class="pl-empty" data-parcellens-empty="">
      <p>{t('popup.empty')}</p>
      <p>
        <SafeLink href={MY_ORDERS_URL} class="pl-btn pl-btn-primary">
          {t('popup.openOrders')}
        </SafeLink>
      </p>
    </div>
  );
}
