import { t } from '../i18n';
import { guidanceText } from './reasons';

/** "What to do": the rules' advice codes as sentences; codes this version does not know are left out. */
export function GuidanceList({ codes }: { codes: readonly string[] }) {
  const advice = codes.map(guidanceText).filter((text): text is string => text !== null);
  if (advice.length === 0) return null;
  return (
    <div class="pl-guidance">
      <h4 class="pl-subtitle">{t('common.whatToDo')}</h4>
      <ul>
        {advice.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
