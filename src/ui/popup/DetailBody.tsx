import type { PopupApi } from '../../views/api';
import type { ParcelDetail } from '../../views/types';
import { CarrierLinks } from '../components/CarrierLinks';
import { FlagList } from '../components/FlagList';
import { GuidanceList } from '../components/GuidanceList';
import { HintList } from '../components/HintList';
import { HealthNote } from '../components/HealthNote';
import { parcelHooks } from '../components/labels';
import { NumberCopyList } from '../components/NumberCopyList';
import { hintVerdicts } from '../components/reasons';
import { ParcelFacts } from '../components/ParcelFacts';
import { StatusChip } from '../components/StatusChip';
import { Timeline } from '../components/Timeline';
import { t } from '../i18n';
import { DetailActions } from './DetailActions';
import { OrderRefs } from './OrderRefs';

interface DetailBodyProps {
  detail: ParcelDetail;
  api: PopupApi;
  now: number;
  locale: string;
  onDeleted(): void;
}

/** Everything about one parcel: numbers, freshness, actions, warnings and advice, facts, order, timeline. */
export function DetailBody({ detail, api, now, locale, onDeleted }: DetailBodyProps) {
  const { parcel } = detail;
  const hasAdvice = parcel.flags.length > 0 || parcel.guidance.length > 0 || hintVerdicts(parcel).length > 0;
  return (
    <article class="pl-detail-body" {...parcelHooks(parcel)}>
      <header class="pl-detail-head">
        <StatusChip status={parcel.status} />
        {parcel.archived && <span class="pl-tag">{t('popup.archived')}</span>}
        <h2 class="pl-detail-title">
          <bdi class="pl-num">{parcel.number}</bdi>
        </h2>
      </header>
      <NumberCopyList numbers={[parcel.number, ...parcel.numbers.filter((n) => n !== parcel.number)]} />
      <HealthNote health={parcel.health} now={now} />
      <DetailActions parcel={parcel} api={api} now={now} onDeleted={onDeleted} />
      {hasAdvice && (
        <section class="pl-section">
          <h3>{t('popup.detail.warnings')}</h3>
          <FlagList parcel={parcel} />
          <GuidanceList codes={parcel.guidance} />
          <HintList parcel={parcel} />
        </section>
      )}
      <section class="pl-section">
        <h3>{t('popup.detail.summary')}</h3>
        <ParcelFacts parcel={parcel} etas={detail.etas} now={now} />
        <OrderRefs orders={detail.orders} parcel={parcel} locale={locale} />
        <CarrierLinks links={parcel.links} />
      </section>
      <section class="pl-section">
        <h3>{t('popup.detail.timeline')}</h3>
        <Timeline legs={detail.legs} timeline={detail.timeline} primaryNumber={parcel.number} />
      </section>
    </article>
  );
}
