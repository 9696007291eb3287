import { describe, expect, it } from 'vitest';
import { fit, paginate, type Item } from '../../main/core/export/render/pdf/flow';

/** Items that record where they were drawn. */
function recorder() {
  const drawn: { name: string; page: number; y: number }[] = [];
  const item = (name: string, height: number, extra: Partial<Item> = {}): Item => ({
    height,
    spaceBefore: 0,
    draw: (_x, y, context) => drawn.push({ name, page: context.pageIndex, y }),
    ...extra,
  });
  const pager = () => {
    let pages = 0;
    return { top: 0, bottom: 100, x: 0, newPage: () => ++pages };
  };
  return { drawn, item, pager };
}

describe('pagination', () => {
  it('moves a heading to the next page rather than leave it at the foot of one', () => {
    const { drawn, item, pager } = recorder();
    paginate([item('body', 80), item('heading', 10, { keepWithNext: true }), item('line', 15)], pager(), 0);
    expect(drawn.map((d) => `${d.name}@${d.page}`)).toEqual(['body@0', 'heading@1', 'line@1']);
  });

  it('drops space before an item at the top of a page', () => {
    const { drawn, item, pager } = recorder();
    paginate([item('a', 90), item('b', 20, { spaceBefore: 12 })], pager(), 0);
    expect(drawn.find((d) => d.name === 'b')).toEqual({ name: 'b', page: 1, y: 0 });
  });

  it('repeats a table header row on the page a table continues on', () => {
    const { drawn, item, pager } = recorder();
    const header = item('header', 10, { keepWithNext: true });
    const rows = Array.from({ length: 12 }, (_, i) => item(`row${i}`, 10, { repeatHeader: header }));
    paginate([header, ...rows], pager(), 0);
    expect(drawn.filter((d) => d.name === 'header').map((d) => d.page)).toEqual([0, 1]);
    expect(drawn.find((d) => d.name === 'row9')?.page).toBe(1);
  });

  it('splits a splittable item at the foot of the page and goes on with the rest', () => {
    const { drawn, item, pager } = recorder();
    const tall: Item = item('tall', 150, {
      split: (available) => [item('tall-head', Math.floor(available)), item('tall-tail', 150 - Math.floor(available))],
    });
    paginate([item('intro', 40), tall], pager(), 0);
    expect(drawn.map((d) => `${d.name}@${d.page}`)).toEqual(['intro@0', 'tall-head@0', 'tall-tail@1']);
  });

  it('starts a page at a page break and always makes progress with an item taller than a page', () => {
    const { drawn, item, pager } = recorder();
    paginate([item('a', 10), item('break', 0, { breakBefore: true }), item('huge', 250), item('b', 10)], pager(), 0);
    expect(drawn.map((d) => `${d.name}@${d.page}`)).toEqual(['a@0', 'break@1', 'huge@1', 'b@2']);
  });

  it('fit reports what did not fit', () => {
    const { item } = recorder();
    const result = fit([item('a', 60), item('b', 60)], 100, true);
    expect(result.head.map((p) => p.offset)).toEqual([0]);
    expect(result.tail).toHaveLength(1);
  });
});
