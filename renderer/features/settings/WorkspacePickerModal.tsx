import './picker.css';
import { Button, Group, Modal, ScrollArea, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowUp, IconDatabase, IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderEntry } from '../../../shared/contract/workspace';
import type { AppError } from '../../../shared/errors';
import { useRead } from '../../api/hooks';
import { FailureNotice } from '../../components/form/FailureNotice';
import { FieldLabel } from '../../components/form/FieldLabel';
import { QueryState } from '../../components/QueryState';
import { fieldLabel } from '../../lib/fieldLabel';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';
import type { WorkspaceMode } from './useWorkspaceSwitch';

export interface PickedWorkspace {
  path: string;
  displayName?: string;
  clientLabel?: string;
}

interface Props {
  mode: WorkspaceMode;
  busy: boolean;
  onSubmit: (picked: PickedWorkspace) => Promise<AppError | null>;
  onClose: () => void;
}

const forbidden = /[/\\:*?"<>|]/;

function EntryName({ entry }: { entry: FolderEntry }) {
  const Icon = entry.kind === 'folder' ? IconFolder : IconDatabase;
  return (
    <Group gap={8} wrap="nowrap" miw={0}>
      <Icon size={16} stroke={1.75} aria-hidden className="wb-no-shrink" />
      <Stack gap={0} miw={0}>
        <Text size="sm" truncate="end" title={entry.name}>
          {entry.name}
        </Text>
        {(entry.clientLabel || entry.displayName) && (
          <Text size="xs" c="dimmed" truncate="end">
            {[entry.clientLabel, entry.displayName].filter(Boolean).join(' — ')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

/**
 * Browser mode's file picker (it has no native dialog): the open workspace's folder, its sub-folders and workspace
 * files, walked with 上のフォルダへ and a folder's name. To open, the user picks a file in the list; to create, a
 * folder and a name — no path is typed. The core still judges the file (workspace.open refuses a non-workspace).
 */
export function WorkspacePickerModal({ mode, busy, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [dir, setDir] = useState<string | undefined>(undefined);
  const listing = useRead('workspace.browse', dir === undefined ? {} : { dir }, { keepPrevious: true });
  const [selected, setSelected] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [clientLabel, setClientLabel] = useState('');
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const data = listing.data;

  const go = (next: string) => {
    setDir(next);
    setSelected(null);
    setRefusal(null);
  };
  const trimmed = fileName.trim();
  const newPath = data && trimmed ? `${data.dir}${data.dir.endsWith(data.separator) ? '' : data.separator}${/\.sqlite$/i.test(trimmed) ? trimmed : `${trimmed}.sqlite`}` : null;

  const submit = async () => {
    setRefusal(null);
    if (mode === 'open') {
      if (!selected) {
        setNameError(t('workspaces.chooseFile'));
        return;
      }
      setRefusal(await onSubmit({ path: selected }));
      return;
    }
    if (!trimmed) return setNameError(t('workspaces.fileNameRequired'));
    if (forbidden.test(trimmed)) return setNameError(t('workspaces.fileNameInvalid'));
    if (!newPath) return;
    setRefusal(await onSubmit({ path: newPath, displayName, clientLabel }));
  };

  const fieldIssue = (name: string) => refusal?.issues?.find((issue) => issue.path[0] === name)?.message[language];
  const visible = data?.entries ?? [];

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(mode === 'open' ? 'workspaces.pickerOpenTitle' : 'workspaces.pickerCreateTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        data-section="workspace-picker"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {refusal && !fieldIssue('displayName') && !fieldIssue('clientLabel') && (
            <FailureNotice error={refusal} action="save" title={t('settings.switchFailed')} />
          )}
          <Group gap="sm" wrap="nowrap" justify="space-between">
            <Group gap={8} wrap="nowrap" miw={0}>
              <Text size="sm" fw={700} className="wb-no-shrink" id="picker-folder-label">
                {t('workspaces.folder')}
              </Text>
              {/* Wrapped, not cut: a path cut at its start (direction: rtl) would move its leading "/" to the end. */}
              <Text size="sm" className="wb-path" title={data?.dir} aria-labelledby="picker-folder-label" data-section="picker-folder">
                {data?.dir ?? ''}
              </Text>
            </Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowUp size={14} aria-hidden />}
              disabled={!data?.parent}
              onClick={() => data?.parent && go(data.parent)}
              className="wb-no-shrink"
            >
              {t('workspaces.up')}
            </Button>
          </Group>
          {!data ? (
            <QueryState isPending={listing.isPending} error={listing.error} onRetry={() => void listing.refetch()} />
          ) : (
            <ScrollArea.Autosize mah={300} type="auto" className="wb-picker-list">
              {visible.length === 0 ? (
                <Text size="sm" c="dimmed" p="sm">
                  {t('workspaces.empty')}
                </Text>
              ) : (
                <Table className="wb-table" layout="fixed" verticalSpacing={4} horizontalSpacing="sm" highlightOnHover aria-labelledby="picker-folder-label">
                  <colgroup>
                    <col />
                    <col style={{ width: '9rem' }} />
                    <col style={{ width: '12rem' }} />
                  </colgroup>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('workspaces.colName')}</Table.Th>
                      <Table.Th>{t('workspaces.colKind')}</Table.Th>
                      <Table.Th>{t('workspaces.colModified')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {visible.map((entry) => {
                      const isSelected = entry.path === selected;
                      const selectable = entry.kind === 'folder' || mode === 'open';
                      return (
                        <Table.Tr key={entry.path} data-selected={isSelected || undefined} className={isSelected ? 'wb-picker-selected' : undefined}>
                          <Table.Td>
                            {selectable ? (
                              <UnstyledButton
                                className="wb-picker-entry"
                                aria-pressed={entry.kind === 'workspace' ? isSelected : undefined}
                                aria-label={entry.kind === 'folder' ? t('workspaces.openFolder', { name: entry.name }) : undefined}
                                onClick={() => {
                                  setNameError(null);
                                  // A refusal named the file chosen before; another choice starts afresh.
                                  setRefusal(null);
                                  if (entry.kind === 'folder') go(entry.path);
                                  else setSelected(entry.path);
                                }}
                                onDoubleClick={() => {
                                  if (entry.kind === 'workspace') void onSubmit({ path: entry.path }).then(setRefusal);
                                }}
                              >
                                <EntryName entry={entry} />
                              </UnstyledButton>
                            ) : (
                              <EntryName entry={entry} />
                            )}
                          </Table.Td>
                          <Table.Td>{t(entry.kind === 'folder' ? 'workspaces.kindFolder' : 'workspaces.kindWorkspace')}</Table.Td>
                          <Table.Td className="wb-num">{formatDateTime(entry.modifiedAt, language, { zone: false })}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
              {data.truncated && (
                <Text size="xs" c="dimmed" p="xs">
                  {t('workspaces.truncated')}
                </Text>
              )}
            </ScrollArea.Autosize>
          )}
          {mode === 'open' ? (
            <Text size="sm" c={nameError ? 'red' : undefined} role={nameError ? 'alert' : undefined} data-section="picker-selection">
              {selected ? t('workspaces.selected', { name: selected }) : (nameError ?? t('workspaces.chooseFile'))}
            </Text>
          ) : (
            <Stack gap="sm">
              <TextInput
                label={<FieldLabel text={t('workspaces.newFileName')} requirement="required" />}
                aria-label={t('workspaces.newFileName')}
                description={
                  <>
                    <span className="wb-help-line">{t('workspaces.newFileHelp')}</span>
                    <span className="wb-help-line">{t('common.example', { value: t('workspaces.newFileExample') })}</span>
                  </>
                }
                value={fileName}
                onChange={(event) => {
                  setFileName(event.currentTarget.value);
                  setNameError(null);
                  setRefusal(null);
                }}
                error={nameError ?? fieldIssue('path')}
                spellCheck={false}
                data-autofocus
              />
              {newPath && (
                <Text size="sm" c="dimmed" className="wb-path" data-section="picker-new-path">
                  {t('workspaces.willCreate', { path: newPath })}
                </Text>
              )}
              <Group gap="md" align="flex-start" grow>
                <TextInput
                  label={<FieldLabel text={fieldLabel('displayName', language)} requirement="optional" />}
                  aria-label={fieldLabel('displayName', language)}
                  value={displayName}
                  onChange={(event) => setDisplayName(event.currentTarget.value)}
                  error={fieldIssue('displayName')}
                />
                <TextInput
                  label={<FieldLabel text={fieldLabel('clientLabel', language)} requirement="optional" />}
                  aria-label={fieldLabel('clientLabel', language)}
                  value={clientLabel}
                  onChange={(event) => setClientLabel(event.currentTarget.value)}
                  error={fieldIssue('clientLabel')}
                />
              </Group>
            </Stack>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t(mode === 'open' ? 'settings.openAction' : 'settings.createAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
