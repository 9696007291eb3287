import type { jaPreview } from './ja-preview';

/** English text of the export preview beside the export options. */
export const enPreview: Record<keyof typeof jaPreview, string> = {
  title: 'Preview',
  region: 'Preview of the export',
  loading: 'Making the preview…',
  failed: 'The preview could not be shown',
  page: 'Page {{page}} of {{total}}',
  pages: 'Pages: {{total}}',
  wordNote: 'The Word file says the same; its page breaks may differ with Word\'s settings.',
  stale: 'The options changed; remaking the preview…',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoom: '{{percent}}%',
  save: 'Save',
};
