import type { ExportDocument } from '../../model';
import type { EraStyle } from '../../text/dates';
import type { HeadingRegistry } from './headings';
import type { TocSlots } from './toc';
import type { Typesetter } from './typesetter';

/** What every block builder needs: the typesetter, the heading registry and the document's settings. */
export interface Build {
  ts: Typesetter;
  headings: HeadingRegistry;
  toc: TocSlots;
  doc: ExportDocument;
  era: EraStyle;
}
