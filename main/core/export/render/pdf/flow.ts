/**
 * Pagination. Every block becomes a list of items of known height (a line, a table row, a heading); pages are
 * filled greedily, with three rules a printed document needs: a heading (or table header) is kept with what
 * follows it, a table row or bilingual pair may split at the page's foot, and a table's header row is repeated
 * at the top of the next page. Space before an item is dropped at the top of a page.
 */
export interface DrawContext {
  /** The page being drawn, from 0. */
  pageIndex: number;
}

export interface Item {
  height: number;
  spaceBefore: number;
  /** Never the last thing on a page: moves to the next page with what follows it. */
  keepWithNext?: boolean;
  /** Starts a page (a page break). */
  breakBefore?: boolean;
  /** The smallest first part it splits into, for keep-with-next look-ahead; default its height. */
  minHeight?: number;
  /** Drawn first on a page this item continues on (a table's header row). */
  repeatHeader?: Item;
  draw(x: number, y: number, context: DrawContext): void;
  /** A first part fitting `available`, and the rest; null when nothing useful fits. `force`: something must. */
  split?(available: number, force: boolean): [Item, Item] | null;
}

export interface Placed {
  item: Item;
  /** From the top of the region. */
  offset: number;
}

export interface Fit {
  head: Placed[];
  tail: Item[];
  used: number;
}

const EPSILON = 0.01;

/** Height that must fit after item i for it to stay with what follows. */
function keepAhead(items: readonly Item[], i: number): number {
  if (!items[i]?.keepWithNext) return 0;
  const next = items[i + 1];
  if (!next || next.breakBefore) return 0;
  return next.spaceBefore + (next.keepWithNext ? next.height + keepAhead(items, i + 1) : (next.minHeight ?? next.height));
}

/**
 * The items that fit into `available` points from the top of a region, and the rest. With `force`, the region
 * is a fresh page: the first item goes in even when it is too tall, so pagination always moves on.
 */
export function fit(items: readonly Item[], available: number, force: boolean): Fit {
  const head: Placed[] = [];
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const atTop = used === 0;
    if (item.breakBefore && head.length > 0 && !atTop) return { head, tail: items.slice(i), used };
    const space = atTop ? 0 : item.spaceBefore;
    const room = available - used - space;
    // Pure space (a gap after a table or note) that does not fit is dropped, not carried over: it would otherwise
    // start a page of its own, and a document could end on a blank page.
    if (item.height === 0 && room < -EPSILON && !item.breakBefore && !item.keepWithNext) continue;
    const mustPlace = force && atTop;
    if (item.height <= room + EPSILON && (item.height + keepAhead(items, i) <= room + EPSILON || mustPlace)) {
      head.push({ item, offset: used + space });
      used += space + item.height;
      continue;
    }
    if (item.split && (!item.keepWithNext || mustPlace)) {
      const parts = item.split(room, mustPlace);
      if (parts) {
        head.push({ item: parts[0], offset: used + space });
        used += space + parts[0].height;
        return { head, tail: [parts[1], ...items.slice(i + 1)], used };
      }
    }
    if (mustPlace) {
      head.push({ item, offset: 0 });
      return { head, tail: items.slice(i + 1), used: item.height };
    }
    return { head, tail: items.slice(i), used };
  }
  return { head, tail: [], used };
}

/** Total height of items stacked without a page break. */
export function stackHeight(items: readonly Item[]): number {
  return fit(items, Number.POSITIVE_INFINITY, true).used;
}

export interface Pager {
  top: number;
  bottom: number;
  x: number;
  /** Adds a page and returns its index. */
  newPage(): number;
}

/** Lays the items out page after page from the current page (index `pageIndex`). Returns the last page's index. */
export function paginate(items: readonly Item[], pager: Pager, pageIndex: number): number {
  let rest = items;
  let page = pageIndex;
  let first = true;
  while (rest.length > 0) {
    if (!first) page = pager.newPage();
    first = false;
    const { head, tail } = fit(rest, pager.bottom - pager.top, true);
    for (const placed of head) placed.item.draw(pager.x, pager.top + placed.offset, { pageIndex: page });
    const header = tail[0]?.repeatHeader;
    rest = header ? [header, ...tail] : tail;
  }
  return page;
}
