import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { LoadingRow, ParcelRow } from './ParcelRow';
import type { ParcelRows } from './useParcelRows';

/** Fixed row height (keep in sync with `.pl-row` in styles.css): the list is virtualised on it. */
export const ROW_HEIGHT = 76;
const OVERSCAN = 4;
/** Used until the box can be measured (and where nothing lays out, as in unit tests). */
const FALLBACK_VIEWPORT = 380;

interface ParcelListProps {
  rows: ParcelRows;
  /** Changes with the filter and query: back to the top. */
  resetKey: string;
  hidden: boolean;
  now: number;
  locale: string;
  id: string;
  onOpen(index: number): void;
}

/**
 * The virtualised list: a spacer of `total × ROW_HEIGHT` keeps the scrollbar honest while only the rows
 * on screen (plus a few) exist in the DOM. Arrow keys, Page Up/Down, Home/End move; Enter opens.
 */
export function ParcelList({ rows, resetKey, hidden, now, locale, id, onOpen }: ParcelListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [active, setActive] = useState(0);
  /** Focus follows the active row once it is rendered (after keys, or on coming back from a parcel). */
  const wantFocus = useRef(false);
  const wasHidden = useRef(hidden);

  // Coming back from a parcel: the same scroll position, focus on the row that was opened.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    if (hidden) {
      wasHidden.current = true;
      return;
    }
    if (el.clientHeight > 0) setViewport(el.clientHeight);
    if (wasHidden.current) {
      el.scrollTop = scrollTop;
      wantFocus.current = true;
      wasHidden.current = false;
    }
  }, [hidden]);

  // The box shrinks when a notice or an add result appears: keep the window covering it.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.clientHeight > 0) setViewport(el.clientHeight);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const shownKey = useRef(resetKey);
  useLayoutEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [resetKey]);

  const { total } = rows;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const current = Math.min(active, Math.max(0, total - 1));

  useLayoutEffect(() => rows.setRange(first, Math.max(first, last)), [first, last]);

  useEffect(() => {
    if (!wantFocus.current || hidden) return;
    const row = box.current?.querySelector<HTMLElement>(`[data-index="${current}"]:not(.pl-row-loading)`);
    if (row) {
      wantFocus.current = false;
      row.focus();
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    const el = box.current;
    const top = next * ROW_HEIGHT;
    let target = scrollTop;
    if (top < scrollTop) target = top;
    else if (top + ROW_HEIGHT > scrollTop + viewport) target = top + ROW_HEIGHT - viewport;
    if (el && target !== scrollTop) el.scrollTop = target;
    if (target !== scrollTop) setScrollTop(target);
    wantFocus.current = true;
    setActive(next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (total === 0) return;
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    switch (e.key) {
      case 'ArrowDown':
        moveTo(current + 1);
        break;
      case 'ArrowUp':
        moveTo(current - 1);
        break;
      case 'PageDown':
        moveTo(current + page);
        break;
      case 'PageUp':
        moveTo(current - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(total - 1);
        break;
      case 'Enter':
      case ' ':
        if (rows.row(current)) onOpen(current);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const rendered = [];
  let tabbable = -1;
  for (let i = first; i <= last; i++) if (rows.row(i) && (tabbable < 0 || i === current)) tabbable = i;
  for (let i = first; i <= last; i++) {
    const parcel = rows.row(i);
    const top = i * ROW_HEIGHT;
    rendered.push(
      parcel ? (
        <ParcelRow
          key={i}
          parcel={parcel}
          index={i}
          total={total}
          top={top}
          active={i === current}
          tabbable={i === tabbable}
          now={now}
          locale={locale}
          onOpen={onOpen}
          onFocusRow={setActive}
        />
      ) : (
        <LoadingRow key={i} top={top} />
      ),
    );
  }

  return (
    <div
      ref={box}
      id={id}
      class="pl-list"
      role="listbox"
      aria-label={t('popup.listLabel')}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="pl-list-spacer" style={{ height: `${total * ROW_HEIGHT}px` }}>
        {rendered}
      </div>
    </div>
  );
}
