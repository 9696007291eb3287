/**
 * The export engine: services build an ExportDocument (model.ts) from a record and hand it to a renderer.
 * Only render/ touches pdfkit and docx.
 */
export type * from './model';
export { renderPdf, type PdfOptions } from './render/pdf';
export { renderDocx, type DocxOptions } from './render/docx';
export { defaultWordFonts, type WordFonts } from './render/docx/theme';
export { resolveFonts, type FontLocation } from './fonts';
export { formatDocumentDate, formatDateRange, type EraStyle } from './text/dates';
export { headingText } from './text/heading';
export { missingText, plainText } from './inline';
