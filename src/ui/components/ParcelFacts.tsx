import type { EtaView, ParcelView } from '../../views/types';
import { formatDate, relativeTime } from '../format';
import { t, tCount, uiLocale } from '../i18n';
import './components.css';

interface ParcelFactsProps {
  parcel: Pick<ParcelView, 'service' | 'lastMile' | 'eta' | 'deadline'>;
  /** Every estimate the background has (detail view); defaults to the parcel's best one. */
  etas?: readonly EtaView[];
  now: number;
}

/** Service, last-mile carrier, when it should arrive (and on what basis), the buyer-protection deadline. */
export function ParcelFacts({ parcel, etas, now }: ParcelFactsProps) {
  const locale = uiLocale();
  const estimates = etas && etas.length > 0 ? etas : parcel.eta ? [parcel.eta] : [];
  const { deadline } = parcel;
  return (
    <dl class="pl-facts">
      {parcel.service && <Fact term={t('facts.service')} value={parcel.service} />}
      {parcel.lastMile && <Fact term={t('facts.lastMile')} value={parcel.lastMile.name} />}
      {estimates.map((eta, i) => (
        <Fact key={i} term={t('facts.eta')} value={etaRange(eta, locale)} note={etaBasis(eta)} />
      ))}
      {deadline && (
        <div class="pl-fact" data-parcellens-deadline={deadline.basis}>
          <dt>{t('facts.deadline')}</dt>
          <dd>
            {formatDate(deadline.at, locale)} <span class="pl-muted">({relativeTime(deadline.at, now, locale)})</span>
            {deadline.basis === 'estimated' ? (
              <span class="pl-fact-note">{t('facts.deadlineEstimated')}</span>
            ) : (
              deadline.text && (
                <span class="pl-fact-note" dir="auto">
                  {t('facts.deadlineAliexpress', [deadline.text])}
                </span>
              )
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

function Fact({ term, value, note }: { term: string; value: string; note?: string }) {
  return (
    <div class="pl-fact">
      <dt>{term}</dt>
      <dd dir="auto">
        {value}
        {note && <span class="pl-fact-note">{note}</span>}
      </dd>
    </div>
  );
}

function etaRange(eta: EtaView, locale: string): string {
  if (eta.from !== undefined && eta.to !== undefined) return t('facts.etaRange', [formatDate(eta.from, locale), formatDate(eta.to, locale)]);
  if (eta.to !== undefined) return t('facts.etaBy', [formatDate(eta.to, locale)]);
  if (eta.from !== undefined) return t('facts.etaFrom', [formatDate(eta.from, locale)]);
  return t('facts.etaUnknown');
}

function etaBasis(eta: EtaView): string {
  if (eta.basis === 'history' && eta.samples !== undefined) return tCount('facts.etaFromHistory', eta.samples);
  return t(`facts.etaBasis.${eta.basis}`);
}
