import { t } from '../i18n';

/** Search by number, store or item; the app debounces what it sends. */
export function SearchBox({ value, onInput }: { value: string; onInput(value: string): void }) {
  return (
    <input
      type="search"
      class="pl-search"
      data-parcellens-search=""
      value={value}
      placeholder={t('popup.searchPlaceholder')}
      aria-label={t('popup.searchLabel')}
      spellcheck={false}
      autocomplete="off"
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
