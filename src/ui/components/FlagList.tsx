import type { FlagVerdict } from '../../domain/model';
import type { ParcelView } from '../../views/types';
import { formatDate } from '../format';
import { t, uiLocale } from '../i18n';
import { flagLabel, flagTone } from './labels';
import { genericFlagText, verdictSentence } from './reasons';
import './components.css';

/** Every flag of a parcel with why (the verdict's evidence in words), how sure, and when it was judged. */
export function FlagList({ parcel }: { parcel: Pick<ParcelView, 'flags' | 'verdicts'> }) {
  if (parcel.flags.length === 0) return null;
  const locale = uiLocale();
  return (
    <ul class="pl-flags">
      {parcel.flags.map((flag) => {
        const verdicts = parcel.verdicts.filter((v) => v.flag === flag);
        return (
          <li key={flag} class="pl-flag" data-tone={flagTone(flag)} data-flag={flag}>
            <strong>{flagLabel(flag)}</strong>
            {verdicts.length === 0 ? <p>{genericFlagText(flag)}</p> : verdicts.map((v, i) => <Verdict key={i} verdict={v} locale={locale} />)}
          </li>
        );
      })}
    </ul>
  );
}

function Verdict({ verdict, locale }: { verdict: FlagVerdict; locale: string }) {
  return (
    <>
      <p>{verdictSentence(verdict, locale)}</p>
      <p class="pl-flag-meta">{t('flagMeta.judged', [t(`flagMeta.confidence.${verdict.confidence}`), formatDate(verdict.judgedAt, locale)])}</p>
    </>
  );
}
