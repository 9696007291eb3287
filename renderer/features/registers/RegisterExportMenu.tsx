import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterKind } from '../../../shared/contract/exports';
import { AppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { useRead } from '../../api/hooks';
import { notifyDone, notifyFailure } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';
import { saveExport } from '../exports';

interface Choice {
  key: string;
  format: 'xlsx' | 'pdf' | 'docx';
  lang: 'ja' | 'en';
}

const choices: Choice[] = [
  { key: 'xlsxJa', format: 'xlsx', lang: 'ja' },
  { key: 'xlsxEn', format: 'xlsx', lang: 'en' },
  { key: 'pdfJa', format: 'pdf', lang: 'ja' },
  { key: 'pdfEn', format: 'pdf', lang: 'en' },
  { key: 'docxJa', format: 'docx', lang: 'ja' },
  { key: 'docxEn', format: 'docx', lang: 'en' },
];

/**
 * 「台帳を書き出す」: a company's whole register as Excel, PDF or Word, in Japanese or English, saved through the
 * shell's save dialog or downloaded. Disabled until one company is chosen (a register is one company's).
 */
export function RegisterExportMenu({ register, companyId }: { register: RegisterKind; companyId: number | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const capabilities = useRead('files.capabilities', {});
  const [running, setRunning] = useState(false);

  const run = async (choice: Choice) => {
    if (companyId === null) return;
    setRunning(true);
    try {
      const result = await client.invoke('exports.register', { register, companyId, format: choice.format, lang: choice.lang });
      const outcome = await saveExport(client, result, { canSave: capabilities.data?.saveFile ?? false, openAfter: false });
      if (outcome.kind === 'cancelled') notifyDone(i18next.t('exports.cancelled'));
      else notifyDone(i18next.t(outcome.kind === 'saved' ? 'exports.saved' : 'exports.downloaded', { name: result.fileName }));
    } catch (error) {
      notifyFailure(t('exports.failed'), error instanceof AppError ? error.text[language] : String(error));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={running}
          disabled={companyId === null}
          title={companyId === null ? t('registerExport.chooseCompany') : undefined}
        >
          {t('registerExport.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {choices.map((choice) => (
          <Menu.Item key={choice.key} onClick={() => void run(choice)}>
            {t(`registerExport.${choice.key}` as 'registerExport.xlsxJa')}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
