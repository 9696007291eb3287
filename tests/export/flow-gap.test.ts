import { describe, expect, it } from 'vitest';
import { fit, paginate, type Item } from '../../main/core/export/render/pdf/flow';
import { gap } from '../../main/core/export/render/pdf/tables';

/** A gap (pure space) at a page's foot must not start a page of its own: a report once ended on a blank page. */
const box = (height: number): Item => ({ height, spaceBefore: 0, draw: () => undefined });

describe('pagination of trailing space', () => {
  it('drops a gap that does not fit at the foot of a page instead of carrying it over', () => {
    const { head, tail } = fit([box(95), gap(8)], 100, true);
    expect(head).toHaveLength(1);
    expect(tail).toEqual([]);
  });

  it('ends a document whose last block fills the page on that page', () => {
    let pages = 1;
    const last = paginate([box(60), box(36), gap(8)], { top: 0, bottom: 100, x: 0, newPage: () => pages++ }, 0);
    expect(last).toBe(0);
    expect(pages).toBe(1);
  });

  it('keeps a gap that fits, so the space before the next block stays', () => {
    const { head } = fit([box(50), gap(8), box(10)], 100, true);
    expect(head.map((p) => p.offset)).toEqual([0, 58, 58]);
  });
});
