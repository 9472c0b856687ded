import { useState } from 'preact/hooks';
import type { AddResult, PopupApi } from '../../views/api';
import { useUid } from '../components/uid';
import { t } from '../i18n';
import { AddResultView } from './AddResultView';

/** Paste any text (a chat message, an e-mail): the numbers in it are added; Ctrl/Cmd+Enter submits. */
export function AddBox({ api }: { api: Pick<PopupApi, 'addFromText'> }) {
  const id = useUid('pl-add');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AddResult | null>(null);
  const [failed, setFailed] = useState(false);

  const submit = () => {
    if (busy || text.trim() === '') return;
    setBusy(true);
    setFailed(false);
    api.addFromText(text).then(
      (answer) => {
        setBusy(false);
        setResult(answer);
        // Keep the text when something needs the user's eye; clear it when all went in cleanly.
        if (answer.orderIds.length === 0 && answer.invalid.length === 0 && answer.added.length + answer.alreadyTracked.length > 0) setText('');
      },
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };

  return (
    <form
      class="pl-add"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label class="pl-add-label" for={id}>
        {t('popup.add.label')}
      </label>
      <textarea
        id={id}
        data-parcellens-add=""
        class="pl-add-text"
        rows={2}
        value={text}
        placeholder={t('popup.add.placeholder')}
        aria-describedby={`${id}-hint`}
        spellcheck={false}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <div class="pl-add-bar">
        <span id={`${id}-hint`} class="pl-muted">
          {t('popup.add.hint')}
        </span>
        <button type="submit" class="pl-btn pl-btn-primary" data-parcellens-add-submit="" disabled={busy}>
          {busy ? t('popup.add.adding') : t('popup.add.submit')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {failed && <p class="pl-add-error">{t('popup.add.failed')}</p>}
        {result && <AddResultView result={result} />}
      </div>
    </form>
  );
}
