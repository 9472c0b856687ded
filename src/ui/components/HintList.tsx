import type { ParcelView } from '../../views/types';
import { t, uiLocale } from '../i18n';
import { hintVerdicts, verdictSentence } from './reasons';
import './components.css';

/**
 * Doubts a rule noted without raising a flag (the engine keeps a lone weak fake signal as a
 * low-confidence verdict): shown muted in the detail view, never as a badge, never in `data-flags`.
 */
export function HintList({ parcel }: { parcel: Pick<ParcelView, 'flags' | 'verdicts'> }) {
  const hints = hintVerdicts(parcel);
  if (hints.length === 0) return null;
  const locale = uiLocale();
  return (
    <div class="pl-hints">
      <h4 class="pl-subtitle">{t('popup.detail.hints')}</h4>
      <ul>
        {hints.map((v, i) => (
          <li key={i} class="pl-hint" data-parcellens-hint={v.reason}>
            {verdictSentence(v, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}
