import type { ParcelDetail } from '../../views/types';
import { FlagList } from '../components/FlagList';
import { GuidanceList } from '../components/GuidanceList';
import { HealthNote } from '../components/HealthNote';
import { parcelHooks } from '../components/labels';
import { NumberCopyList } from '../components/NumberCopyList';
import { SafeLink, safeUrl } from '../components/SafeLink';
import { StatusChip } from '../components/StatusChip';
import { Timeline } from '../components/Timeline';
import { t } from '../i18n';

/** Events a page panel shows before "show all": the panel sits beside AliExpress's own, not over it. */
const PANEL_EVENTS = 8;

interface PanelPackageProps {
  detail: ParcelDetail;
  index: number;
  count: number;
  now: number;
  copy?: (text: string) => Promise<void>;
}

/** One package beside AliExpress's Logistics Information: flags with evidence, last-mile link, timeline. */
export function PanelPackage({ detail, index, count, now, copy }: PanelPackageProps) {
  const { parcel } = detail;
  const lastMileUrl = safeUrl(parcel.lastMile?.url);
  return (
    <article class="pl-package" {...parcelHooks(parcel)}>
      <header class="pl-package-head">
        {count > 1 && <h3 class="pl-package-title">{t('page.package', [String(index + 1), String(count)])}</h3>}
        <StatusChip status={parcel.status} />
      </header>
      <NumberCopyList numbers={[parcel.number, ...parcel.numbers.filter((n) => n !== parcel.number)]} {...(copy ? { copy } : {})} />
      <HealthNote health={parcel.health} now={now} />
      <FlagList parcel={parcel} />
      <GuidanceList codes={parcel.guidance} />
      {parcel.lastMile && lastMileUrl && (
        <p class="pl-package-link">
          <SafeLink href={lastMileUrl}>{t('common.trackOn', [parcel.lastMile.name])}</SafeLink>
        </p>
      )}
      <Timeline legs={detail.legs} timeline={detail.timeline} primaryNumber={parcel.number} limit={PANEL_EVENTS} />
    </article>
  );
}
