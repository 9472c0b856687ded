import type { CarrierRef } from '../../domain/model';
import { t } from '../i18n';
import { safeUrl } from './SafeLink';

/** "Track on Correos", "Track on Cainiao": carrier pages with the number already in the URL. */
export function CarrierLinks({ links }: { links: readonly CarrierRef[] }) {
  const usable = links.filter((link) => safeUrl(link.url) !== null);
  if (usable.length === 0) return null;
  return (
    <ul class="pl-links">
      {usable.map((link, i) => (
        <li key={i}>
          <a href={safeUrl(link.url) ?? undefined} target="_blank" rel="noopener noreferrer" data-parcellens-link={link.name}>
            {t('common.trackOn', [link.name])}
          </a>
        </li>
      ))}
    </ul>
  );
}
