import type { ParcelView } from '../../views/types';
import { CopyButton } from '../components/CopyButton';
import { parcelHooks } from '../components/labels';
import { flagReason } from '../components/reasons';
import { StatusChip } from '../components/StatusChip';
import { WarningTip } from '../components/WarningTip';
import { relativeTime } from '../format';
import { t, uiLocale } from '../i18n';

interface ChipParcelProps {
  parcel: ParcelView;
  now: number;
  onOpen?: (parcelId: string) => void;
  copy?: (text: string) => Promise<void>;
}

/** One parcel on an order card: status, newest event and when, its numbers to copy, warnings. */
export function ChipParcel({ parcel: p, now, onOpen, copy }: ChipParcelProps) {
  const locale = uiLocale();
  const event = p.lastEvent;
  return (
    <div class="pl-chip-parcel" {...parcelHooks(p)}>
      <div class="pl-chip-line">
        <StatusChip status={p.status} />
        {event && (
          <>
            <span class="pl-chip-event" dir="auto" title={event.texts[0]}>
              {event.texts[0] ?? t(event.status ? `status.${event.status}` : 'timeline.unmapped')}
            </span>
            <time class="pl-chip-time" dateTime={new Date(event.time).toISOString()}>
              {relativeTime(event.time, now, locale)}
            </time>
          </>
        )}
      </div>
      <div class="pl-chip-line pl-chip-numbers">
        {[p.number, ...p.numbers.filter((n) => n !== p.number)].map((n) => (
          <span key={n} class="pl-number">
            <bdi class="pl-num">{n}</bdi>
            <CopyButton text={n} {...(copy ? { copy } : {})} />
          </span>
        ))}
      </div>
      {(p.flags.length > 0 || onOpen) && (
        <div class="pl-chip-line">
          {p.flags.map((flag) => (
            <WarningTip key={flag} flag={flag} reason={flagReason(p, flag, locale)} />
          ))}
          {onOpen && (
            <button type="button" class="pl-btn pl-btn-small pl-chip-open" data-action="open" onClick={() => onOpen(p.id)}>
              {t('page.details')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
