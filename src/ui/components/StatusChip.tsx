import type { StatusCode } from '../../domain/vocabulary';
import { statusLabel, statusTone } from './labels';
import './components.css';

/** The normalised status in the user's language, coloured by its family (moving, done, problem…). */
export function StatusChip({ status }: { status: StatusCode }) {
  return (
    <span class="pl-status" data-tone={statusTone(status)}>
      {statusLabel(status)}
    </span>
  );
}
