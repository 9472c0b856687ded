import { i18n } from '#i18n';

export function OptionsApp() {
  return (
    <main data-parcellens-options="">
      <h1>{i18n.t('options.title')}</h1>
    </main>
  );
}
