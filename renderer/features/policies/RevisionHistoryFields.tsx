import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SectionOf } from '../../../shared/policy/model';
import { DateBox } from '../../components/form/DateBox';

interface RevisionHistoryFieldsProps {
  section: SectionOf<'revisions'>;
  readOnly: boolean;
  onChange: (patch: Partial<SectionOf<'revisions'>>) => void;
}

/**
 * The dates of the policy from before it was kept here (its 制定日 and earlier 改定日): they open the revision history
 * the document prints once, followed by the versions published here (shared/policy/history-dates.ts). Dates after the
 * first publication here are not asked for: the published versions are that history.
 */
export function RevisionHistoryFields({ section, readOnly, onChange }: RevisionHistoryFieldsProps) {
  const { t } = useTranslation();
  const revised = section.revisedOn;
  const setRevised = (list: string[]) => onChange({ revisedOn: list });
  return (
    <Stack gap="xs" className="wb-pol-history-fields">
      <Text size="sm" fw={700}>
        {t('policies.history.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('policies.history.help')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <DateBox
          label={t('policies.history.established')}
          fieldName={t('policies.history.established')}
          value={section.establishedOn || null}
          readOnly={readOnly}
          onChange={(value) => onChange({ establishedOn: value ?? '' })}
          w={180}
        />
        {revised.map((date, index) => (
          <Group key={index} gap={4} align="flex-end" wrap="nowrap">
            <DateBox
              label={t('policies.history.revised', { n: index + 1 })}
              fieldName={t('policies.history.revised', { n: index + 1 })}
              value={date || null}
              readOnly={readOnly}
              onChange={(value) => setRevised(revised.map((d, i) => (i === index ? (value ?? '') : d)))}
              w={180}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                aria-label={t('policies.history.removeRevised', { n: index + 1 })}
                onClick={() => setRevised(revised.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {!readOnly && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setRevised([...revised, ''])} mb={2}>
            {t('policies.history.addRevised')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
