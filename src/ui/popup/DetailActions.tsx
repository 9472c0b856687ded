import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupApi } from '../../views/api';
import type { ParcelView } from '../../views/types';
import { EvidenceParcelButton } from '../evidence/EvidenceButtons';
import { t, tCount } from '../i18n';

interface DetailActionsProps {
  parcel: ParcelView;
  api: Pick<PopupApi, 'refresh' | 'setArchived' | 'remove'>;
  now: number;
  /** The parcel is gone: back to the list. */
  onDeleted(): void;
}

const MINUTE = 60_000;

/**
 * Refresh (rate-limited, says when it is allowed again), archive/unarchive, the evidence pack (when
 * the popup can open it), delete with a confirm step.
 */
export function DetailActions({ parcel, api, now, onDeleted }: DetailActionsProps) {
  const [retryAt, setRetryAt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const allowedAt = Math.max(parcel.health.refreshAllowedAt ?? 0, retryAt);
  const wait = allowedAt - now;
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailed(false);
    action().then(
      () => setBusy(false),
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };

  const refresh = () =>
    run(async () => {
      const answer = await api.refresh(parcel.id);
      if (answer.ok) setQueued(true);
      else setRetryAt(answer.retryAt);
    });

  return (
    <div class="pl-actions">
      <button type="button" class="pl-btn" data-action="refresh" disabled={busy || wait > 0} onClick={refresh}>
        {wait > 0 ? tCount('popup.actions.refreshIn', Math.ceil(wait / MINUTE)) : t('popup.actions.refresh')}
      </button>
      <button type="button" class="pl-btn" data-action="archive" disabled={busy} onClick={() => run(() => api.setArchived(parcel.id, !parcel.archived))}>
        {parcel.archived ? t('popup.actions.unarchive') : t('popup.actions.archive')}
      </button>
      <EvidenceParcelButton id={parcel.id} />
      {confirming ? (
        <div
          class="pl-confirm"
          role="group"
          aria-label={t('popup.actions.confirmDelete')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setConfirming(false);
            }
          }}
        >
          <span>{t('popup.actions.confirmDelete')}</span>
          <button
            type="button"
            class="pl-btn pl-btn-danger"
            data-action="confirm-delete"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await api.remove(parcel.id);
                onDeleted();
              })
            }
          >
            {t('popup.actions.delete')}
          </button>
          <button ref={cancelRef} type="button" class="pl-btn" data-action="cancel-delete" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button ref={deleteRef} type="button" class="pl-btn pl-btn-danger" data-action="delete" onClick={() => setConfirming(true)}>
          {t('popup.actions.delete')}
        </button>
      )}
      <p class="pl-actions-note" role="status">
        {queued && t('popup.actions.refreshQueued')}
        {failed && t('popup.actions.failed')}
      </p>
    </div>
  );
}
