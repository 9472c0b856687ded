import type { ParcelDetail } from '../../views/types';
import { relativeTime } from '../format';
import { t, uiLocale } from '../i18n';
import { PanelPackage } from './PanelPackage';
import '../components/components.css';
import './page.css';

export interface TrackingPanelProps {
  details: readonly ParcelDetail[];
  now: number;
  /** When the page's data was last read; each package also says when its own source last answered. */
  updatedAt?: number;
  copy?: (text: string) => Promise<void>;
}

/** ParcelLens's unified timeline for an order's packages, beside AliExpress's Logistics Information. */
export function TrackingPanel({ details, now, updatedAt, copy }: TrackingPanelProps) {
  return (
    <section class="pl-root pl-page pl-panel" data-parcellens-panel="" aria-label={t('page.panelLabel')}>
      <header class="pl-panel-head">
        <h2 class="pl-panel-title">ParcelLens</h2>
        {updatedAt !== undefined && <span class="pl-health">{t('common.updatedAgo', [relativeTime(updatedAt, now, uiLocale())])}</span>}
      </header>
      {details.length === 0 ? (
        <p class="pl-muted">{t('page.noPackages')}</p>
      ) : (
        details.map((detail, i) => (
          <PanelPackage key={detail.parcel.id} detail={detail} index={i} count={details.length} now={now} {...(copy ? { copy } : {})} />
        ))
      )}
    </section>
  );
}
