// The Debian packages `npm test` needs, checked by the command each provides.
export const systemPackages = [
  { pkg: 'chromium', command: 'chromium', why: 'end-to-end tests drive the real UI in Chromium' },
  { pkg: 'poppler-utils', command: 'pdftotext', why: 'export checks read PDFs' },
  { pkg: 'unzip', command: 'unzip', why: 'export checks read .docx parts' },
  { pkg: 'libreoffice-writer-nogui', command: 'soffice', why: 'export checks convert .docx to PDF as a user would' },
];
