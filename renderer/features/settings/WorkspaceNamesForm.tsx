import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import { isAppError, type AppError } from '../../../shared/errors';
import { useWrite } from '../../api/hooks';
import { FailureNotice } from '../../components/form/FailureNotice';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { notifyDone } from '../../lib/dialogs';
import { useRecordForm } from '../../lib/useRecordForm';

/**
 * The workspace's display name and client label, kept in its file: a consultant with many clients tells them apart
 * in the header and the recent list by these, not by file names.
 */
export function WorkspaceNamesForm({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const initial = useMemo(() => ({ displayName: info.displayName, clientLabel: info.clientLabel }), [info.displayName, info.clientLabel]);
  const form = useRecordForm(contract['workspace.rename'].input, initial);
  const rename = useWrite('workspace.rename');
  const [failure, setFailure] = useState<AppError | null>(null);

  const save = async () => {
    setFailure(null);
    if (!form.check()) return;
    try {
      await rename.mutateAsync({ displayName: form.values.displayName, clientLabel: form.values.clientLabel });
      notifyDone(t('workspaces.namesSaved'));
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') form.acceptServerError(error);
      else if (isAppError(error)) setFailure(error);
    }
  };

  return (
    <form
      noValidate
      data-section="workspace-names"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FormSection title={t('workspaces.namesTitle')} description={t('workspaces.namesLead')}>
        <Stack gap="md" align="flex-start">
          {failure && <FailureNotice error={failure} action="save" />}
          <SimpleGrid cols={2} spacing="md" className="wb-full-width">
            <TextField form={form} name="displayName" />
            <TextField form={form} name="clientLabel" />
          </SimpleGrid>
          <Button type="submit" loading={rename.isPending}>
            {t('workspaces.saveNames')}
          </Button>
        </Stack>
      </FormSection>
    </form>
  );
}
