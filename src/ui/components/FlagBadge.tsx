import type { Flag } from '../../domain/vocabulary';
import { t } from '../i18n';
import { flagLabel, flagTone } from './labels';
import './components.css';

/**
 * A compact warning for list rows: the reason rides in `title` (hover) and in the accessible name.
 * Pages use WarningTip instead, whose reason is a real tooltip that keyboard users can reach.
 */
export function FlagBadge({ flag, reason }: { flag: Flag; reason: string }) {
  const label = flagLabel(flag);
  return (
    <span class="pl-badge" data-tone={flagTone(flag)} data-flag={flag} title={reason} role="img" aria-label={t('common.labelWithReason', [label, reason])}>
      {label}
    </span>
  );
}
