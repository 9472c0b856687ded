import type { ParcelPage } from '../../views/types';
import { SafeLink } from '../components/SafeLink';
import { relativeTime } from '../format';
import { has, t } from '../i18n';
import { MY_ORDERS_URL } from './links';

/** Codes whose fix is on AliExpress itself: the banner offers the way there. */
const FIX_ON_ALIEXPRESS = new Set(['verification', 'logged_out']);

function noticeText(code: string): string {
  const key = `notice.${code}`;
  return has(key) ? t(key) : t('notice.generic');
}

/** Problems that pause lookups (verification asked, signed out, traffic limit, a carrier blocking us). */
export function NoticeBanner({ notices, now, locale }: { notices: ParcelPage['notices']; now: number; locale: string }) {
  if (notices.length === 0) return null;
  return (
    <div class="pl-notices" role="status">
      {notices.map((notice) => (
        <p key={notice.code} class="pl-notice" data-parcellens-notice={notice.code}>
          <span>{noticeText(notice.code)}</span> <span class="pl-muted">{relativeTime(notice.at, now, locale)}</span>
          {FIX_ON_ALIEXPRESS.has(notice.code) && (
            <>
              {' '}
              <SafeLink href={MY_ORDERS_URL}>{t('popup.openOrders')}</SafeLink>
            </>
          )}
        </p>
      ))}
    </div>
  );
}
