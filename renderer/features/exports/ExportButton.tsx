import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport } from '@tabler/icons-react';
import i18next from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../shared/contract/exports';
import { AppError } from '../../../shared/errors';
import { useRead } from '../../api/hooks';
import { useClient } from '../../api/context';
import { useAppClock } from '../../lib/appClock';
import { notifyDone, notifyFailure } from '../../lib/dialogs';
import { japanToday } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { defaultChoices, ExportDialog, type ExportChoices } from './ExportDialog';
import { ExportPreview } from '../preview/ExportPreview';
import { runExport, type ExportTarget } from './runExport';
import { saveExport, type SaveOutcome } from './saveExport';
import { useExportPreview } from './useExportPreview';

export type { ExportTarget } from './runExport';

interface ExportButtonProps {
  target: ExportTarget;
  /** The button's text; 「書き出す」 unless given. */
  label?: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

function announce(result: ExportResult, outcome: SaveOutcome) {
  if (outcome.kind === 'cancelled') {
    notifyDone(i18next.t('exports.cancelled'));
    return;
  }
  notifyDone(i18next.t(outcome.kind === 'saved' ? 'exports.saved' : 'exports.downloaded', { name: result.fileName }));
  if (result.replacedCharacters.length > 0) {
    notifications.show({
      color: 'yellow',
      withBorder: true,
      autoClose: false,
      message: i18next.t('exports.replaced', { chars: result.replacedCharacters.join(' ') }),
      closeButtonProps: { 'aria-label': i18next.t('common.close') },
    });
  }
}

/**
 * 「書き出す」: opens the export dialog, runs the export, and saves the file through Electron's save dialog or as a
 * browser download. While it runs the button shows a spinner and is disabled; closing the dialog does not stop it.
 */
export function ExportButton({ target, label, variant = 'default', size = 'sm' }: ExportButtonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const capabilities = useRead('files.capabilities', {});
  const canSave = capabilities.data?.saveFile ?? false;
  const [opened, setOpened] = useState(false);
  const [running, setRunning] = useState(false);
  const clock = useAppClock();
  const [choices, setChoices] = useState<ExportChoices>(() =>
    defaultChoices(
      target.kind === 'incident' ? (target.document ?? 'ppc_preliminary') : 'ppc_preliminary',
      target.kind === 'timing' ? (target.companyId ?? null) : null,
      japanToday(clock.now()),
    ),
  );
  const runningRef = useRef(false);
  const preview = useExportPreview(target, choices, opened);
  // An export whose warnings the user has not answered yet: saved only on 「このまま保存する」.
  const [pending, setPending] = useState<ExportResult | null>(null);

  const save = async (result: ExportResult) => {
    const outcome = await saveExport(client, result, { canSave, openAfter: choices.openAfter });
    announce(result, outcome);
    setOpened(false);
  };

  const guarded = async (work: () => Promise<void>) => {
    if (runningRef.current) return;
    runningRef.current = true;
    setRunning(true);
    try {
      await work();
    } catch (error) {
      notifyFailure(t('exports.failed'), error instanceof AppError ? error.text[language] : String(error));
    } finally {
      runningRef.current = false;
      setRunning(false);
    }
  };

  const submit = () =>
    guarded(async () => {
      // A PDF with the options of the preview shown is that very file; anything else is made now.
      const result = preview.reusable(choices) ?? (await runExport(client, target, choices));
      if ((result.warnings?.length ?? 0) > 0) {
        setPending(result);
        return;
      }
      await save(result);
    });

  const confirmSave = () =>
    guarded(async () => {
      const result = pending;
      setPending(null);
      if (result) await save(result);
    });

  return (
    <>
      <Button
        variant={variant}
        size={size}
        leftSection={<IconFileExport size={16} aria-hidden />}
        loading={running}
        disabled={running}
        onClick={() => setOpened(true)}
      >
        {label ?? t('exports.button')}
      </Button>
      <ExportDialog
        kind={target.kind}
        opened={opened}
        running={running}
        canSave={canSave}
        choices={choices}
        onChange={(next) => {
          setPending(null);
          setChoices(next);
        }}
        onSubmit={() => void submit()}
        onClose={() => {
          setPending(null);
          setOpened(false);
        }}
        warnings={pending?.warnings}
        onConfirmSave={() => void confirmSave()}
        onDiscard={() => setPending(null)}
        preview={opened ? <ExportPreview state={preview.state} format={choices.format} /> : undefined}
      />
    </>
  );
}
