import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import './components.css';

interface CopyButtonProps {
  /** The tracking number to put on the clipboard. */
  text: string;
  /** Defaults to the async Clipboard API (works in the popup and on https pages after a click). */
  copy?: (text: string) => Promise<void>;
}

const clipboardCopy = (text: string): Promise<void> => navigator.clipboard.writeText(text);

/** "Copy" beside a number; says "Copied" (or "Couldn't copy") for a moment, in a live region. */
export function CopyButton({ text, copy = clipboardCopy }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = () => {
    const settle = (next: 'copied' | 'failed') => {
      setState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), 1500);
    };
    copy(text).then(
      () => settle('copied'),
      () => settle('failed'),
    );
  };

  return (
    <button type="button" class="pl-btn pl-btn-small" data-parcellens-copy={text} aria-label={t('common.copyNumber', [text])} onClick={onClick}>
      <span aria-live="polite">{state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : t('common.copy')}</span>
    </button>
  );
}
