import { useContext } from 'preact/hooks';
import { t } from '../i18n';
import { EvidenceOpener } from './opener';
import './popup.css';

/** "Evidence pack" for one parcel (the parcel view's actions); nothing when no opener is provided. */
export function EvidenceParcelButton({ id }: { id: string }) {
  const open = useContext(EvidenceOpener);
  if (!open) return null;
  return (
    <button type="button" class="pl-btn" data-parcellens-evidence={id} title={t('evidence.openHint')} onClick={() => open({ ids: [id] })}>
      {t('evidence.openParcel')}
    </button>
  );
}

/** "Evidence for all flagged" (the popup list), shown while some parcel needs attention. */
export function EvidenceFlaggedButton({ flagged }: { flagged: number }) {
  const open = useContext(EvidenceOpener);
  if (!open || flagged <= 0) return null;
  return (
    <button
      type="button"
      class="pl-btn pl-btn-small pl-evidence-flagged"
      data-parcellens-evidence="flagged"
      title={t('evidence.openHint')}
      onClick={() => open({ flagged: true })}
    >
      {t('evidence.openFlagged')}
    </button>
  );
}
