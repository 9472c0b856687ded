import type { AddResult } from '../../views/api';
import { correctionText } from '../components/reasons';
import { t, tCount, uiLocale } from '../i18n';

/** What "Add" did with every number it found, and why it refused or corrected some. */
export function AddResultView({ result }: { result: AddResult }) {
  const locale = uiLocale();
  const { added, alreadyTracked, orderIds, corrected, invalid } = result;
  const nothing = added.length + alreadyTracked.length + orderIds.length + corrected.length + invalid.length === 0;
  return (
    <div class="pl-add-result" data-parcellens-add-result="">
      {nothing && <p>{t('popup.add.nothingFound')}</p>}
      {added.length > 0 && <NumberGroup kind="added" title={tCount('popup.add.added', added.length)} numbers={added} />}
      {alreadyTracked.length > 0 && <NumberGroup kind="already" title={tCount('popup.add.alreadyTracked', alreadyTracked.length)} numbers={alreadyTracked} />}
      {orderIds.length > 0 && (
        <ul class="pl-add-list" data-result="refused">
          {orderIds.map((id) => (
            <li key={id} class="pl-add-refused" data-parcellens-refused={id}>
              <bdi class="pl-num">{id}</bdi> <span>{t('popup.add.orderNumber')}</span>
            </li>
          ))}
        </ul>
      )}
      {corrected.length > 0 && (
        <>
          <p class="pl-add-title">{t('popup.add.correctedTitle')}</p>
          <ul class="pl-add-list" data-result="corrected">
            {corrected.map(({ number, corrections }) => (
              <li key={number} data-parcellens-corrected={number}>
                <bdi class="pl-num">{number}</bdi>
                <ul class="pl-corrections">
                  {corrections.map((c, i) => (
                    <li key={i}>{correctionText(c, locale)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {invalid.length > 0 && (
        <ul class="pl-add-list" data-result="invalid">
          {invalid.map((number) => (
            <li key={number} class="pl-add-warning" data-parcellens-invalid={number}>
              <bdi class="pl-num">{number}</bdi> <span>{t('popup.add.invalid')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NumberGroup({ kind, title, numbers }: { kind: string; title: string; numbers: readonly string[] }) {
  return (
    <>
      <p class="pl-add-title">{title}</p>
      <ul class="pl-add-list" data-result={kind}>
        {numbers.map((n) => (
          <li key={n}>
            <bdi class="pl-num">{n}</bdi>
          </li>
        ))}
      </ul>
    </>
  );
}
