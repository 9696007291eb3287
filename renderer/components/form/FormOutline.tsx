import { IconAlertCircleFilled, IconAlertTriangleFilled, IconCircle, IconCircleCheckFilled } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useScrollSpy } from '../../lib/useScrollSpy';

/** One section of a long form as the outline shows it. */
export interface OutlineEntry {
  /** The section element's id (FormSection `id`). */
  id: string;
  label: string;
  /** Field errors shown in this section now. */
  errors: number;
  /** Warnings in this section (worth a look, never a blocker); shown when it has no errors. */
  warnings?: number;
  /** 'optional' sections carry no mark: nothing is missing when they stay empty; 'none': no state to tell. */
  state: 'complete' | 'todo' | 'optional' | 'none';
}

interface FormOutlineProps {
  entries: readonly OutlineEntry[];
  label: string;
  /** 'bar': a sticky wrapping row above a form of a few sections; 'vertical': a list for a document of many. */
  variant?: 'bar' | 'vertical';
}

/**
 * The sections of a long form, each with its state (errors, done, still to fill), in view while the form
 * scrolls: a click jumps to the section and puts focus on its heading so the keyboard continues from there, and
 * the section being read is marked (aria-current). Buttons, not links: the app's routes live in the URL hash.
 */
export function FormOutline({ entries, label, variant = 'bar' }: FormOutlineProps) {
  const { t } = useTranslation();
  const active = useScrollSpy(entries.map((entry) => entry.id));
  const list = useRef<HTMLElement>(null);

  // A vertical list longer than its box scrolls itself so the section being read stays in sight (the page stays put).
  useEffect(() => {
    const box = list.current;
    const item = box?.querySelector<HTMLElement>('[aria-current="location"]');
    if (variant !== 'vertical' || !box || !item) return;
    const top = item.offsetTop - box.offsetTop;
    if (top < box.scrollTop) box.scrollTop = top - 4;
    else if (top + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + item.offsetHeight - box.clientHeight + 4;
  }, [active, variant]);

  const jump = (id: string) => {
    const section = document.getElementById(id);
    if (!section) return;
    section.scrollIntoView({ block: 'start', behavior: 'auto' });
    const heading = section.querySelector<HTMLElement>('[data-outline-heading]');
    heading?.focus({ preventScroll: true });
  };

  return (
    <nav ref={list} className={variant === 'vertical' ? 'wb-outline wb-outline-vertical' : 'wb-outline'} aria-label={label}>
      <ol>
        {entries.map((entry) => {
          const warnings = entry.warnings ?? 0;
          const state = entry.errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : entry.state;
          const description =
            state === 'errors'
              ? t('outline.errors', { count: entry.errors })
              : state === 'warnings'
                ? t('outline.warnings', { count: warnings })
                : state === 'none'
                  ? null
                  : t(`outline.${state}`);
          return (
            <li key={entry.id}>
              <button
                type="button"
                className="wb-outline-item"
                data-state={state}
                aria-current={active === entry.id ? 'location' : undefined}
                aria-label={description === null ? entry.label : t('outline.entry', { label: entry.label, state: description })}
                title={description ?? entry.label}
                onClick={() => jump(entry.id)}
              >
                {state === 'errors' ? (
                  <IconAlertCircleFilled size={14} aria-hidden="true" />
                ) : state === 'warnings' ? (
                  <IconAlertTriangleFilled size={14} aria-hidden="true" />
                ) : state === 'complete' ? (
                  <IconCircleCheckFilled size={14} aria-hidden="true" />
                ) : state === 'todo' ? (
                  <IconCircle size={14} aria-hidden="true" />
                ) : null}
                <span className="wb-outline-label">{entry.label}</span>
                {state === 'errors' && <span className="wb-outline-count">{entry.errors}</span>}
                {state === 'warnings' && <span className="wb-outline-count">{warnings}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
