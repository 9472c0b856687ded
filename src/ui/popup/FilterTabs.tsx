import { useRef } from 'preact/hooks';
import type { ListFilter, ParcelPage } from '../../views/types';
import { formatNumber } from '../format';
import { t } from '../i18n';

/**
 * The tabs, in order: views/types' LIST_FILTERS, restated because importing that module's values
 * would pull its zod schemas into the popup bundle. The type below fails to compile if one is missing.
 */
const LIST_FILTERS = ['all', 'attention', 'in_transit', 'delivered', 'archived'] as const satisfies readonly ListFilter[];
true satisfies Exclude<ListFilter, (typeof LIST_FILTERS)[number]> extends never ? true : never;

interface FilterTabsProps {
  value: ListFilter;
  counts: ParcelPage['counts'] | null;
  locale: string;
  /** Id of the list the tabs filter. */
  controls: string;
  onChange(filter: ListFilter): void;
}

/** All / needs attention / in transit / delivered / archived, with counts; arrow keys move between tabs. */
export function FilterTabs({ value, counts, locale, controls, onChange }: FilterTabsProps) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const at = LIST_FILTERS.indexOf(value);
    const rtl = list.current ? getComputedStyle(list.current).direction === 'rtl' : false;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (e.key === forward) next = (at + 1) % LIST_FILTERS.length;
    else if (e.key === back) next = (at - 1 + LIST_FILTERS.length) % LIST_FILTERS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = LIST_FILTERS.length - 1;
    else return;
    e.preventDefault();
    const filter = LIST_FILTERS[next] ?? 'all';
    onChange(filter);
    list.current?.querySelector<HTMLElement>(`[data-filter="${filter}"]`)?.focus();
  };

  return (
    <div ref={list} class="pl-tabs" role="tablist" aria-label={t('popup.filtersLabel')} onKeyDown={onKeyDown}>
      {LIST_FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          role="tab"
          class="pl-tab"
          data-filter={filter}
          aria-selected={filter === value}
          aria-controls={controls}
          tabIndex={filter === value ? 0 : -1}
          onClick={() => onChange(filter)}
        >
          {t(`filter.${filter}`)}
          {counts && <span class="pl-tab-count">{formatNumber(counts[filter], locale)}</span>}
        </button>
      ))}
    </div>
  );
}
