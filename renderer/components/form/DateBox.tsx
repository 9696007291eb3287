import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth, parseTypedDate } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';

export interface DateBoxProps extends Omit<DateInputProps, 'value' | 'onChange'> {
  /** 'YYYY-MM-DD' or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** What the field is called: the clear button's tooltip names it (its accessible name stays 「日付を消去」, so the
   * field's own label finds only the field). */
  fieldName: string;
}

/**
 * The one date field of the app (UI guide, "Dates"): typed as 2026/12/28 (or 2026-12-28, 20261228, full-width),
 * shown as 2026/12/28, the calendar headed 2026年12月 / December 2026 and starting on Sunday (DatesProvider).
 * Keyboard first (issue 13 item 4): the calendar opens on a click, on typing or on ↓ — not on focus, so an
 * error that moves focus here is never covered by it; Esc closes only the calendar (a dialog around it stays);
 * Tab leaves to the next field, past a clear button that has a name and is not a tab stop.
 */
export function DateBox({ value, onChange, fieldName, onKeyDown, onBlur, onClick, popoverProps, ...rest }: DateBoxProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [opened, setOpened] = useState(false);
  const stop = opened ? { 'data-mantine-stop-propagation': 'true' } : {};

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && opened) {
      setOpened(false);
      event.stopPropagation();
    } else if (event.key === 'ArrowDown' && !opened) {
      setOpened(true);
      event.preventDefault();
    } else if (event.key === 'Enter' && opened) {
      setOpened(false);
    } else if (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete') {
      setOpened(true);
    }
    onKeyDown?.(event);
  };

  return (
    <DateInput
      valueFormat="YYYY/MM/DD"
      dateParser={parseTypedDate}
      leftSection={<IconCalendar size={16} aria-hidden="true" />}
      clearable
      clearButtonProps={{ 'aria-label': t('ui.dates.clear'), title: language === 'ja' ? `${t('ui.dates.clear')}（${fieldName}）` : `${t('ui.dates.clear')} (${fieldName})`, tabIndex: -1 }}
      monthLabelFormat={(date) => formatMonth(date.slice(0, 7), language === 'ja' ? 'ja' : 'en')}
      yearLabelFormat={language === 'ja' ? 'YYYY年' : 'YYYY'}
      ariaLabels={{
        previousMonth: t('ui.dates.previousMonth'),
        nextMonth: t('ui.dates.nextMonth'),
        previousYear: t('ui.dates.previousYear'),
        nextYear: t('ui.dates.nextYear'),
        previousDecade: t('ui.dates.previousDecade'),
        nextDecade: t('ui.dates.nextDecade'),
        monthLevelControl: t('ui.dates.monthLevel'),
        yearLevelControl: t('ui.dates.yearLevel'),
      }}
      getDayProps={() => ({ 'data-mantine-stop-propagation': true, onClick: () => setOpened(false) }) as never}
      {...rest}
      {...stop}
      value={value}
      onChange={onChange}
      onKeyDown={keyDown}
      onClick={(event) => {
        setOpened(true);
        onClick?.(event);
      }}
      onBlur={(event) => {
        setOpened(false);
        onBlur?.(event);
      }}
      popoverProps={{ withinPortal: true, ...popoverProps, opened, onDismiss: () => setOpened(false) }}
    />
  );
}
