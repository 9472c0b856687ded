import { i18n } from '#i18n';

export function PopupApp() {
  return (
    <main data-parcellens-popup="">
      <h1>{i18n.t('extName')}</h1>
      <p>{i18n.t('popup.empty')}</p>
    </main>
  );
}
