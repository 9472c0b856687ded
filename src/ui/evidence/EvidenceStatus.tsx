import { t } from '../i18n';

export type EvidenceStatusKind = 'loading' | 'failed' | 'emptyFlagged' | 'emptyIds';

// Literal keys, so the locale test sees each one.
const MESSAGE: Readonly<Record<EvidenceStatusKind, () => string>> = {
  loading: () => t('evidence.loading'),
  failed: () => t('evidence.loadFailed'),
  emptyFlagged: () => t('evidence.emptyFlagged'),
  emptyIds: () => t('evidence.emptyIds'),
};

/** The page before (or instead of) a pack: loading, couldn't load, or nothing to put in one. */
export function EvidenceStatus({ kind }: { kind: EvidenceStatusKind }) {
  return (
    <main class="pl-evidence-status" data-parcellens-evidence-state={kind}>
      <h1>{t('evidence.title')}</h1>
      <p role={kind === 'failed' ? 'alert' : 'status'}>{MESSAGE[kind]()}</p>
    </main>
  );
}
