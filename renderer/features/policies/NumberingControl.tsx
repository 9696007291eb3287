import { Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicySection } from '../../../shared/policy/model';
import { versionNumbering, withNumbering } from '../../../shared/policy/numbering';

/**
 * Numbers the articles automatically (第1条, 第2条 … by position) or as written (the numbers the imported document
 * gives them). The switch itself is shared/policy/numbering.ts withNumbering; the draft saves it like any edit.
 */
export function NumberingControl({ sections, readOnly, onChange }: { sections: PolicySection[]; readOnly: boolean; onChange: (next: PolicySection[]) => void }) {
  const { t } = useTranslation();
  const mode = versionNumbering(sections);
  return (
    <Group gap="xs" wrap="nowrap">
      <Tooltip label={t('policies.editor.numberingHint')} multiline w={320} withArrow>
        <Text size="sm" c="dimmed" id="wb-pol-numbering-label">
          {t('policies.editor.numbering')}
        </Text>
      </Tooltip>
      <SegmentedControl
        size="xs"
        aria-labelledby="wb-pol-numbering-label"
        data-testid="policy-numbering"
        disabled={readOnly || sections.length === 0}
        value={mode}
        onChange={(value) => onChange(withNumbering(sections, value === 'as_written' ? 'as_written' : 'auto'))}
        data={[
          { value: 'auto', label: t('policies.editor.numberingAuto') },
          { value: 'as_written', label: t('policies.editor.numberingAsWritten') },
        ]}
      />
    </Group>
  );
}
