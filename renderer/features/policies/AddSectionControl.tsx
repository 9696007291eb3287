import { Button, Group, NativeSelect } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionKindLabels } from '../../../shared/policy/labels';
import { sectionKinds, type SectionKind } from '../../../shared/policy/vocabulary';
import { useLanguage } from '../../lib/useLanguage';

/** 「条を追加」: a kind from the vocabulary; the new article starts with the clause library's model text. */
export function AddSectionControl({ onAdd }: { onAdd: (kind: SectionKind) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [kind, setKind] = useState<SectionKind>('custom');
  return (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label={t('policies.editor.addKind')}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as SectionKind)}
        data={sectionKinds.map((value) => ({ value, label: sectionKindLabels[value][language] }))}
        w={280}
      />
      <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => onAdd(kind)}>
        {t('policies.editor.addSection')}
      </Button>
    </Group>
  );
}
