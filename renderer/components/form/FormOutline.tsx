import { IconCircle, IconCircleCheckFilled, IconAlertCircleFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useScrollSpy } from '../../lib/useScrollSpy';

/** One section of a long form as the outline shows it. */
export interface OutlineEntry {
  /** The section element's id (FormSection `id`). */
  id: string;
  label: string;
  /** Field errors shown in this section now. */
  errors: number;
  /** 'optional' sections carry no mark: nothing is missing when they stay empty. */
  state: 'complete' | 'todo' | 'optional';
}

/**
 * The sections of a long form, each with its state (errors, done, still to fill), in view while the form
 * scrolls: a click jumps to the section and puts focus on its heading so the keyboard continues from there, and
 * the section being read is marked (aria-current). Buttons, not links: the app's routes live in the URL hash.
 */
export function FormOutline({ entries, label }: { entries: readonly OutlineEntry[]; label: string }) {
  const { t } = useTranslation();
  const active = useScrollSpy(entries.map((entry) => entry.id));

  const jump = (id: string) => {
    const section = document.getElementById(id);
    if (!section) return;
    section.scrollIntoView({ block: 'start', behavior: 'auto' });
    const heading = section.querySelector<HTMLElement>('[data-outline-heading]');
    heading?.focus({ preventScroll: true });
  };

  return (
    <nav className="wb-outline" aria-label={label}>
      <ol>
        {entries.map((entry) => {
          const state = entry.errors > 0 ? 'errors' : entry.state;
          const description =
            state === 'errors' ? t('outline.errors', { count: entry.errors }) : state === 'optional' ? t('outline.optional') : t(`outline.${state}`);
          return (
            <li key={entry.id}>
              <button
                type="button"
                className="wb-outline-item"
                data-state={state}
                aria-current={active === entry.id ? 'location' : undefined}
                aria-label={t('outline.entry', { label: entry.label, state: description })}
                title={description}
                onClick={() => jump(entry.id)}
              >
                {state === 'errors' ? (
                  <IconAlertCircleFilled size={14} aria-hidden="true" />
                ) : state === 'complete' ? (
                  <IconCircleCheckFilled size={14} aria-hidden="true" />
                ) : state === 'todo' ? (
                  <IconCircle size={14} aria-hidden="true" />
                ) : null}
                <span>{entry.label}</span>
                {state === 'errors' && <span className="wb-outline-count">{entry.errors}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
