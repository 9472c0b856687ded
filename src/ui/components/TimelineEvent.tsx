import type { EventView } from '../../views/types';
import { formatDateTime } from '../format';
import { t, uiLocale } from '../i18n';
import { sourceLabel, statusLabel } from './labels';
import { carrierLocalTime } from './timelineGroups';

interface TimelineEventProps {
  event: EventView;
  /** The parcel's main number: an event reported under another alias says which. */
  primaryNumber: string;
}

/** One scan: our normalised label, the carrier's own words, where, when (and on the carrier's clock), who said it. */
export function TimelineEvent({ event, primaryNumber }: TimelineEventProps) {
  const locale = uiLocale();
  const local = event.timeZone ? carrierLocalTime(event.time, event.timeZone, (at, zone) => formatDateTime(at, locale, zone)) : null;
  return (
    <li class="pl-event" data-status={event.status ?? ''}>
      <div class="pl-event-head">
        <span class="pl-event-label">{event.status ? statusLabel(event.status) : t('timeline.unmapped')}</span>
        <time class="pl-event-time" dateTime={new Date(event.time).toISOString()}>
          {formatDateTime(event.time, locale)}
        </time>
      </div>
      {event.texts.map((text, i) => (
        <p key={i} class="pl-event-text" dir="auto">
          {text}
        </p>
      ))}
      <div class="pl-event-meta">
        {event.location && <span dir="auto">{event.location}</span>}
        {local && event.timeZone && <span>{t('timeline.carrierTime', [local, event.timeZone])}</span>}
        {event.sources.length > 0 && <span>{t('timeline.sources', [event.sources.map(sourceLabel).join(', ')])}</span>}
        {event.number !== primaryNumber && <span>{t('timeline.underNumber', [event.number])}</span>}
      </div>
    </li>
  );
}
