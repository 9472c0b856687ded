import type { FetchHealth } from '../../views/types';
import { relativeTime } from '../format';
import { t, uiLocale } from '../i18n';
import './components.css';

interface HealthNoteProps {
  health: Pick<FetchHealth, 'lastSuccessAt' | 'lastError'>;
  now: number;
}

/** "Updated 5 minutes ago", and when the last fetch failed, that the data shown is the last known. */
export function HealthNote({ health, now }: HealthNoteProps) {
  const { lastSuccessAt, lastError } = health;
  return (
    <p class="pl-health">
      {lastSuccessAt !== undefined ? t('common.updatedAgo', [relativeTime(lastSuccessAt, now, uiLocale())]) : t('common.notCheckedYet')}
      {lastError !== undefined && (
        <span class="pl-stale" role="status" data-parcellens-stale="">
          {t('common.staleData')}
        </span>
      )}
    </p>
  );
}
