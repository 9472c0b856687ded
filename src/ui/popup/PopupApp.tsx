import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupApi } from '../../views/api';
import type { ListFilter } from '../../views/types';
import { EvidenceFlaggedButton } from '../evidence/EvidenceButtons';
import { EvidenceOpener, type OpenEvidence } from '../evidence/opener';
import { relativeTime } from '../format';
import { t, uiLocale } from '../i18n';
import { AddBox } from './AddBox';
import { EmptyState } from './EmptyState';
import { FilterTabs } from './FilterTabs';
import { NoticeBanner } from './NoticeBanner';
import { ParcelDetailView } from './ParcelDetailView';
import { ParcelList } from './ParcelList';
import { SearchBox } from './SearchBox';
import { useDebounced } from './useDebounced';
import { useParcelRows } from './useParcelRows';
import '../components/components.css';
import './styles.css';

export interface PopupAppProps {
  api: PopupApi;
  /** Injected clock (tests, benchmark); relative times are computed from it. */
  now?: () => number;
  /**
   * Opens the evidence pack page (a new tab) for some parcels or for every flagged one. Without it
   * the popup offers no evidence buttons.
   */
  openEvidence?: OpenEvidence;
}

const SEARCH_DEBOUNCE_MS = 150;
/** Re-render relative times ("3 min ago", "refresh in 2 min") while the popup stays open. */
const TICK_MS = 15_000;
const LIST_ID = 'pl-parcel-list';

/** The toolbar popup: every parcel, most urgent first, and the parcel view; add numbers by pasting. */
export function PopupApp({ api, now = Date.now, openEvidence }: PopupAppProps) {
  const locale = uiLocale();
  const [filter, setFilter] = useState<ListFilter>('all');
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const rows = useParcelRows(api, filter, query);
  const [opened, setOpened] = useState<{ id: string } | null>(null);
  const [changeSeq, setChangeSeq] = useState(0);
  const [, setTick] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(
    () =>
      api.onChange(() => {
        rows.reload();
        setChangeSeq((n) => n + 1);
      }),
    [api],
  );

  const close = useCallback(() => setOpened(null), []);
  useEffect(() => {
    if (!opened) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [opened, close]);

  const at = now();
  const empty = rows.loaded && !rows.failed && rows.total === 0;
  const brandNew = empty && rows.counts !== null && rows.counts.all === 0 && query === '';
  const dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';

  return (
    <EvidenceOpener.Provider value={openEvidence}>
      <main class="pl-root pl-popup" data-parcellens-popup="" dir={dir} lang={locale}>
        <header class="pl-head">
          <h1>ParcelLens</h1>
          {rows.newestCheck !== undefined && <span class="pl-muted pl-head-updated">{t('common.updatedAgo', [relativeTime(rows.newestCheck, at, locale)])}</span>}
        </header>
        <NoticeBanner notices={rows.notices} now={at} locale={locale} />
        {opened && <ParcelDetailView api={api} id={opened.id} now={at} locale={locale} changeSeq={changeSeq} onBack={close} />}
        <div class="pl-listview" hidden={opened !== null}>
          <FilterTabs value={filter} counts={rows.counts} locale={locale} controls={LIST_ID} onChange={setFilter} />
          <EvidenceFlaggedButton flagged={rows.counts?.attention ?? 0} />
          <SearchBox value={search} onInput={setSearch} />
          {rows.failed && <p class="pl-list-note">{t('popup.loadFailed')}</p>}
          {brandNew ? (
            <EmptyState />
          ) : empty ? (
            <p class="pl-list-note" data-parcellens-no-match="">
              {t('popup.noMatches')}
            </p>
          ) : (
            <ParcelList
              rows={rows}
              resetKey={`${filter}\u0000${query}`}
              hidden={opened !== null}
              now={at}
              locale={locale}
              id={LIST_ID}
              onOpen={(index) => {
                const parcel = rows.row(index);
                if (parcel) setOpened({ id: parcel.id });
              }}
            />
          )}
          <AddBox api={api} />
        </div>
      </main>
    </EvidenceOpener.Provider>
  );
}
