import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ImportPreview } from '../../../shared/domain/policy-import';
import type { AppError } from '../../../shared/errors';
import { policyKindLabels } from '../../../shared/policy/labels';
import { makeSection, type PolicySection } from '../../../shared/policy/model';
import { headingFor, sectionNumbers, type SectionNumber } from '../../../shared/policy/numbering';
import { policyKinds, type PolicyKind, type SectionKind } from '../../../shared/policy/vocabulary';
import { useWrite } from '../../api/hooks';
import { notifyDone } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';
import { asAppError } from './policyErrors';
import { ImportedSectionRow } from './ImportedSectionRow';

/** A section re-kinded by the user: its heading and text kept as they are (no text is ever dropped). */
function withKind(section: PolicySection, kind: SectionKind): PolicySection {
  const { id, headingJa, headingEn, bodyJa, bodyEn, numbering } = section;
  return makeSection(kind, id, { headingJa, headingEn, bodyJa, bodyEn, numbering } as never);
}

/** A proposed section's heading as it will print, in the language it was written in. */
function headingLine(number: SectionNumber | null, section: PolicySection): string {
  const lang = section.bodyJa !== '' || section.headingJa !== '' ? 'ja' : 'en';
  return headingFor(section, number, lang).text;
}

/** The proposed sections, their kinds correctable, then saved as a new policy's draft (which opens). */
export function ImportPreviewList({ preview, companyId }: { preview: ImportPreview; companyId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const save = useWrite('policies.importSave');
  const [sections, setSections] = useState(() => preview.sections.map((item) => item.section));
  const [policyKind, setPolicyKind] = useState<PolicyKind>(preview.suggestedKind);
  const [titleJa, setTitleJa] = useState(preview.suggestedTitle.ja);
  const [titleEn, setTitleEn] = useState(preview.suggestedTitle.en);
  const [error, setError] = useState<AppError | null>(null);
  const top = useRef<HTMLParagraphElement>(null);
  // The proposal appears below the source form: bring it into view.
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'start' });
  }, []);

  const submit = async () => {
    setError(null);
    try {
      const created = await save.mutateAsync({ companyId, policyKind, titleJa, titleEn, sections });
      notifyDone(t('policies.importPage.saved'));
      navigate(`/policies/${created.id}`);
    } catch (caught) {
      setError(asAppError(caught));
    }
  };

  const numbers = sectionNumbers(sections);
  return (
    <Stack gap="md">
      <Text ref={top} size="sm" fw={700} data-testid="import-count" className="wb-pol-anchor">
        {t('policies.importPage.sections', { n: sections.length, lines: preview.lineCount })}
      </Text>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('policies.importPage.policyKind')}
          value={policyKind}
          onChange={(event) => setPolicyKind(event.currentTarget.value as PolicyKind)}
          data={policyKinds.map((value) => ({ value, label: policyKindLabels[value][language] }))}
          w={300}
        />
        <TextInput label={t('policies.importPage.titleJa')} value={titleJa} onChange={(e) => setTitleJa(e.currentTarget.value)} w={300} />
        <TextInput label={t('policies.importPage.titleEn')} value={titleEn} onChange={(e) => setTitleEn(e.currentTarget.value)} w={300} />
      </Group>
      {sections.map((section, index) => {
        const item = preview.sections[index]!;
        return (
          <ImportedSectionRow
            key={section.id}
            section={section}
            heading={headingLine(numbers[index] ?? null, section)}
            confidence={item.confidence}
            lines={{ from: item.firstLine, to: item.lastLine }}
            onKind={(kind) => setSections((list) => list.map((s, i) => (i === index ? withKind(s, kind) : s)))}
          />
        );
      })}
      {error && (
        <Alert color="red" variant="light">
          {error.text[language]}
        </Alert>
      )}
      <Group>
        <Button leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending} onClick={() => void submit()}>
          {t('policies.importPage.save')}
        </Button>
      </Group>
    </Stack>
  );
}
