import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsSettings } from '@/src/ui/options/OptionsApp';
import { exportAll, importAll, loadSettings, saveSettings } from '@/src/messaging/options-api';
import type { Settings } from '@/src/storage/settings';

/** Keyed aggregators' hosts are optional permissions, asked for when the user enables one. */
const HOSTS = { track17: 'https://api.17track.net/*', ship24: 'https://api.ship24.com/*' } as const;

const toForm = (s: Settings): OptionsSettings => ({
  cainiao: s.sources.cainiao.enabled,
  track17: { ...s.sources['17track'] },
  ship24: { ...s.sources.ship24 },
  notifications: s.notifications,
});

async function save(current: Settings, form: OptionsSettings): Promise<Settings> {
  const wanted = (Object.keys(HOSTS) as Array<keyof typeof HOSTS>).filter((k) => form[k].enabled).map((k) => HOSTS[k]);
  // Must run in the click's user gesture; a refusal leaves that source off.
  const granted = wanted.length === 0 || (await browser.permissions.request({ origins: wanted }));
  return saveSettings({
    ...current,
    notifications: form.notifications,
    sources: {
      cainiao: { enabled: form.cainiao },
      '17track': { ...form.track17, enabled: form.track17.enabled && granted },
      ship24: { ...form.ship24, enabled: form.ship24.enabled && granted },
    },
  });
}

function download(data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `parcellens-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function main(): Promise<void> {
  let settings = await loadSettings();
  const root = document.getElementById('app')!;
  render(
    <OptionsApp
      settings={toForm(settings)}
      onSave={async (form) => {
        settings = await save(settings, form);
      }}
      onExport={async () => download(await exportAll())}
      onImport={async (file) => importAll(await file.text())}
    />,
    root,
  );
}

void main();
