import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionOf } from '../../../shared/policy/model';
import { FieldText } from './FieldText';

type JointUseSection = SectionOf<'joint_use'>;
type JointUseField = Exclude<keyof JointUseSection, 'id' | 'kind' | 'headingJa' | 'headingEn' | 'bodyJa' | 'bodyEn'>;
type JointUseItem = 'jointItems' | 'jointUsers' | 'jointPurposes' | 'responsibleName' | 'responsibleAddress' | 'responsibleRepresentative';

interface JointUseFieldsProps {
  section: JointUseSection;
  readOnly: boolean;
  onChange: (patch: Partial<JointUseSection>) => void;
}

const items: readonly JointUseItem[] = ['jointItems', 'jointUsers', 'jointPurposes', 'responsibleName', 'responsibleAddress', 'responsibleRepresentative'];

/**
 * Joint use (Art. 27(5)(iii)): the items used jointly, the scope of the joint users, their purposes, and the
 * name, address and representative of the one responsible — each in Japanese and English side by side.
 */
export function JointUseFields({ section, readOnly, onChange }: JointUseFieldsProps) {
  const { t } = useTranslation();
  const input = (item: JointUseItem, lang: 'ja' | 'en') => {
    const field = `${item}${lang === 'ja' ? 'Ja' : 'En'}` as JointUseField;
    return (
      <FieldText
        key={field}
        label={t('policies.editor.inLang', { label: t(`policies.structured.joint.${item}`), lang: t(`policies.editor.${lang}`) })}
        lang={lang}
        value={section[field]}
        readOnly={readOnly}
        onChange={(value) => onChange({ [field]: value })}
      />
    );
  };

  return (
    <Stack gap={8} className="wb-pol-joint-use">
      <Text size="sm" fw={700}>
        {t('policies.structured.joint.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('policies.structured.joint.help')}
      </Text>
      {items.map((item) => (
        <Stack key={item} gap={2}>
          <SimpleGrid cols={2} spacing="sm">
            {input(item, 'ja')}
            {input(item, 'en')}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t(`policies.structured.joint.${item}Help`)}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
