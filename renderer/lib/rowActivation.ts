import type { KeyboardEvent } from 'react';

/**
 * A table row that opens its record: click, or Enter when the row has focus. Rows are not links on
 * purpose: a name like 「お客様相談窓口」 would otherwise compete with the menu's 「窓口」 link.
 */
export function rowActivation(open: () => void) {
  return {
    tabIndex: 0,
    'data-clickable': true,
    onClick: open,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    },
  };
}
