import { useState } from 'preact/hooks';
import { has, t, uiLocale } from '../i18n';
import '../components/components.css';
import '../components/options.css';

/** A keyed aggregator the user may enable with their own API key. */
export interface KeyedSource {
  enabled: boolean;
  apiKey: string;
}

/** What the options page edits (the lead maps it onto stored settings). */
export interface OptionsSettings {
  cainiao: boolean;
  track17: KeyedSource;
  ship24: KeyedSource;
  notifications: boolean;
}

export interface OptionsAppProps {
  settings: OptionsSettings;
  onSave(settings: OptionsSettings): Promise<void> | void;
  onExport(): Promise<void> | void;
  /** The file the user chose; parsing and validation are the caller's. */
  onImport(file: File): Promise<void> | void;
}

type Status = 'idle' | 'saved' | 'exported' | 'imported' | 'failed';

/** Sources (Cainiao; 17TRACK and Ship24 with a key), notifications, export and import. */
export function OptionsApp({ settings, onSave, onExport, onImport }: OptionsAppProps) {
  const [draft, setDraft] = useState<OptionsSettings>(settings);
  const [status, setStatus] = useState<Status>('idle');
  /** Why an import was refused, as a message key (`options.importError.<code>`), when we know. */
  const [reason, setReason] = useState<string | null>(null);
  const dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';

  const attempt = (action: () => Promise<void> | void, done: Status) => {
    setStatus('idle');
    setReason(null);
    Promise.resolve()
      .then(action)
      .then(
        () => setStatus(done),
        (error: unknown) => {
          const code = error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '';
          setReason(code && has(`options.importError.${code}`) ? `options.importError.${code}` : null);
          setStatus('failed');
        },
      );
  };
  const keyed = (name: 'track17' | 'ship24', patch: Partial<KeyedSource>) => setDraft({ ...draft, [name]: { ...draft[name], ...patch } });

  return (
    <main class="pl-root pl-options" data-parcellens-options="" dir={dir} lang={uiLocale()}>
      <h1>{t('options.title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          attempt(() => onSave(draft), 'saved');
        }}
      >
        <fieldset>
          <legend>{t('options.sources')}</legend>
          <p class="pl-muted">{t('options.sourcesHint')}</p>
          <label class="pl-check">
            <input type="checkbox" name="cainiao" checked={draft.cainiao} onChange={(e) => setDraft({ ...draft, cainiao: e.currentTarget.checked })} />
            <span>{t('source.cainiao')}</span>
          </label>
          <KeyedSourceField name="track17" label={t('source.17track')} value={draft.track17} onChange={(patch) => keyed('track17', patch)} />
          <KeyedSourceField name="ship24" label={t('source.ship24')} value={draft.ship24} onChange={(patch) => keyed('ship24', patch)} />
        </fieldset>
        <fieldset>
          <legend>{t('options.notifications')}</legend>
          <label class="pl-check">
            <input
              type="checkbox"
              name="notifications"
              checked={draft.notifications}
              onChange={(e) => setDraft({ ...draft, notifications: e.currentTarget.checked })}
            />
            <span>{t('options.notificationsLabel')}</span>
          </label>
        </fieldset>
        <button type="submit" class="pl-btn pl-btn-primary" data-action="save">
          {t('options.save')}
        </button>
      </form>
      <fieldset>
        <legend>{t('options.data')}</legend>
        <p class="pl-muted">{t('options.dataHint')}</p>
        <div class="pl-options-row">
          <button type="button" class="pl-btn" data-action="export" onClick={() => attempt(onExport, 'exported')}>
            {t('options.export')}
          </button>
          <label class="pl-btn pl-file">
            {t('options.import')}
            <input
              type="file"
              accept="application/json,.json"
              data-action="import"
              class="pl-sr"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) attempt(() => onImport(file), 'imported');
              }}
            />
          </label>
        </div>
      </fieldset>
      <p class="pl-options-status" role="status" data-status={status}>
        {status !== 'idle' && t(reason ?? `options.status.${status}`)}
      </p>
    </main>
  );
}

interface KeyedSourceFieldProps {
  name: string;
  label: string;
  value: KeyedSource;
  onChange(patch: Partial<KeyedSource>): void;
}

function KeyedSourceField({ name, label, value, onChange }: KeyedSourceFieldProps) {
  const keyId = `pl-key-${name}`;
  return (
    <div class="pl-source">
      <label class="pl-check">
        <input type="checkbox" name={name} checked={value.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
        <span>{label}</span>
      </label>
      <label class="pl-key" for={keyId}>
        {t('options.apiKey', [label])}
      </label>
      <input
        id={keyId}
        type="password"
        name={`${name}-key`}
        autocomplete="off"
        spellcheck={false}
        value={value.apiKey}
        disabled={!value.enabled}
        onInput={(e) => onChange({ apiKey: e.currentTarget.value })}
      />
    </div>
  );
}
