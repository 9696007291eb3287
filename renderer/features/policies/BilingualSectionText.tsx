import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicySection } from '../../../shared/policy/model';

interface BilingualSectionTextProps {
  section: PolicySection;
  readOnly: boolean;
  onChange: (patch: Partial<Pick<PolicySection, 'headingJa' | 'headingEn' | 'bodyJa' | 'bodyEn'>>) => void;
}

/** A section's heading and body, Japanese and English side by side; the text areas grow with their text. */
export function BilingualSectionText({ section, readOnly, onChange }: BilingualSectionTextProps) {
  const { t } = useTranslation();
  const column = (lang: 'ja' | 'en') => {
    const heading = lang === 'ja' ? 'headingJa' : 'headingEn';
    const body = lang === 'ja' ? 'bodyJa' : 'bodyEn';
    return (
      <Stack gap={8} lang={lang}>
        <TextInput
          label={t(`policies.editor.${heading}`)}
          value={section[heading]}
          readOnly={readOnly}
          onChange={(event) => onChange({ [heading]: event.currentTarget.value })}
        />
        <Textarea
          label={t(`policies.editor.${body}`)}
          value={section[body]}
          readOnly={readOnly}
          autosize
          // No maxRows: a long article shows whole on both sides, never cut off in a box of its own.
          minRows={4}
          onChange={(event) => onChange({ [body]: event.currentTarget.value })}
          className="wb-pol-body"
        />
      </Stack>
    );
  };
  return (
    <SimpleGrid cols={2} spacing="md">
      {column('ja')}
      {column('en')}
    </SimpleGrid>
  );
}
