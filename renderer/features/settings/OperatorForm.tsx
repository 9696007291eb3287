import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { Settings } from '../../../shared/contract/settings';
import { isAppError } from '../../../shared/errors';
import { fieldLabel } from '../../lib/fieldLabel';
import { useWrite } from '../../api/hooks';
import { FailureNotice } from '../../components/form/FailureNotice';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { notifyDone } from '../../lib/dialogs';
import { useChangeLanguage } from '../../lib/useChangeLanguage';
import { useFormShortcuts } from '../../lib/useFormShortcuts';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import type { AppError } from '../../../shared/errors';

/**
 * Who the audit trail names (empty: the OS user, shown so nobody has to guess) and the language.
 * The language applies at once, like the header switch; the name waits for 保存.
 */
export function OperatorForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changeLanguage = useChangeLanguage();
  const initial = useMemo(() => ({ userName: settings.userName, language: settings.language }), [settings]);
  const form = useRecordForm(contract['settings.update'].input, initial);
  const update = useWrite('settings.update');
  const [failure, setFailure] = useState<AppError | null>(null);

  const save = async () => {
    setFailure(null);
    if (!form.check()) return;
    try {
      await update.mutateAsync({ userName: form.values.userName, language });
      notifyDone(t('common.saved'));
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') form.acceptServerError(error);
      else if (isAppError(error)) setFailure(error);
    }
  };

  // Esc has nothing to go back to on this screen; Ctrl+S saves as in every form.
  useFormShortcuts({ onSave: () => void save(), onCancel: () => undefined });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="lg" className="wb-form">
        {failure && <FailureNotice error={failure} action="save" />}
        <FormSection title={t('settings.operatorTitle')}>
          <Stack gap="md" align="flex-start">
            <div className="wb-field-medium wb-full-width">
              <TextField form={form} name="userName" autoComplete="name" />
              <Text size="sm" mt={6}>
                {t('settings.effectiveUser', { name: settings.effectiveUser })}
              </Text>
            </div>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Stack>
        </FormSection>
        <FormSection title={fieldLabel('language', language)} description={t('settings.languageHelp')}>
          <Radio.Group
            aria-label={fieldLabel('language', language)}
            value={language}
            onChange={(value) => changeLanguage(value === 'en' ? 'en' : 'ja')}
          >
            <Group gap="lg">
              <Radio value="ja" label="日本語" />
              <Radio value="en" label="English" />
            </Group>
          </Radio.Group>
        </FormSection>
      </Stack>
    </form>
  );
}
