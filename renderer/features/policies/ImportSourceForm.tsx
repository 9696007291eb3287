import { Button, FileInput, Group, NativeSelect, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { IconFileText, IconListDetails } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/domain/policy-import';
import type { LocalizedText } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { asAppError, issueAt } from './policyErrors';
import { readImportFile } from './readImportFile';

interface ImportSourceFormProps {
  companies: { id: number; legalNameJa: string; legalNameEn: string }[];
  companyId: number;
  onCompany: (id: number) => void;
  onPreview: (preview: ImportPreview) => void;
}

/** Where the policy comes from: pasted text or a .txt / .md / .docx file; the core splits it (writing nothing). */
export function ImportSourceForm({ companies, companyId, onCompany, onPreview }: ImportSourceFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const [source, setSource] = useState<'paste' | 'file'>('paste');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<LocalizedText | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = async () => {
    setError(null);
    setBusy(true);
    try {
      if (source === 'file') {
        if (!file) return;
        const read = await readImportFile(file);
        if ('error' in read) {
          setError(read.error);
          return;
        }
        onPreview(await client.invoke('policies.importPreview', { fileName: file.name, fileBase64: read.base64 }));
      } else {
        onPreview(await client.invoke('policies.importPreview', { pastedText: text }));
      }
    } catch (caught) {
      const appError = asAppError(caught);
      setError(issueAt(appError, source === 'file' ? 'fileBase64' : 'pastedText') ?? issueAt(appError, 'fileName') ?? appError.text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md" maw={960}>
      <NativeSelect
        label={t('policies.importPage.company')}
        value={String(companyId)}
        onChange={(event) => onCompany(Number(event.currentTarget.value))}
        data={companies.map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) }))}
        w={320}
      />
      <SegmentedControl
        value={source}
        onChange={(value) => {
          setSource(value as 'paste' | 'file');
          setError(null);
        }}
        data={[
          { value: 'paste', label: t('policies.importPage.paste') },
          { value: 'file', label: t('policies.importPage.file') },
        ]}
        w="fit-content"
      />
      {source === 'paste' ? (
        <Textarea
          label={t('policies.importPage.pasteLabel')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={8}
          maxRows={12}
          error={error?.[language]}
        />
      ) : (
        <FileInput
          label={t('policies.importPage.fileLabel')}
          description={t('policies.importPage.fileHelp')}
          accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          value={file}
          onChange={(next) => {
            setFile(next);
            setError(null);
          }}
          leftSection={<IconFileText size={16} aria-hidden="true" />}
          clearable
          error={error?.[language]}
          w={480}
        />
      )}
      <Group>
        <Button leftSection={<IconListDetails size={16} />} loading={busy} onClick={() => void preview()} disabled={source === 'file' ? !file : text.trim() === ''}>
          {t('policies.importPage.preview')}
        </Button>
      </Group>
    </Stack>
  );
}
