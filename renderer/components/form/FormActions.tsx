import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  saving: boolean;
  onCancel: () => void;
  /** Only for a stored record. */
  onDelete?: (() => void) | undefined;
  deleting?: boolean;
}

const saveKey = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘S' : 'Ctrl+S';

/** The bar under a form, kept in view while scrolling: 保存 first, キャンセル next, 削除 apart on the right. */
export function FormActions({ saving, onCancel, onDelete, deleting = false }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="wb-form-actions">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('common.shortcuts', { save: saveKey })}
          </Text>
        </Group>
        {onDelete && (
          <Button variant="outline" color="red" onClick={onDelete} loading={deleting}>
            {t('common.delete')}
          </Button>
        )}
      </Group>
    </div>
  );
}
