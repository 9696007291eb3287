import { Alert, Button, Checkbox, Group, Loader, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, exportLangs, incidentDocuments, type IncidentDocument } from '../../../shared/contract/exports';
import type { LocalizedText } from '../../../shared/errors';
import { useRead } from '../../api/hooks';
import { DateBox } from '../../components/form/DateBox';
import { useLanguage } from '../../lib/useLanguage';

export type ExportFormat = (typeof exportFormats)[number];
export type ExportLang = (typeof exportLangs)[number];

/** What the export dialog asks for; the button turns it into one of the exports.* operations. */
export interface ExportChoices {
  document: IncidentDocument;
  format: ExportFormat;
  lang: ExportLang;
  era: boolean;
  layout: 'sequential' | 'columns';
  /** A policy's contents page: only for a long policy (auto), always, or never. */
  contents: 'auto' | 'always' | 'never';
  /** Word numbers a policy's articles itself, so an article inserted in Word renumbers the rest. */
  wordNumbering: boolean;
  from: string;
  to: string;
  companyId: number | null;
  openAfter: boolean;
}

export type ExportKind = 'incident' | 'timing' | 'policy';

function startOfYear(today: string): string {
  return `${today.slice(0, 4)}-01-01`;
}

/** `today` is the app's (APPI_WORKBENCH_CLOCK may move it): the timing report's period runs to it from 1 January. */
export function defaultChoices(document: IncidentDocument, companyId: number | null, today: string): ExportChoices {
  return {
    document,
    format: 'pdf',
    lang: 'ja',
    era: false,
    layout: 'sequential',
    contents: 'auto',
    wordNumbering: false,
    from: startOfYear(today),
    to: today,
    companyId,
    openAfter: false,
  };
}

interface ExportDialogProps {
  kind: ExportKind;
  opened: boolean;
  running: boolean;
  /** The shell can save files itself (Electron): only then is 「ファイルを開く」 offered. */
  canSave: boolean;
  choices: ExportChoices;
  onChange(choices: ExportChoices): void;
  onSubmit(): void;
  onClose(): void;
  /**
   * What the export said the user must know (a draft for a case judged not reportable, a 確報 with items still
   * unknown …): shown before the file is saved, with 「このまま保存する」 and 「保存しない」.
   */
  warnings?: readonly LocalizedText[] | undefined;
  onConfirmSave?(): void;
  onDiscard?(): void;
  /** The rendered document beside the options (features/preview); the dialog widens to hold it. */
  preview?: ReactNode;
}

/**
 * The options of one export. Esc and 閉じる close the dialog but never stop a running export: it finishes and
 * is saved (or downloaded) with a notification.
 */
