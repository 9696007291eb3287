export { ExportButton, type ExportTarget } from './ExportButton';
export { downloadFile, saveExport } from './saveExport';
