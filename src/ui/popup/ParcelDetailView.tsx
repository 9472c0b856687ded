import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupApi } from '../../views/api';
import type { ParcelDetail } from '../../views/types';
import { t } from '../i18n';
import { DetailBody } from './DetailBody';

interface ParcelDetailViewProps {
  api: PopupApi;
  id: string;
  now: number;
  locale: string;
  /** Bumped when stored parcels change: the parcel is fetched again. */
  changeSeq: number;
  onBack(): void;
}

/** The parcel view: fetches its detail (again on every change) and hosts the back button. */
export function ParcelDetailView({ api, id, now, locale, changeSeq, onBack }: ParcelDetailViewProps) {
  const [detail, setDetail] = useState<ParcelDetail | null | 'loading' | 'failed'>('loading');
  const backRef = useRef<HTMLButtonElement>(null);

  useEffect(() => backRef.current?.focus(), []);

  useEffect(() => {
    let live = true;
    api.parcelDetail(id).then(
      (answer) => live && setDetail(answer),
      () => live && setDetail((prev) => (prev === 'loading' ? 'failed' : prev)),
    );
    return () => {
      live = false;
    };
  }, [api, id, changeSeq]);

  return (
    <section class="pl-detail" data-parcellens-detail={id}>
      <button ref={backRef} type="button" class="pl-btn pl-back" data-action="back" onClick={onBack}>
        <span aria-hidden="true" class="pl-back-arrow" />
        {t('popup.back')}
      </button>
      {detail === 'loading' ? (
        <p class="pl-muted">{t('common.loading')}</p>
      ) : detail === 'failed' ? (
        <p>{t('popup.detail.failed')}</p>
      ) : detail === null ? (
        <p>{t('popup.detail.missing')}</p>
      ) : (
        <DetailBody key={detail.parcel.id} detail={detail} api={api} now={now} locale={locale} onDeleted={onBack} />
      )}
    </section>
  );
}
