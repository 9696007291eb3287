import { Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PolicyVersion } from '../../../shared/domain/policy-version';
import { syncFactSentences } from '../../../shared/policy/clauses/sync';
import type { PolicySection } from '../../../shared/policy/model';
import { headingFor, sectionNumbers } from '../../../shared/policy/numbering';
import type { SectionKind } from '../../../shared/policy/vocabulary';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { FormOutline } from '../../components/form/FormOutline';
import { useFormShortcuts } from '../../lib/useFormShortcuts';
import { useLanguage } from '../../lib/useLanguage';
import { AddSectionControl } from './AddSectionControl';
import { CheckerPanel } from './CheckerPanel';
import { DraftConflictAlert } from './DraftConflictAlert';
import { EditorToolbar } from './EditorToolbar';
import { NumberingControl } from './NumberingControl';
import { PolicyDocumentView } from './PolicyDocumentView';
import { policyOutline } from './policyOutline';
import { confirmRemoveSection } from './policyDialogs';
import { SectionCard } from './SectionCard';
import { moveItem, newSection } from './sectionFactory';
import { useDraftAutosave } from './useDraftAutosave';

interface PolicySectionsEditorProps {
  policyId: number;
  companyId: number;
  companyName: string;
  version: PolicyVersion;
  /** A draft exists while a published version is shown. */
  draftNumber: number | null;
  focusSection: string | undefined;
  onReload: () => void;
}

/** The articles of one version with the checker beside them; a draft is edited and saved as it is typed. */
export function PolicySectionsEditor({ policyId, companyId, companyName, version, draftNumber, focusSection, onReload }: PolicySectionsEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const readOnly = version.status === 'published';
  const [sections, setSections] = useState<PolicySection[]>(version.sections);
  const [highlight, setHighlight] = useState<string | null>(null);
  const draft = useMemo(
    () => (readOnly ? null : { policyId, versionId: version.id, revision: version.revision, sections: version.sections }),
    [readOnly, policyId, version.id, version.revision, version.sections],
  );
  const autosave = useDraftAutosave(draft, sections, setSections);
  const [checked] = useDebouncedValue(sections, 250);
  // Until the text is edited, the stored version's verdicts: the open brought them with the policy (usePolicyOpen).
  const [opened] = useState(sections);
  const check = useRead('policies.check', readOnly || checked === opened ? { policyId, versionId: version.id } : { policyId, sections: checked }, { keepPrevious: true });
  const desks = useRead('desks.list', { companyId, limit: 500 });

  useFormShortcuts({ onSave: () => void autosave.flush(), onCancel: () => navigate('/policies') });

  const jump = useCallback((sectionId: string) => {
    const element = document.getElementById(`section-${sectionId}`);
    element?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    // A draft's first field; a published version (a document, no fields) its heading.
    const target = element?.querySelector<HTMLElement>('input, textarea') ?? element?.querySelector<HTMLElement>('[data-outline-heading]');
    target?.focus({ preventScroll: true });
    setHighlight(sectionId);
  }, []);
  useEffect(() => {
    if (focusSection) requestAnimationFrame(() => jump(focusSection));
  }, [focusSection, jump]);
  useEffect(() => {
    if (highlight === null) return;
    const timer = setTimeout(() => setHighlight(null), 1600);
    return () => clearTimeout(timer);
  }, [highlight]);

  // A sentence the template wrote for a fact (the fee) follows the fact as it is edited (shared/policy/clauses/sync.ts).
  const onChange = useCallback(
    (index: number, section: PolicySection) => setSections((list) => list.map((s, i) => (i === index ? syncFactSentences(s, section) : s))),
    [],
  );
  const onMove = useCallback((index: number, delta: -1 | 1) => setSections((list) => moveItem(list, index, index + delta)), []);
  const onRemove = useCallback(
    (sectionId: string, name: string) => confirmRemoveSection(name, () => setSections((now) => now.filter((s) => s.id !== sectionId))),
    [],
  );
  const add = (kind: SectionKind) => {
    const section = newSection(kind, companyName);
    setSections((list) => [...list, section]);
    requestAnimationFrame(() => jump(section.id));
  };
  // Every article's heading as the checker, the diff and the exports print it (shared/policy/numbering.ts).
  const headings = useMemo(() => {
    const numbers = sectionNumbers(sections);
    return sections.map((section, i) => ({ ja: headingFor(section, numbers[i] ?? null, 'ja').text, en: headingFor(section, numbers[i] ?? null, 'en').text }));
  }, [sections]);
  const headingOf = (sectionId: string) => {
    const index = sections.findIndex((section) => section.id === sectionId);
    return index < 0 ? '' : headings[index]![language];
  };
  const deskOptions = desks.data?.items ?? [];
  const outline = policyOutline(
    sections,
    headings.map((heading) => heading[language]),
    check.data,
  );

  return (
    <Stack gap="md">
      <EditorToolbar
        policyId={policyId}
        version={version}
        draftNumber={draftNumber}
        autosave={autosave}
        check={check.data}
        onReload={onReload}
      />
      {autosave.status === 'conflict' && (
        <DraftConflictAlert conflict={autosave.conflict} mine={sections} onKeepMine={autosave.keepMine} onLoadTheirs={autosave.loadTheirs} onReload={onReload} />
      )}
      <div className="wb-pol-layout">
        <Stack gap="md" miw={0}>
          {!readOnly && (
            <Group justify="flex-end">
              <NumberingControl sections={sections} readOnly={readOnly} onChange={setSections} />
            </Group>
          )}
          {sections.length === 0 && <EmptyNotice>{t('policies.editor.noSections')}</EmptyNotice>}
          {readOnly ? (
            <PolicyDocumentView sections={sections} headings={headings} desks={deskOptions} />
          ) : (
            sections.map((section, index) => (
            <SectionCard
              key={section.id}
              section={section}
              headingJa={headings[index]!.ja}
              headingEn={headings[index]!.en}
              index={index}
              count={sections.length}
              desks={deskOptions}
              readOnly={readOnly}
              highlighted={highlight === section.id}
              onChange={onChange}
              onMove={onMove}
              onRemove={onRemove}
            />
            ))
          )}
          {!readOnly && (
            <Group justify="space-between" align="flex-end">
              <AddSectionControl onAdd={add} />
              <span className="wb-pol-hint">{t('policies.editor.shortcuts')}</span>
            </Group>
          )}
        </Stack>
        {/* One sticky column: the articles to jump between, then the checker, each scrolling on its own. */}
        <div className="wb-pol-side">
          {sections.length > 0 && <FormOutline entries={outline} label={t('outline.policyLabel')} variant="vertical" />}
          <CheckerPanel result={check.data} checking={check.isFetching} headingOf={headingOf} onJump={jump} />
        </div>
      </div>
    </Stack>
  );
}
