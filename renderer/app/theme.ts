import { createTheme, Drawer, Modal, type MantineColorsTuple } from '@mantine/core';
import { DateInput, DatePickerInput } from '@mantine/dates';
import { parseTypedDate } from '../lib/japanDates';

/** One restrained primary: a deep blue that keeps white text above 7:1 at the filled shade. */
const brand: MantineColorsTuple = [
  '#eef3fb',
  '#dbe4f4',
  '#b5c7e8',
  '#8ca8dc',
  '#6a8dd1',
  '#547ccb',
  '#4672c8',
  '#3760b0',
  '#2d559e',
  '#1f468c',
];

/**
 * A dense business tool (UI guide, "Type and density"): body 14px, controls 36px, 4px spacing grid,
 * headings at line-height 1.25, Noto Sans JP shipped with the app so every OS renders the same.
 */
export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 8,
  colors: { brand },
  fontFamily: '"Noto Sans JP", system-ui, -apple-system, "Segoe UI", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Consolas, "Liberation Mono", monospace',
  // Only 400 and 700 ship (@fontsource); "medium" would otherwise be synthesised from one of them.
  fontWeights: { regular: '400', medium: '700', bold: '700' },
  fontSizes: { xs: '12px', sm: '14px', md: '14px', lg: '16px', xl: '18px' },
  lineHeights: { xs: '1.4', sm: '1.5', md: '1.5', lg: '1.5', xl: '1.5' },
  spacing: { xs: '4px', sm: '8px', md: '12px', lg: '16px', xl: '24px' },
  radius: { xs: '2px', sm: '4px', md: '6px', lg: '8px', xl: '12px' },
  defaultRadius: 'sm',
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '20px', lineHeight: '1.25' },
      h2: { fontSize: '16px', lineHeight: '1.25' },
      h3: { fontSize: '14px', lineHeight: '1.25' },
    },
  },
  focusRing: 'auto',
  respectReducedMotion: true,
  cursorType: 'pointer',
  components: {
    // Dialog titles are headings: bold, like every other title.
    Modal: Modal.extend({ defaultProps: { centered: true }, classNames: { title: 'wb-dialog-title' } }),
    Drawer: Drawer.extend({ classNames: { title: 'wb-dialog-title' } }),
    // Dates on screen are 2026/12/28 (UI guide); typed entry works without the picker, in that form or as
    // people also type it (2026-12-28, 20261228, full-width digits), and an impossible date is not rolled over.
    DateInput: DateInput.extend({ defaultProps: { valueFormat: 'YYYY/MM/DD', dateParser: parseTypedDate } }),
    DatePickerInput: DatePickerInput.extend({ defaultProps: { valueFormat: 'YYYY/MM/DD' } }),
  },
});
