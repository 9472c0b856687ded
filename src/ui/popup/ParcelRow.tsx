import type { ParcelView } from '../../views/types';
import { FlagBadge } from '../components/FlagBadge';
import { parcelHooks } from '../components/labels';
import { flagReason } from '../components/reasons';
import { StatusChip } from '../components/StatusChip';
import { relativeTime } from '../format';
import { t } from '../i18n';

interface ParcelRowProps {
  parcel: ParcelView;
  index: number;
  total: number;
  top: number;
  active: boolean;
  tabbable: boolean;
  now: number;
  locale: string;
  onOpen(index: number): void;
  onFocusRow(index: number): void;
}

/** One parcel in the list: status, number, store and item, newest event and when, warnings. */
export function ParcelRow({ parcel: p, index, total, top, active, tabbable, now, locale, onOpen, onFocusRow }: ParcelRowProps) {
  const store = p.storeNames[0];
  const item = p.itemTitles[0];
  const event = p.lastEvent;
  return (
    <div
      role="option"
      class="pl-row"
      data-index={index}
      data-archived={p.archived ? 'true' : undefined}
      aria-selected={active}
      aria-posinset={index + 1}
      aria-setsize={total}
      tabIndex={tabbable ? 0 : -1}
      style={{ top: `${top}px` }}
      onClick={() => onOpen(index)}
      onFocus={() => onFocusRow(index)}
      {...parcelHooks(p)}
    >
      <div class="pl-row-line">
        <StatusChip status={p.status} />
        <bdi class="pl-num pl-row-number">{p.number}</bdi>
        {p.archived && <span class="pl-tag">{t('popup.archived')}</span>}
        {p.health.lastError !== undefined && (
          <span class="pl-row-stale" role="img" title={t('common.staleData')} aria-label={t('common.staleData')}>
            ⚠
          </span>
        )}
        <span class="pl-row-flags">
          {p.flags.map((flag) => (
            <FlagBadge key={flag} flag={flag} reason={flagReason(p, flag, locale)} />
          ))}
        </span>
      </div>
      <div class="pl-row-line pl-row-sub">
        {store && (
          <span class="pl-row-store" dir="auto">
            {store}
          </span>
        )}
        {item && (
          <span class="pl-row-item" dir="auto">
            {item}
          </span>
        )}
      </div>
      <div class="pl-row-line pl-row-sub">
        {event ? (
          <>
            <span class="pl-row-event" dir="auto">
              {event.texts[0] ?? (event.status ? t(`status.${event.status}`) : t('timeline.unmapped'))}
            </span>
            <time class="pl-row-time" dateTime={new Date(event.time).toISOString()}>
              {relativeTime(event.time, now, locale)}
            </time>
          </>
        ) : (
          <span class="pl-row-event">{t('timeline.empty')}</span>
        )}
      </div>
    </div>
  );
}

/** A row whose block has not arrived yet: same height, nothing to read. */
export function LoadingRow({ top }: { top: number }) {
  return <div class="pl-row pl-row-loading" aria-hidden="true" style={{ top: `${top}px` }} />;
}
