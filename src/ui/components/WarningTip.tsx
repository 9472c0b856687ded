import type { Flag } from '../../domain/vocabulary';
import { flagLabel, flagTone } from './labels';
import { Tooltip } from './Tooltip';

/** A flag badge on a page: its one-line reason is a tooltip on hover and focus (aria-describedby). */
export function WarningTip({ flag, reason }: { flag: Flag; reason: string }) {
  return (
    <Tooltip class="pl-badge" tone={flagTone(flag)} tip={reason}>
      <span data-flag={flag}>{flagLabel(flag)}</span>
    </Tooltip>
  );
}
