// @vitest-environment happy-dom
import { missingMessages } from './i18n-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp, type OptionsSettings } from '../../../src/ui/options/OptionsApp';
import { mount, settle, unmountAll } from './fixtures';

const settings: OptionsSettings = {
  cainiao: true,
  track17: { enabled: false, apiKey: '' },
  ship24: { enabled: false, apiKey: '' },
  notifications: true,
};

afterEach(() => {
  unmountAll();
  expect([...missingMessages]).toEqual([]);
});

describe('options page', () => {
  it('edits sources with their keys and notifications, then saves', async () => {
    const onSave = vi.fn(async () => {});
    const root = await mount(<OptionsApp settings={settings} onSave={onSave} onExport={vi.fn()} onImport={vi.fn()} />);
    expect(root.querySelector('[data-parcellens-options] h1')?.textContent).toBe('ParcelLens settings');
    const track17 = root.querySelector<HTMLInputElement>('input[name="track17"]')!;
    const key = root.querySelector<HTMLInputElement>('#pl-key-track17')!;
    expect(root.querySelector('label[for="pl-key-track17"]')?.textContent).toBe('17TRACK API key');
    expect(key.disabled).toBe(true);
    await act(() => track17.click());
    expect(key.disabled).toBe(false);
    await act(() => {
      key.value = 'secret-key';
      key.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => root.querySelector<HTMLInputElement>('input[name="notifications"]')!.click());
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="save"]')!.click());
    await settle();
    expect(onSave).toHaveBeenCalledWith({ ...settings, track17: { enabled: true, apiKey: 'secret-key' }, notifications: false });
    expect(root.querySelector('.pl-options-status')?.textContent).toBe('Saved.');
  });

  it('exports, imports the chosen file, and says when something failed', async () => {
    const onExport = vi.fn(async () => {
      throw new Error('disk full');
    });
    const onImport = vi.fn(async () => {});
    const root = await mount(<OptionsApp settings={settings} onSave={vi.fn()} onExport={onExport} onImport={onImport} />);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="export"]')!.click());
    await settle();
    expect(onExport).toHaveBeenCalled();
    expect(root.querySelector('.pl-options-status')?.textContent).toBe("That didn't work. Please try again.");
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{}'], 'parcellens.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(onImport).toHaveBeenCalledWith(file);
    expect(root.querySelector('.pl-options-status')?.textContent).toBe('Imported.');
  });
});