export function ExportDialog(props: ExportDialogProps) {
  const { kind, opened, running, canSave, choices, onChange, onSubmit, onClose, warnings, onConfirmSave, onDiscard, preview } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const set = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) => onChange({ ...choices, [key]: value });
  const companies = useRead('companies.list', { limit: 500 }, { enabled: opened && kind === 'timing' });
  const periodInvalid = kind === 'timing' && (!choices.from || !choices.to || choices.to < choices.from);
  const title = kind === 'incident' ? t('exports.titleIncident') : kind === 'timing' ? t('exports.titleTiming') : t('exports.titlePolicy');

  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('exports.cancel') }} size={preview ? 'min(1180px, calc(100vw - 48px))' : 'lg'}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!running && !periodInvalid) onSubmit();
        }}
      >
        <div className={preview ? 'wb-export-layout' : undefined}>
        <Stack gap="md" className="wb-export-options">
          {kind === 'incident' && (
            <Select
              label={t('exports.document')}
              data={incidentDocuments.map((value) => ({ value, label: t(`exports.documents.${value}`) }))}
              value={choices.document}
              onChange={(value) => value && set('document', value as IncidentDocument)}
              allowDeselect={false}
              disabled={running}
            />
          )}
          {kind === 'timing' && (
            <>
              <Group grow align="flex-start">
                {/* The app's own date field, not the browser's (01/01/2026 in the machine's locale): issue 13 item 5. */}
                <DateBox
                  label={t('exports.from')}
                  fieldName={t('exports.from')}
                  value={choices.from || null}
                  onChange={(value) => set('from', value ?? '')}
                  disabled={running}
                />
                <DateBox
                  label={t('exports.to')}
                  fieldName={t('exports.to')}
                  value={choices.to || null}
                  onChange={(value) => set('to', value ?? '')}
                  error={choices.to && choices.from && choices.to < choices.from ? t('ui.dates.rangeOrder') : undefined}
                  disabled={running}
                />
              </Group>
              <Select
                label={t('exports.company')}
                data={[
                  { value: '', label: t('exports.allCompanies') },
                  ...(companies.data?.items ?? []).map((company) => ({ value: String(company.id), label: (language === 'en' && company.legalNameEn) || company.legalNameJa })),
                ]}
                value={choices.companyId === null ? '' : String(choices.companyId)}
                onChange={(value) => set('companyId', value ? Number(value) : null)}
                allowDeselect={false}
                searchable
                disabled={running}
              />
            </>
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="export-format-label">
              {t('exports.format')}
            </Text>
            <SegmentedControl
              aria-labelledby="export-format-label"
              data={exportFormats.map((value) => ({ value, label: t(`exports.formats.${value}`) }))}
              value={choices.format}
              onChange={(value) => set('format', value as ExportFormat)}
              disabled={running}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="export-lang-label">
              {t('exports.lang')}
            </Text>
            <SegmentedControl
              aria-labelledby="export-lang-label"
              data={exportLangs.map((value) => ({ value, label: t(`exports.langs.${value}`) }))}
              value={choices.lang}
              onChange={(value) => set('lang', value as ExportLang)}
              disabled={running}
            />
          </Stack>
          {kind === 'policy' && choices.lang === 'both' && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="export-layout-label">
                {t('exports.layout')}
              </Text>
              <SegmentedControl
                aria-labelledby="export-layout-label"
                data={(['sequential', 'columns'] as const).map((value) => ({ value, label: t(`exports.layouts.${value}`) }))}
                value={choices.layout}
                onChange={(value) => set('layout', value as ExportChoices['layout'])}
                disabled={running}
              />
            </Stack>
          )}
          {kind === 'policy' && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="export-contents-label">
                {t('exports.contents')}
              </Text>
              <SegmentedControl
                aria-labelledby="export-contents-label"
                data={(['auto', 'always', 'never'] as const).map((value) => ({ value, label: t(`exports.contentsChoices.${value}`) }))}
                value={choices.contents}
                onChange={(value) => set('contents', value as ExportChoices['contents'])}
                disabled={running}
              />
            </Stack>
          )}
          {kind === 'policy' && choices.format === 'docx' && (
            <Checkbox
              label={t('exports.wordNumbering')}
              description={t('exports.wordNumberingHelp')}
              checked={choices.wordNumbering}
              onChange={(event) => set('wordNumbering', event.currentTarget.checked)}
              disabled={running}
            />
          )}
          <Checkbox
            label={t('exports.era')}
            checked={choices.era}
            onChange={(event) => set('era', event.currentTarget.checked)}
            disabled={running}
          />
          {canSave ? (
            <Checkbox
              label={t('exports.openAfter')}
              checked={choices.openAfter}
              onChange={(event) => set('openAfter', event.currentTarget.checked)}
              disabled={running}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('exports.browserNote')}
            </Text>
          )}
          {warnings && warnings.length > 0 && (
            <Alert color="orange" variant="light" title={t('exports.warningsTitle')} role="alert">
              <Text size="sm" mb={6}>
                {t('exports.warningsLead')}
              </Text>
              <Stack gap={6} component="ul" className="wb-export-warnings">
                {warnings.map((warning) => (
                  <Text size="sm" component="li" key={warning.ja}>
                    {warning[language]}
                  </Text>
                ))}
              </Stack>
              <Group justify="flex-end" mt="sm">
                <Button variant="default" onClick={onDiscard}>
                  {t('exports.backToOptions')}
                </Button>
                <Button color="orange" onClick={onConfirmSave} data-autofocus>
                  {t('exports.saveAnyway')}
                </Button>
              </Group>
            </Alert>
          )}
          {running && (
            <Alert color="blue" variant="light" icon={<Loader size="sm" />} title={t('exports.running')} role="status">
              {t('exports.runningNote')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('exports.cancel')}
            </Button>
            <Button type="submit" loading={running} disabled={periodInvalid || (warnings?.length ?? 0) > 0}>
              {t('exports.submit')}
            </Button>
          </Group>
        </Stack>
        {preview}
        </div>
      </form>
    </Modal>
  );
}
