import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { PopupApi } from '../../views/api';
import type { ListFilter, ParcelPage, ParcelView } from '../../views/types';

/** Rows are fetched in aligned blocks: a screen needs one or two, whatever the number of parcels. */
export const BLOCK_SIZE = 25;

export interface ParcelRows {
  /** The row at `index` of the current filter and query, when its block has arrived. */
  row(index: number): ParcelView | undefined;
  /** Rows matching the filter and query (scroll height). */
  total: number;
  counts: ParcelPage['counts'] | null;
  notices: ParcelPage['notices'];
  /** The first block of the current filter and query has arrived. */
  loaded: boolean;
  /** The last request failed: the list may be empty because the background did not answer. */
  failed: boolean;
  /** Newest successful check among the rows fetched, for the header's "updated X ago". */
  newestCheck: number | undefined;
  /** The rows the list shows (with overscan): fetches the blocks not yet here. */
  setRange(first: number, last: number): void;
  /** Stored parcels changed: fetch the visible blocks again, showing the old ones until they arrive. */
  reload(): void;
}

interface Store {
  filter: ListFilter;
  query: string;
  /** Bumped by every new filter/query and every reload; answers of older generations are dropped. */
  gen: number;
  /** Generation the blocks belong to: older blocks stay on screen until a fresh one arrives. */
  blocksGen: number;
  blocks: Map<number, ParcelView[]>;
  inflight: Set<string>;
  range: [number, number];
  total: number;
  counts: ParcelPage['counts'] | null;
  notices: ParcelPage['notices'];
  loaded: boolean;
  failed: boolean;
  newestCheck: number | undefined;
}

const FIRST_SCREEN: [number, number] = [0, BLOCK_SIZE - 1];

/** The virtual list's data: only the blocks on screen are ever asked of the background. */
export function useParcelRows(api: PopupApi, filter: ListFilter, query: string): ParcelRows {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const ref = useRef<Store | null>(null);
  const s = (ref.current ??= {
    filter,
    query,
    gen: 1,
    blocksGen: 1,
    blocks: new Map(),
    inflight: new Set(),
    range: FIRST_SCREEN,
    total: 0,
    counts: null,
    notices: [],
    loaded: false,
    failed: false,
    newestCheck: undefined,
  });

  const load = (block: number) => {
    const gen = s.gen;
    const tag = `${gen}:${block}`;
    if (s.inflight.has(tag)) return;
    s.inflight.add(tag);
    api.listParcels({ filter: s.filter, query: s.query, offset: block * BLOCK_SIZE, limit: BLOCK_SIZE }).then(
      (page) => {
        s.inflight.delete(tag);
        if (gen !== s.gen) return;
        if (s.blocksGen !== gen) {
          s.blocks = new Map();
          s.blocksGen = gen;
        }
        s.blocks.set(block, page.items);
        s.total = page.total;
        s.counts = page.counts;
        s.notices = page.notices;
        s.loaded = true;
        s.failed = false;
        for (const item of page.items) {
          const at = item.health.lastSuccessAt;
          if (at !== undefined && (s.newestCheck === undefined || at > s.newestCheck)) s.newestCheck = at;
        }
        rerender(0);
      },
      () => {
        s.inflight.delete(tag);
        if (gen !== s.gen) return;
        s.failed = true;
        s.loaded = true;
        rerender(0);
      },
    );
  };

  const ensure = () => {
    const [first, last] = s.range;
    const lastBlock = Math.floor(last / BLOCK_SIZE);
    for (let block = Math.floor(first / BLOCK_SIZE); block <= lastBlock; block++) {
      if (block > 0 && s.loaded && block * BLOCK_SIZE >= s.total) break;
      if (s.blocksGen !== s.gen || !s.blocks.has(block)) load(block);
    }
  };

  // A new filter or query starts from the top with nothing on screen; runs before paint. (On mount the
  // list's own range effect, which runs first, has usually asked for the first block already.)
  useLayoutEffect(() => {
    if (s.filter === filter && s.query === query) {
      ensure();
      return;
    }
    s.filter = filter;
    s.query = query;
    s.gen += 1;
    s.blocksGen = s.gen;
    s.blocks = new Map();
    s.range = FIRST_SCREEN;
    s.loaded = false;
    ensure();
    rerender(0);
  }, [api, filter, query]);

  return {
    row: (index) => s.blocks.get(Math.floor(index / BLOCK_SIZE))?.[index % BLOCK_SIZE],
    total: s.total,
    counts: s.counts,
    notices: s.notices,
    loaded: s.loaded,
    failed: s.failed,
    newestCheck: s.newestCheck,
    setRange(first, last) {
      if (s.range[0] === first && s.range[1] === last) return;
      s.range = [first, last];
      ensure();
    },
    reload() {
      s.gen += 1;
      ensure();
    },
  };
}
