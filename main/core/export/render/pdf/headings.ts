import type { OutlineEntry } from '../../outline';
import { page } from './theme';

/**
 * The document's headings as drawn: the page each lands on (for the table of contents), a named destination
 * for the contents' links, and the PDF's bookmarks, nested by level. Headings are numbered in reading order,
 * the order outline.ts lists them in, so entry i of the contents is heading i.
 */
export class HeadingRegistry {
  private next = 0;
  readonly pages = new Map<number, number>();
  private readonly bookmarks: { level: number; item: PDFKit.PDFOutline }[] = [];

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    readonly entries: readonly OutlineEntry[],
  ) {}

  /** Called while building, in reading order: the heading's index. */
  claim(): number {
    return this.next++;
  }

  static destination(index: number): string {
    return `heading-${index}`;
  }

  /** Called when heading `index` is drawn at `y` on page `pageIndex`. */
  placed(index: number, pageIndex: number, y: number): void {
    this.pages.set(index, pageIndex);
    const entry = this.entries[index];
    if (!entry) return;
    this.pdf.addNamedDestination(HeadingRegistry.destination(index), 'XYZ', 0, page.height - y, null);
    while (this.bookmarks.length > 0 && this.bookmarks[this.bookmarks.length - 1]!.level >= entry.level) this.bookmarks.pop();
    const parent = this.bookmarks[this.bookmarks.length - 1]?.item ?? this.pdf.outline;
    // PDFKit measures the bookmark's left and top from the page's right and bottom edges.
    const item = parent.addItem(entry.text, { expanded: true, top: y, left: page.width } as { expanded?: boolean });
    this.bookmarks.push({ level: entry.level, item });
  }
}
