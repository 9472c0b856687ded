import { useEffect, useRef, useState } from 'preact/hooks';
import { evidenceText, type EvidenceLabels, type EvidencePackInput } from '../../intelligence/evidence';
import { t, tCount } from '../i18n';
import type { EvidenceActions } from './actions';
import { evidenceCsvBlob, evidenceFileName, evidenceJsonBlob } from './files';

interface EvidenceToolbarProps {
  /** The parcels of the pack, exported as given. */
  input: EvidencePackInput;
  /** The one instant the whole pack is generated at (read once, at the page's entry). */
  now: number;
  labels: EvidenceLabels;
  actions: EvidenceActions;
}

/** How long "copied" stays on screen. */
const NOTE_MS = 4000;

/**
 * Print, JSON and CSV downloads, and a plain-text summary for the clipboard. Hidden when printing:
 * the printed page is the evidence alone.
 */
export function EvidenceToolbar({ input, now, labels, actions }: EvidenceToolbarProps) {
  const [note, setNote] = useState<'copied' | 'copyFailed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (next: 'copied' | 'copyFailed') => {
    setNote(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setNote(null), NOTE_MS);
  };

  const copy = () => {
    let text: string;
    try {
      text = evidenceText(input, now, labels);
    } catch {
      show('copyFailed');
      return;
    }
    actions.copy(text).then(
      () => show('copied'),
      () => show('copyFailed'),
    );
  };

  return (
    <div class="pl-evidence-bar" role="group" aria-label={t('evidence.toolbar')} data-parcellens-evidence-toolbar="">
      <span class="pl-evidence-count">{tCount('unit.parcels', input.parcels.length)}</span>
      <button type="button" class="pl-evidence-btn pl-evidence-primary" data-action="print" onClick={() => actions.print()}>
        {t('evidence.print')}
      </button>
      <button
        type="button"
        class="pl-evidence-btn"
        data-action="download-json"
        onClick={() => actions.download(evidenceFileName(now, 'json'), evidenceJsonBlob(input, now))}
      >
        {t('evidence.downloadJson')}
      </button>
      <button
        type="button"
        class="pl-evidence-btn"
        data-action="download-csv"
        onClick={() => actions.download(evidenceFileName(now, 'csv'), evidenceCsvBlob(input, now))}
      >
        {t('evidence.downloadCsv')}
      </button>
      <button type="button" class="pl-evidence-btn" data-action="copy-summary" onClick={copy}>
        {t('evidence.copy')}
      </button>
      <span class="pl-evidence-note" role="status" data-note={note ?? ''}>
        {note === 'copied' ? t('evidence.copied') : note === 'copyFailed' ? t('evidence.copyFailed') : ''}
      </span>
    </div>
  );
}
